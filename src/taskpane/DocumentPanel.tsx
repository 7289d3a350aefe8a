import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import * as React from "react";
import { DeleteRegular, EditRegular } from "@fluentui/react-icons";
import { saveDocumentSettings } from "../excel/documentSettings";
import { writeDocumentSheets } from "../excel/documentSheets";
import {
  bookRounds,
  buildRoundDocument,
  checkRegisterEntry,
  message,
  roundLacks,
  roundRegister,
  type Round,
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
import { DateField } from "./DateField";
import { errorMessage } from "./errors";
import { StatusBar, useExcelAction } from "./excelAction";
import { FORM_LAYOUT } from "./formLayout";
import { digits, say, type Language } from "./i18n";
import { Notices } from "./Notices";
import { currentOfficeHost, saveRoundDocx } from "./saveFile";
import { SmallTable } from "./SmallTable";

/* global window, URL */

const useStyles = makeStyles({
  ...FORM_LAYOUT,
  action: { alignSelf: "start" },
  actions: { display: "flex" },
});

/**
 * จัดทำเอกสาร: the office profile (asked once, kept in the workbook), the register of rounds with their dates
 * (earlier rounds entered by hand), then the chosen round's document: its parts previewed, and the .docx to save.
 */
export function DocumentPanel({
  book,
  plan,
  language,
  today = new Date(),
  onSaved,
}: {
  book: BookSnapshot;
  plan: Plan;
  language: Language;
  today?: Date;
  onSaved: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const kept = readSettings(book.sheets.find((s) => s.sheet === DOCUMENT_SHEET));
  const [settings, setSettings] = React.useState<DocumentSettings>({
    ...kept,
    profile: { organisation: plan.organisation, ...kept.profile },
  });
  const [entry, setEntry] = React.useState({ round: "", approved: "", announced: "" });
  const register = roundRegister(book, settings);
  const choices = [...bookRounds(book, plan), ...register.map((r) => r.round)].filter(
    (r, i, all) => all.findIndex((o) => sameRound(o, r)) === i
  );
  const lacking = choices.map((round) => ({
    round,
    lacks: roundLacks(book, plan, settings, round),
  }));
  const ready = lacking.filter((r) => r.lacks.length === 0).map((r) => r.round);
  const [picked, setChosen] = React.useState("");
  // The round picked while it can be built, else the latest that can (one becomes ready once its date is saved).
  const latest = ready.at(-1);
  const chosen = ready.some((r) => roundLabel(r, false) === picked)
    ? picked
    : latest
      ? roundLabel(latest, false)
      : "";
  const [preview, setPreview] = React.useState<RoundDocument>();
  const [problem, setProblem] = React.useState<{ th: string; en: string }>();
  const [saved, setSaved] = React.useState<{
    intent: "success" | "warning";
    text: { th: string; en: string };
  }>();
  const [status, run] = useExcelAction("documentSaved", onSaved);
  const [roundStatus, runRound] = useExcelAction("roundSaved", onSaved);
  const [sheetStatus, sheets] = useExcelAction("documentSheetsWritten", onSaved);

  /** The register as it is to be, written to the workbook; the pane keeps it only once it is written. */
  const keep = async (next: DocumentSettings) => {
    if (await runRound((context) => saveDocumentSettings(context, next))) setSettings(next);
  };

  const saveRound = async () => {
    try {
      const date = (text: string) => (text.trim() ? parseThaiDate(text) : undefined);
      const round = parseRound(entry.round);
      const record = {
        ...register.find((r) => sameRound(r.round, round)),
        round,
        approvedOn: date(entry.approved),
        announcedOn: date(entry.announced),
      };
      checkRegisterEntry(plan, register, record);
      setProblem(undefined);
      await keep(withRound(settings, record));
      setEntry({ round: "", approved: "", announced: "" });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  /** A round whose document was made is closed: later revisions go into the next round. */
  const markDocumented = (round: Round) => {
    const record = register.find((r) => sameRound(r.round, round)) ?? { round };
    return keep(withRound(settings, { ...record, documentedOn: today }));
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

  const printReady = async () => {
    const built = build();
    if (built && (await sheets((context) => writeDocumentSheets(context, built))))
      await markDocumented(built.round);
  };

  // On the web a download; on Windows and Mac the user's browser builds the file (saveFile.ts says why).
  const save = async () => {
    const built = build();
    if (!built) return;
    const pageUrl = new URL("document.html", window.location.href).href;
    const outcome = await saveRoundDocx(built, currentOfficeHost(), pageUrl);
    if (outcome.kind !== "none") await markDocumented(built.round);
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

      <Button
        className={styles.action}
        appearance="primary"
        onClick={() => run((context) => saveDocumentSettings(context, settings))}
      >
        {say("saveProfile", language)}
      </Button>
      <StatusBar status={status} language={language} />

      <Text as="h2" weight="semibold">
        {say("register", language)}
      </Text>
      <SmallTable
        label={say("register", language)}
        header={[
          say("registerRound", language),
          say("registerApproved", language),
          say("registerAnnounced", language),
          "",
        ]}
        rows={register.map((r) => ({
          key: roundLabel(r.round, false),
          cells: [
            roundLabel(r.round, language === "th"),
            r.approvedOn ? digits(shortThaiDate(r.approvedOn), language) : "-",
            r.announcedOn ? digits(shortThaiDate(r.announcedOn), language) : "-",
            <span key="actions" className={styles.actions}>
              <Button
                size="small"
                appearance="subtle"
                icon={<EditRegular />}
                aria-label={`${say("editRound", language)} ${roundLabel(r.round)}`}
                onClick={() =>
                  setEntry({
                    round: roundLabel(r.round, false),
                    approved: r.approvedOn ? shortThaiDate(r.approvedOn) : "",
                    announced: r.announcedOn ? shortThaiDate(r.announcedOn) : "",
                  })
                }
              />
              {r.revisions === 0 && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={`${say("removeRound", language)} ${roundLabel(r.round)}`}
                  onClick={() =>
                    void keep({
                      ...settings,
                      rounds: settings.rounds.filter((o) => !sameRound(o.round, r.round)),
                    })
                  }
                />
              )}
            </span>,
          ],
        }))}
      />
      <div className={styles.row}>
        <Field
          className={styles.wide}
          label={say("newRound", language)}
          hint={say("newRoundHint", language)}
        >
          <Input value={entry.round} onChange={(_, d) => setEntry({ ...entry, round: d.value })} />
        </Field>
        <DateField
          className={styles.wide}
          label={say("approvedOn", language)}
          language={language}
          value={entry.approved}
          onChange={(approved) => setEntry({ ...entry, approved })}
        />
        <DateField
          className={styles.wide}
          label={say("announcedOn", language)}
          language={language}
          value={entry.announced}
          onChange={(announced) => setEntry({ ...entry, announced })}
        />
      </div>
      <Button className={styles.action} onClick={saveRound}>
        {say("addRound", language)}
      </Button>
      <StatusBar status={roundStatus} language={language} />

      <Text as="h2" weight="semibold">
        {say("documentOf", language)}
      </Text>
      <Field label={say("anyRound", language)}>
        <Dropdown
          value={chosen ? toThaiDigits(roundLabel(parseRound(chosen))) : ""}
          selectedOptions={[chosen]}
          onOptionSelect={(_, d) => setChosen(d.optionValue ?? "")}
        >
          {ready.map((r) => (
            <Option key={roundLabel(r)} value={roundLabel(r, false)} text={roundLabel(r)}>
              {roundLabel(r, language === "th")}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Notices
        language={language}
        notices={[
          ready.length === 0
            ? {
                intent: "info",
                text: message(say("noRoundReady", "th"), say("noRoundReady", "en")),
              }
            : undefined,
          ...lacking
            .filter((r) => r.lacks.length > 0)
            .map((r) => ({
              intent: "info" as const,
              title: `${roundLabel(r.round, language === "th")}: ${say("cannotBuild", language)}`,
              text: message(
                r.lacks.map((l) => l.th).join(" และ"),
                r.lacks.map((l) => l.en).join("; ")
              ),
            })),
        ]}
      />
      <div className={styles.row}>
        <Button disabled={!chosen} onClick={build}>
          {say("previewDocument", language)}
        </Button>
        <Button appearance="primary" disabled={!chosen} onClick={save}>
          {say("downloadDocument", language)}
        </Button>
        <Button disabled={!chosen} onClick={printReady}>
          {say("documentSheets", language)}
        </Button>
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
      <Notices
        language={language}
        notices={[
          problem && { intent: "error" as const, text: problem },
          ...(preview?.warnings ?? []).map((text) => ({ intent: "warning" as const, text })),
        ]}
      />
      {preview && (
        <SmallTable
          label={say("documentParts", language)}
          header={[say("documentParts", language), say("pages", language)]}
          rows={preview.parts.map((p) => {
            const first = page + 1;
            if (p.numbered) page += p.pages;
            // A part of no page, or one outside the numbering (cover, ประกาศ, สารบัญ), has no range.
            const range =
              !p.numbered || p.pages === 0 ? "-" : first === page ? `${first}` : `${first}–${page}`;
            return { key: p.id, cells: [p.title[language], digits(range, language)] };
          })}
        />
      )}
    </section>
  );
}
