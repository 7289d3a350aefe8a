import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import * as React from "react";
import { DeleteRegular } from "@fluentui/react-icons";
import { saveDocumentSettings } from "../excel/documentSettings";
import { writeDocumentSheets } from "../excel/documentSheets";
import {
  bookRounds,
  buildRoundDocument,
  DOCUMENT_SHEET,
  parseRound,
  parseThaiDate,
  PROFILE_FIELDS,
  readSettings,
  roundLabel,
  sameRound,
  shortThaiDate,
  toThaiDigits,
  withRound,
  type BookSnapshot,
  type DocumentSettings,
  type Plan,
  type RoundDocument,
} from "../plan";
import { errorMessage } from "./errors";
import { StatusBar, useExcelAction } from "./excelAction";
import { FORM_LAYOUT } from "./formLayout";
import { say, type Language } from "./i18n";
import { currentOfficeHost, saveRoundDocx } from "./saveFile";

/* global window, URL */

const useStyles = makeStyles({
  ...FORM_LAYOUT,
});

/**
 * จัดทำเอกสาร: the office profile (asked once, kept in the workbook), the register of rounds with their dates
 * (earlier rounds entered by hand), then the chosen round's document: its parts previewed, and the .docx to save.
 */
export function DocumentPanel({
  book,
  plan,
  language,
  onSaved,
}: {
  book: BookSnapshot;
  plan: Plan;
  language: Language;
  onSaved: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const kept = readSettings(book.sheets.find((s) => s.sheet === DOCUMENT_SHEET));
  const [settings, setSettings] = React.useState<DocumentSettings>({
    ...kept,
    profile: { organisation: plan.organisation, ...kept.profile },
  });
  const [newRound, setNewRound] = React.useState({ round: "", approved: "", announced: "" });
  const choices = [...bookRounds(book, plan), ...settings.rounds.map((r) => r.round)].filter(
    (r, i, all) => all.findIndex((o) => sameRound(o, r)) === i
  );
  const [chosen, setChosen] = React.useState(
    choices.length > 0 ? roundLabel(choices[choices.length - 1], false) : ""
  );
  const [preview, setPreview] = React.useState<RoundDocument>();
  const [problem, setProblem] = React.useState<{ th: string; en: string }>();
  const [saved, setSaved] = React.useState<{
    intent: "success" | "warning";
    text: { th: string; en: string };
  }>();
  const [status, run] = useExcelAction("documentSaved", onSaved);
  const [sheetStatus, sheets] = useExcelAction("documentSheetsWritten", onSaved);

  const addRound = () => {
    try {
      const date = (text: string) => (text.trim() ? parseThaiDate(text) : undefined);
      setSettings(
        withRound(settings, {
          round: parseRound(newRound.round),
          approvedOn: date(newRound.approved),
          announcedOn: date(newRound.announced),
        })
      );
      setNewRound({ round: "", approved: "", announced: "" });
      setProblem(undefined);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const build = (): RoundDocument | undefined => {
    try {
      const document = buildRoundDocument({ book, plan, settings, round: parseRound(chosen) });
      setPreview(document);
      setProblem(undefined);
      return document;
    } catch (error) {
      setPreview(undefined);
      setProblem(errorMessage(error));
      return undefined;
    }
  };

  const printReady = () => {
    const built = build();
    if (built) void sheets((context) => writeDocumentSheets(context, built));
  };

  // On the web a download; on Windows and Mac the user's browser builds the file (saveFile.ts says why).
  const save = async () => {
    const built = build();
    if (!built) return;
    const pageUrl = new URL("document.html", window.location.href).href;
    const outcome = await saveRoundDocx(built, currentOfficeHost(), pageUrl);
    setSaved(
      outcome.kind === "none"
        ? { intent: "warning", text: outcome.reason }
        : {
            intent: "success",
            text: {
              th: say(outcome.kind === "opened" ? "documentOpened" : "documentDownloaded", "th"),
              en: say(outcome.kind === "opened" ? "documentOpened" : "documentDownloaded", "en"),
            },
          }
    );
  };

  let page = 0;
  return (
    <section className={styles.form} aria-label={say("tabDocument", language)}>
      <Text as="h2" weight="semibold">
        {say("profile", language)}
      </Text>
      {PROFILE_FIELDS.map((f) => (
        <Field key={f.key} label={f.label[language]} required>
          <Input
            value={settings.profile[f.key] ?? ""}
            onChange={(_, d) =>
              setSettings({ ...settings, profile: { ...settings.profile, [f.key]: d.value } })
            }
          />
        </Field>
      ))}

      <Text as="h2" weight="semibold">
        {say("register", language)}
      </Text>
      <Table size="extra-small" aria-label={say("register", language)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{say("registerRound", language)}</TableHeaderCell>
            <TableHeaderCell>{say("registerApproved", language)}</TableHeaderCell>
            <TableHeaderCell>{say("registerAnnounced", language)}</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {settings.rounds.map((r) => (
            <TableRow key={roundLabel(r.round)}>
              <TableCell>{roundLabel(r.round)}</TableCell>
              <TableCell>
                {r.approvedOn ? toThaiDigits(shortThaiDate(r.approvedOn)) : "-"}
              </TableCell>
              <TableCell>
                {r.announcedOn ? toThaiDigits(shortThaiDate(r.announcedOn)) : "-"}
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={`${say("removeRound", language)} ${roundLabel(r.round)}`}
                  onClick={() =>
                    setSettings({
                      ...settings,
                      rounds: settings.rounds.filter((o) => !sameRound(o.round, r.round)),
                    })
                  }
                >
                  {say("removeRound", language)}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.row}>
        <Field label={say("newRound", language)} hint={say("newRoundHint", language)}>
          <Input
            value={newRound.round}
            onChange={(_, d) => setNewRound({ ...newRound, round: d.value })}
          />
        </Field>
        <Field label={say("approvedOn", language)} hint={say("dateHint", language)}>
          <Input
            value={newRound.approved}
            onChange={(_, d) => setNewRound({ ...newRound, approved: d.value })}
          />
        </Field>
        <Field label={say("announcedOn", language)}>
          <Input
            value={newRound.announced}
            onChange={(_, d) => setNewRound({ ...newRound, announced: d.value })}
          />
        </Field>
        <Button onClick={addRound}>{say("addRound", language)}</Button>
      </div>
      <div>
        <Button
          appearance="primary"
          onClick={() => run((context) => saveDocumentSettings(context, settings))}
        >
          {say("saveProfile", language)}
        </Button>
      </div>
      <StatusBar status={status} language={language} />

      <Text as="h2" weight="semibold">
        {say("documentOf", language)}
      </Text>
      <Field label={say("anyRound", language)}>
        <Dropdown
          value={chosen ? toThaiDigits(roundLabel(parseRound(chosen))) : ""}
          selectedOptions={[chosen]}
          onOptionSelect={(_, d) => setChosen(d.optionValue ?? "")}
        >
          {choices.map((r) => (
            <Option key={roundLabel(r)} value={roundLabel(r, false)} text={roundLabel(r)}>
              {roundLabel(r)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Button onClick={build}>{say("previewDocument", language)}</Button>
        <Button appearance="primary" onClick={save}>
          {say("downloadDocument", language)}
        </Button>
        <Button onClick={printReady}>{say("documentSheets", language)}</Button>
      </div>
      {saved && (
        <MessageBar intent={saved.intent} layout="multiline">
          <MessageBarBody>{saved.text[language]}</MessageBarBody>
          {saved.intent === "warning" && (
            <MessageBarActions>
              <Button onClick={printReady}>{say("documentSheets", language)}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <StatusBar status={sheetStatus} language={language} />
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem[language]}</MessageBarBody>
        </MessageBar>
      )}
      {preview?.warnings.map((w, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>{w[language]}</MessageBarBody>
        </MessageBar>
      ))}
      {preview && (
        <Table size="extra-small" aria-label={say("documentParts", language)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{say("documentParts", language)}</TableHeaderCell>
              <TableHeaderCell>{say("pages", language)}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.parts.map((p) => {
              const first = p.numbered ? page + 1 : undefined;
              if (p.numbered) page += p.pages;
              return (
                <TableRow key={p.id}>
                  <TableCell>{p.title[language]}</TableCell>
                  <TableCell>
                    {first === undefined
                      ? "-"
                      : toThaiDigits(first === page ? `${first}` : `${first}–${page}`)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
