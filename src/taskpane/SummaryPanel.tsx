import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import { refreshSummarySheet, type SummaryMode } from "../excel/summarySheet";
import type { BookSnapshot } from "../plan";
import { errorMessage } from "./errors";
import { say, type Language } from "./i18n";

/* global Excel */

/** "Refresh ผ.01": typed Thai-digit figures or a live PLAN.SUMMARY formula, as the user picks. */
export function SummaryPanel({
  book,
  language,
  onRefreshed,
}: {
  book: BookSnapshot;
  language: Language;
  onRefreshed: () => void;
}): React.JSX.Element {
  const [mode, setMode] = React.useState<SummaryMode>("values");
  const [message, setMessage] = React.useState<{
    intent: "success" | "error";
    text: { th: string; en: string };
  }>();
  const refresh = async () => {
    try {
      await Excel.run((context) => refreshSummarySheet(context, book, mode));
      setMessage({
        intent: "success",
        text: { th: say("refreshed", "th"), en: say("refreshed", "en") },
      });
      onRefreshed();
    } catch (error) {
      setMessage({ intent: "error", text: errorMessage(error) });
    }
  };
  return (
    <section aria-label={say("summaryTitle", language)}>
      <Text as="h2" weight="semibold" block>
        {say("summaryTitle", language)}
      </Text>
      <Field>
        <RadioGroup
          value={mode}
          onChange={(_, d) => setMode(d.value as SummaryMode)}
          aria-label={say("summaryTitle", language)}
        >
          <Radio value="values" label={say("summaryValues", language)} />
          <Radio value="formula" label={say("summaryFormula", language)} />
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={refresh}>
        {say("refresh", language)}
      </Button>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text[language]}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
