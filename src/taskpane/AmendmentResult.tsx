import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import { cellAddress, postingFor, type AmendmentPlan } from "../plan";
import { say, type Language } from "./i18n";

/** What the amendment form shows under its buttons: nothing yet, a preview, a problem, or the recorded result. */
export type Outcome =
  | { kind: "none" }
  | { kind: "preview"; amendment: AmendmentPlan }
  | { kind: "error"; message: { th: string; en: string } }
  | { kind: "applied"; amendment: AmendmentPlan; approvedOn?: Date };

export function Result({
  outcome,
  language,
}: {
  outcome: Outcome;
  language: Language;
}): React.JSX.Element | null {
  if (outcome.kind === "error") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{say("problem", language)}</MessageBarTitle>
          {outcome.message[language]}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind === "applied") {
    const { notices } = outcome.amendment;
    const posting = outcome.approvedOn
      ? postingFor(outcome.amendment.round.kind, outcome.approvedOn)
      : undefined;
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{say("applied", language)}</MessageBarTitle>
          {posting && (
            <>
              {say("posting", language)}: {posting[language]}
            </>
          )}
          {notices.map((notice, i) => (
            <Text as="p" key={i}>
              {notice[language]}
            </Text>
          ))}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind !== "preview") return null;
  const { amendment } = outcome;
  return (
    <section aria-label={say("preview", language)}>
      {amendment.notices.map((notice, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{notice[language]}</MessageBarBody>
        </MessageBar>
      ))}
      <Table size="extra-small" aria-label={say("preview", language)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{say("cell", language)}</TableHeaderCell>
            <TableHeaderCell>{say("before", language)}</TableHeaderCell>
            <TableHeaderCell>{say("after", language)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {amendment.edits.map((edit) => (
            <TableRow key={cellAddress(edit.cell)}>
              <TableCell>{cellAddress(edit.cell)}</TableCell>
              <TableCell>{String(edit.before ?? "")}</TableCell>
              <TableCell>{String(edit.after ?? "")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text as="h3" weight="semibold" block>
        {say("appendixRow", language)} ({amendment.appendix.sheet})
      </Text>
      <ol start={amendment.sequence}>
        <li>
          {amendment.appendixRow.slice(1).map((cell, i) => (
            <Text as="p" key={i}>
              {String(cell)}
            </Text>
          ))}
        </li>
      </ol>
      <Text size={200}>{say("formulaNote", language)}</Text>
    </section>
  );
}
