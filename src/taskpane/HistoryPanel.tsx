import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import * as React from "react";
import { recordedAmendments, undoLastAmendment } from "../excel/undo";
import { roundLabel, type BookSnapshot } from "../plan";
import { errorMessage } from "./errors";
import { say, type Language } from "./i18n";

/* global Excel */

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
  const [message, setMessage] = React.useState<{
    intent: "success" | "error";
    text: { th: string; en: string };
  }>();
  const undo = async () => {
    try {
      await Excel.run((context) => undoLastAmendment(context, book));
      setMessage({ intent: "success", text: { th: say("undone", "th"), en: say("undone", "en") } });
      onUndone();
    } catch (error) {
      setMessage({ intent: "error", text: errorMessage(error) });
    }
  };
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
              </Text>
            </li>
          ))}
        </ol>
      )}
      <Button disabled={entries.length === 0} onClick={undo}>
        {say("undo", language)}
      </Button>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text[language]}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
