import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import {
  bookRounds,
  formatAmount,
  reportSummary,
  rowsLabel,
  roundLabel,
  spanLabel,
  summarise,
  type BookSnapshot,
  type Finding,
  type Plan,
} from "../plan";
import { selectCell } from "../excel/selection";
import { errorMessage } from "./errors";
import { StatusBar, type Status } from "./excelAction";
import { FindingsList } from "./FindingsList";
import { digits, say, type Language } from "./i18n";
import { SmallTable } from "./SmallTable";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  findings: { marginTop: tokens.spacingVerticalM, paddingLeft: tokens.spacingHorizontalL },
});

/* global Excel */

/** Takes the user to a finding's cell (its row's first cell when it names none). */
function goTo(finding: Finding): Promise<void> {
  const cell = finding.cell ?? { sheet: finding.sheet, row: finding.row, col: 0 };
  return Excel.run((context) => selectCell(context, cell));
}

/** The plan at a glance: who, which years, the latest round, strategies with their five-year totals, findings. */
export function Overview({
  book,
  plan,
  findings,
  language,
}: {
  book: BookSnapshot;
  plan: Plan;
  findings: Finding[];
  language: Language;
}): React.JSX.Element {
  const styles = useStyles();
  const summary = summarise(plan);
  const latest = bookRounds(book, plan).at(-1);
  const report = reportSummary(findings);
  const [trouble, setTrouble] = React.useState<Status>();
  const select = (finding: Finding) =>
    goTo(finding).then(
      () => setTrouble(undefined),
      (error) => setTrouble({ intent: "error", text: errorMessage(error) })
    );
  return (
    <section aria-label={say("tabOverview", language)}>
      {book.notices?.map((notice, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{notice[language]}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.facts}>
        <Text weight="semibold">{say("organisation", language)}</Text>
        <Text>{plan.organisation || "-"}</Text>
        <Text weight="semibold">{say("span", language)}</Text>
        <Text>{spanLabel(plan.years)}</Text>
        <Text weight="semibold">{say("currentRound", language)}</Text>
        <Text>{latest ? roundLabel(latest) : say("none", language)}</Text>
        <Text weight="semibold">{say("projects", language)}</Text>
        <Text>{formatAmount(plan.projects.length)}</Text>
      </div>
      <SmallTable
        label={say("strategy", language)}
        header={[say("strategy", language), say("fiveYearBudget", language)]}
        rows={summary.strategies.map((s) => ({
          key: s.strategy,
          cells: [
            `${digits(s.strategy, language)} ${s.strategyName}`,
            digits(formatAmount(s.totalBudget), language),
          ],
        }))}
      />
      {findings.length > 0 && (
        <>
          <Text as="h2" weight="semibold" block className={styles.findings}>
            {say("findings", language)} ({rowsLabel(findings)[language]})
          </Text>
          <Text block>{report[language]}</Text>
          <StatusBar status={trouble} language={language} />
          <FindingsList findings={findings} language={language} onSelect={select} />
        </>
      )}
    </section>
  );
}
