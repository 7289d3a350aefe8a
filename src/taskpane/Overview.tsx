import {
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import {
  bookRounds,
  cellAddress,
  formatAmount,
  groupFindings,
  reportSummary,
  roundLabel,
  spanLabel,
  summarise,
  toThaiDigits,
  type BookSnapshot,
  type Finding,
  type Plan,
} from "../plan";
import { say, type Language } from "./i18n";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  findings: { marginTop: tokens.spacingVerticalM, paddingLeft: tokens.spacingHorizontalL },
  group: { marginTop: tokens.spacingVerticalS },
});

/** Findings listed at once; the counting line above them covers them all. */
const SHOWN_FINDINGS = 50;

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
      <Table size="small" aria-label={say("strategy", language)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{say("strategy", language)}</TableHeaderCell>
            <TableHeaderCell>{say("fiveYearBudget", language)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.strategies.map((s) => (
            <TableRow key={s.strategy}>
              <TableCell>
                {toThaiDigits(s.strategy)} {s.strategyName}
              </TableCell>
              <TableCell>{formatAmount(s.totalBudget)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {findings.length > 0 && (
        <>
          <Text as="h2" weight="semibold" block className={styles.findings}>
            {say("findings", language)} ({formatAmount(findings.length)})
          </Text>
          <Text block>{report[language]}</Text>
          {groupFindings(findings.slice(0, SHOWN_FINDINGS)).map((group, g) => (
            <React.Fragment key={g}>
              <Text as="h3" weight="semibold" block className={styles.group}>
                {group.sheet} · {group.kind[language]} ({formatAmount(group.findings.length)})
              </Text>
              <ul>
                {group.findings.map((f, i) => (
                  <li key={i}>
                    <Text>
                      {f.cell ? cellAddress(f.cell) : `${f.sheet} ${f.row + 1}`}: {f.what[language]}
                      {f.suggestion ? ` → ${f.suggestion[language]}` : ""}
                    </Text>
                  </li>
                ))}
              </ul>
            </React.Fragment>
          ))}
        </>
      )}
    </section>
  );
}
