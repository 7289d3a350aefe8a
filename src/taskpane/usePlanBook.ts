import * as React from "react";
import { readBook } from "../excel/readBook";
import { checkBook, readPlan, type BookSnapshot, type Finding, type Plan } from "../plan";
import { errorMessage } from "./errors";

/* global Excel */

export type BookState =
  | { kind: "reading" }
  | { kind: "read"; book: BookSnapshot; plan: Plan; findings: Finding[] }
  | { kind: "failed"; message: { th: string; en: string } };

/** Reads the workbook's plan once, and again whenever asked (after an amendment, an undo, or by the user). */
export function usePlanBook(): [BookState, () => Promise<void>] {
  const [state, setState] = React.useState<BookState>({ kind: "reading" });
  const read = React.useCallback(async () => {
    // On a re-read the pane keeps showing what it has (and its messages) until the new plan is there.
    setState((previous) => (previous.kind === "read" ? previous : { kind: "reading" }));
    try {
      const book = await Excel.run((context) => readBook(context));
      const plan = readPlan(book.sheets);
      setState({ kind: "read", book, plan, findings: checkBook(book.sheets, plan) });
    } catch (error) {
      setState({ kind: "failed", message: errorMessage(error) });
    }
  }, []);
  React.useEffect(() => {
    read();
  }, [read]);
  return [state, read];
}
