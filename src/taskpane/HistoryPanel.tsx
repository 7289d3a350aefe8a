import { Button, Text } from "@fluentui/react-components";
import * as React from "react";
import { recordedAmendments, undoLastAmendment } from "../excel/undo";
import { roundLabel, type BookSnapshot } from "../plan";
import { StatusBar, useExcelAction } from "./excelAction";
import { say, type Language } from "./i18n";

/** The amendments the add-in recorded, and Undo of the newest. */
export function HistoryPanel({
  book,
  language,
  onUndone,
}: {
  book: BookSnapshot;
  language: Language;
  onUndone: () => void;
}): React.JSX.Element {
  const entries = recordedAmendments(book);
  const [status, run] = useExcelAction("undone", onUndone);
  return (
    <section aria-label={say("history", language)}>
      <Text as="h2" weight="semibold" block>
        {say("history", language)}
      </Text>
      {entries.length === 0 ? (
        <Text>{say("noHistory", language)}</Text>
      ) : (
        <ol>
          {entries.map((e) => (
            <li key={e.id}>
              <Text>
                {roundLabel(e.round)}: {e.project}
                {e.pending && ` (${say("unfinished", language)})`}
              </Text>
            </li>
          ))}
        </ol>
      )}
      <Button
        disabled={entries.length === 0}
        onClick={() => run((context) => undoLastAmendment(context, book))}
      >
        {say("undo", language)}
      </Button>
      <StatusBar status={status} language={language} />
    </section>
  );
}
