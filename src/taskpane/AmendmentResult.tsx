import { Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import {
  appendixLayout,
  editLabeller,
  formatAmount,
  message,
  postingFor,
  tryParseAmount,
  type PlannedRevision,
  type BookSnapshot,
  type CellEdit,
  type CellValue,
  type Plan,
} from "../plan";
import { say, type Language } from "./i18n";
import { Notices, type Notice } from "./Notices";
import { SmallTable } from "./SmallTable";

/** What the amendment form shows under its preview button: nothing yet, a preview, a problem, or the result. */
export type Outcome =
  | { kind: "none" }
  | { kind: "preview"; amendment: PlannedRevision }
  | { kind: "error"; message: { th: string; en: string } }
  | { kind: "applied"; amendment: PlannedRevision };

const useStyles = makeStyles({
  row: { margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  value: { marginLeft: 0, whiteSpace: "pre-line" },
});

/** A cell's value as the preview shows it: figures with commas in the language's digits, "-" for nothing. */
export function shownValue(edit: CellEdit, value: CellValue, language: Language): string {
  const text = value === null || value === undefined ? "" : String(value);
  if (text.trim() === "") return "-";
  if (edit.role === "text") return text;
  const amount = tryParseAmount(value);
  return amount === undefined ? text : formatAmount(amount, { thaiDigits: language === "th" });
}

export function Result({
  outcome,
  book,
  plan,
  language,
}: {
  outcome: Outcome;
  book: BookSnapshot;
  plan: Plan;
  language: Language;
}): React.JSX.Element | null {
  const styles = useStyles();
  if (outcome.kind === "error") {
    return (
      <Notices
        language={language}
        notices={[{ intent: "error", title: say("problem", language), text: outcome.message }]}
      />
    );
  }
  if (outcome.kind === "applied") {
    const { amendment } = outcome;
    const posting = amendment.approvedOn
      ? postingFor(amendment.round.kind, amendment.approvedOn)
      : undefined;
    const notices: Notice[] = [
      { intent: "success", title: say("applied", language), text: message("", "") },
      ...(posting
        ? [
            {
              intent: "info" as const,
              title: say("posting", language),
              text: posting,
            },
          ]
        : []),
      ...amendment.notices.map((text) => ({ intent: "warning" as const, text })),
    ];
    return <Notices notices={notices} language={language} />;
  }
  if (outcome.kind !== "preview") return null;
  const { amendment } = outcome;
  const label = editLabeller(book, plan);
  const header = appendixLayout(plan, amendment.round.kind).header;
  return (
    <section aria-label={say("preview", language)}>
      <Notices
        language={language}
        notices={amendment.notices.map((text) => ({ intent: "warning", text }))}
      />
      <Text as="h3" weight="semibold" block>
        {say("changedCells", language)}
      </Text>
      <SmallTable
        label={say("preview", language)}
        header={[say("cell", language), `${say("before", language)} → ${say("after", language)}`]}
        rows={amendment.edits.map((edit) => ({
          key: `${edit.cell.sheet}!${edit.cell.row}!${edit.cell.col}`,
          cells: [
            label(edit)[language],
            `${shownValue(edit, edit.before, language)} → ${shownValue(edit, edit.after, language)}`,
          ],
        }))}
      />
      <Text as="h3" weight="semibold" block>
        {say("appendixRow", language)} {amendment.appendix.sheet}
      </Text>
      {/* The row as the form prints it, each column under its own heading (เดิม, ใหม่, เหตุผล…). */}
      <dl aria-label={say("appendixRow", language)} className={styles.row}>
        {amendment.appendixRow.map((cell, i) => (
          <React.Fragment key={i}>
            <dt className={styles.label}>{header[i] ?? ""}</dt>
            <dd className={styles.value}>{String(cell ?? "") || "-"}</dd>
          </React.Fragment>
        ))}
      </dl>
      <Text size={200}>{say("formulaNote", language)}</Text>
    </section>
  );
}
