import { Field, Input } from "@fluentui/react-components";
import * as React from "react";
import { say, type Language } from "./i18n";

/** A date as staff type it (17/7/2566, 17/7/66, ๑๗ ก.ค. ๖๖), on a row of its own in a narrow pane. */
export function DateField(props: {
  label: string;
  value: string;
  language: Language;
  className: string;
  disabled?: boolean;
  onChange(value: string): void;
}): React.JSX.Element {
  return (
    <Field className={props.className} label={props.label} hint={say("dateHint", props.language)}>
      <Input
        value={props.value}
        disabled={props.disabled}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}
