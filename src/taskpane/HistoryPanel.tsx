import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import * as React from "react";
import { recordedAmendments, undoLastAmendment } from "../excel/undo";
import { entrySummary, roundLabel, thaiDate, type BookSnapshot, type LogEntry } from "../plan";
import { StatusBar, useExcelAction } from "./excelAction";
import { FORM_LAYOUT } from "./formLayout";
import { counted, digits, say, type Language } from "./i18n";
import { movementWords } from "./movementWords";

const useStyles = makeStyles({
  ...FORM_LAYOUT,
  list: { margin: 0, paddingLeft: "1.5em" },
  action: { alignSelf: "start" },
  // The dialog's grid gives its content the room left beside the title's actions, however long a project's name.
  body: { gridTemplateColumns: "minmax(0, 1fr) auto" },
  // Fluent lets a dialog's content reach 2 px past the body (room for a focus ring when it scrolls): not in a pane.
  content: { minWidth: 0, overflowWrap: "anywhere", marginLeft: 0, marginRight: 0 },
  // Stacked in a narrow pane, the actions are as wide as the dialog, borders included.
  dialogButton: { boxSizing: "border-box", maxWidth: "100%" },
});

/** One recorded revision in words: date, round (its kind and number), project and what moved. */
function describe(entry: LogEntry, language: Language): { head: string; what: string } {
  const { at, what, cells } = entrySummary(entry);
  const when = at ? digits(thaiDate(at, false), language) : "";
  const round = roundLabel(entry.round, language === "th");
  return {
    head: [when, `${round}: ${entry.project}`, entry.pending && `(${say("unfinished", language)})`]
      .filter(Boolean)
      .join(" · "),
    what: what ? movementWords(what, language) : counted(cells, "เซลล์", "cell", language),
  };
}

/** The revisions the add-in recorded, newest last, and Undo of the newest, which names it and asks first. */
export function HistoryPanel({
  book,
  language,
  onUndone,
}: {
  book: BookSnapshot;
  language: Language;
  onUndone: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const entries = recordedAmendments(book);
  const [status, run] = useExcelAction("undone", onUndone);
  const latest = entries.at(-1);
  return (
    <section className={styles.form} aria-label={say("history", language)}>
      <Text as="h2" weight="semibold" block>
        {say("history", language)}
      </Text>
      {entries.length === 0 ? (
        <Text>{say("noHistory", language)}</Text>
      ) : (
        <ol className={styles.list}>
          {entries.map((e) => {
            const { head, what } = describe(e, language);
            return (
              <li key={e.id}>
                <Text block>{head}</Text>
                <Text block size={200}>
                  {say("movement", language)}: {what}
                </Text>
              </li>
            );
          })}
        </ol>
      )}
      <Dialog>
        <DialogTrigger disableButtonEnhancement>
          <Button className={styles.action} disabled={!latest}>
            {say("undo", language)}
          </Button>
        </DialogTrigger>
        <DialogSurface>
          {latest && (
            <DialogBody className={styles.body}>
              <DialogTitle>{say("undoTitle", language)}</DialogTitle>
              <DialogContent className={styles.content}>
                {describe(latest, language).head}
                <br />
                {describe(latest, language).what}
                <br />
                {language === "th"
                  ? `คืนค่าเดิมของ ${counted(entrySummary(latest).cells, "เซลล์", "cell", language)} ลบบันทึก หมายเหตุ และกรอบข้อความของรายการนี้`
                  : `Restores ${counted(entrySummary(latest).cells, "เซลล์", "cell", language)} as they were and removes this revision's log lines, note and text box`}
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button className={styles.dialogButton} appearance="secondary">
                    {say("cancel", language)}
                  </Button>
                </DialogTrigger>
                <DialogTrigger disableButtonEnhancement>
                  <Button
                    className={styles.dialogButton}
                    appearance="primary"
                    onClick={() => void run((context) => undoLastAmendment(context, book))}
                  >
                    {say("undoConfirm", language)}
                  </Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          )}
        </DialogSurface>
      </Dialog>
      <StatusBar status={status} language={language} />
    </section>
  );
}
