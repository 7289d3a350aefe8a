import { Button, Field, makeStyles, Radio, RadioGroup, Text } from "@fluentui/react-components";
import * as React from "react";
import { refreshSummarySheet, type SummaryMode } from "../excel/summarySheet";
import type { BookSnapshot } from "../plan";
import { StatusBar, useExcelAction } from "./excelAction";
import { FORM_LAYOUT } from "./formLayout";
import { say, type Language } from "./i18n";

const useStyles = makeStyles({
  ...FORM_LAYOUT,
  action: { alignSelf: "start" },
});

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
  const styles = useStyles();
  const [mode, setMode] = React.useState<SummaryMode>("values");
  const [status, run] = useExcelAction("refreshed", onRefreshed);
  return (
    <section className={styles.form} aria-label={say("summaryTitle", language)}>
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
      {mode === "formula" && (
        <Text as="p" size={200} block>
          {say("indexHint", language)}
        </Text>
      )}
      <Button
        className={styles.action}
        appearance="primary"
        onClick={() => run((context) => refreshSummarySheet(context, book, mode))}
      >
        {say("refresh", language)}
      </Button>
      <StatusBar status={status} language={language} />
    </section>
  );
}
