import {
  Button,
  Combobox,
  Dropdown,
  Field,
  Input,
  Option,
  OptionGroup,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { applyRevision } from "../excel/amend";
import { WriteStopped } from "../excel/revert";
import { selectedRow } from "../excel/selection";
import {
  budgetIn,
  findProject,
  formatAmount,
  parseThaiDate,
  projectRounds,
  roundLabel,
  TEXT_FIELD_NAMES,
  toThaiDigits,
  type BookSnapshot,
  type Plan,
  type Project,
  type TextField,
} from "../plan";
import {
  emptyForm,
  projectByKey,
  projectKey,
  afterApplied,
  ofKind,
  placesOf,
  toRevision,
  withProject,
  type RevisionKind,
  type AmendmentForm,
} from "./amendmentForm";
import { Result, type Outcome } from "./AmendmentResult";
import { errorMessage } from "./errors";
import { FORM_LAYOUT } from "./formLayout";
import { say, type Language } from "./i18n";

/* global Excel */

const useStyles = makeStyles({
  ...FORM_LAYOUT,
  narrow: { width: "8em" },
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
});

/** The rounds a project went through, as the book marks them ("เพิ่มเติม ครั้งที่ ๑/๒๕๖๗ · แก้ไข …"). */
function historyText(project: Project, prefix: string): string {
  const rounds = projectRounds(project);
  return rounds.length === 0 ? "" : prefix + rounds.map((r) => roundLabel(r)).join(" · ");
}

const ROUND_LABEL = {
  แก้ไข: "round",
  เปลี่ยนแปลง: "roundChange",
  เพิ่มเติม: "roundAdd",
  ย้ายแผนงาน: "round",
} as const;

/** Options shown at once in the project list; typing narrows it. */
const MAX_OPTIONS = 60;

interface Props {
  book: BookSnapshot;
  plan: Plan;
  language: Language;
  today: Date;
  onApplied: () => void;
}

export function AmendmentPanel({
  book,
  plan,
  language,
  today,
  onApplied,
}: Props): React.JSX.Element {
  const styles = useStyles();
  const [form, setForm] = React.useState<AmendmentForm>(() => emptyForm(book, plan, today));
  const [query, setQuery] = React.useState("");
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: "none" });
  const [busy, setBusy] = React.useState(false);
  const project = projectByKey(plan, form.project);
  const set = (change: Partial<AmendmentForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setOutcome({ kind: "none" });
  };
  const choose = (p: Project) => {
    setForm((f) => withProject(f, plan, p));
    setQuery(p.name);
    setOutcome({ kind: "none" });
  };

  const groups = React.useMemo(() => {
    const wanted = query.replace(/\s+/g, "");
    const shown = plan.projects
      .filter((p) => !wanted || p.name.replace(/\s+/g, "").includes(wanted))
      .slice(0, MAX_OPTIONS);
    const byGroup = new Map<string, Project[]>();
    for (const p of shown) {
      const label = `${toThaiDigits(p.strategy)}. ${p.workPlan}`;
      byGroup.set(label, [...(byGroup.get(label) ?? []), p]);
    }
    return [...byGroup.entries()];
  }, [plan, query]);

  const useSelection = async () => {
    try {
      const where = await Excel.run((context) => selectedRow(context));
      choose(findProject(plan, where));
    } catch (error) {
      setOutcome({ kind: "error", message: errorMessage(error) });
    }
  };

  const preview = () => {
    try {
      setOutcome({ kind: "preview", amendment: toRevision(book, form, plan, "preview") });
    } catch (error) {
      setOutcome({ kind: "error", message: errorMessage(error) });
    }
  };

  const apply = async () => {
    setBusy(true);
    try {
      const id = `${today.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const revision = toRevision(book, form, plan, id);
      const result = await Excel.run((context) =>
        applyRevision(context, book, revision, { id, at: new Date() })
      );
      const approvedOn = form.approvedOn.trim() ? parseThaiDate(form.approvedOn) : undefined;
      setOutcome({ kind: "applied", amendment: result.plan, approvedOn });
      setForm(afterApplied);
      onApplied();
    } catch (error) {
      setOutcome({ kind: "error", message: errorMessage(error) });
      // Excel stopped the write: the book is read again, so History shows what stands (an unfinished entry).
      if (error instanceof WriteStopped) onApplied();
    } finally {
      setBusy(false);
    }
  };

  const years = plan.years.map(String);
  const places = placesOf(plan);
  const placeField = (
    <Field label={say(form.kind === "เพิ่มเติม" ? "place" : "moveToPlace", language)} required>
      <Dropdown
        value={places.find((p) => p.value === form.place)?.label ?? ""}
        selectedOptions={form.place ? [form.place] : []}
        onOptionSelect={(_, d) => set({ place: d.optionValue ?? "" })}
      >
        {[false, true].map((fresh) => (
          <OptionGroup key={String(fresh)} label={say(fresh ? "placeNew" : "placeHeld", language)}>
            {places
              .filter((p) => p.newSheet === fresh)
              .map((p) => (
                <Option key={p.value} value={p.value} text={p.label}>
                  {p.label}
                </Option>
              ))}
          </OptionGroup>
        ))}
      </Dropdown>
    </Field>
  );
  return (
    <section className={styles.form} aria-label={say("tabAmend", language)}>
      <Field label={say("revisionKind", language)}>
        <RadioGroup
          layout="horizontal"
          value={form.kind}
          onChange={(_, d) => {
            setForm((f) => ofKind(f, d.value as RevisionKind, book, plan, today));
            setOutcome({ kind: "none" });
          }}
        >
          <Radio value="แก้ไข" label={say("kindMove", language)} />
          <Radio value="เปลี่ยนแปลง" label={say("kindChange", language)} />
          <Radio value="เพิ่มเติม" label={say("kindAdd", language)} />
          <Radio value="ย้ายแผนงาน" label={say("kindRelocate", language)} />
        </RadioGroup>
      </Field>
      {form.kind === "เพิ่มเติม" ? (
        placeField
      ) : (
        <>
          <Field label={say("project", language)} required>
            <Combobox
              freeform
              placeholder={say("projectPlaceholder", language)}
              value={query}
              selectedOptions={form.project ? [form.project] : []}
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
              onOptionSelect={(_, data) => {
                const chosen = data.optionValue ? projectByKey(plan, data.optionValue) : undefined;
                if (chosen) choose(chosen);
              }}
            >
              {groups.map(([label, projects]) => (
                <OptionGroup key={label} label={label}>
                  {projects.map((p) => (
                    <Option key={projectKey(p)} value={projectKey(p)} text={p.name}>
                      {`${toThaiDigits(p.order)}. ${p.name}${historyText(p, " · ")}`}
                    </Option>
                  ))}
                </OptionGroup>
              ))}
            </Combobox>
          </Field>
          <div>
            <Button onClick={useSelection}>{say("useSelection", language)}</Button>
          </div>

          {project && historyText(project, "") && (
            <Text>
              {say("roundsSoFar", language)}: {historyText(project, "")}
            </Text>
          )}
          {project && (
            // A row per year: five amounts of seven digits do not fit side by side in a task pane.
            <Table size="extra-small" aria-label={say("budgetByYear", language)}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{say("year", language)}</TableHeaderCell>
                  <TableHeaderCell>{say("amount", language)}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.years.map((y) => (
                  <TableRow key={y}>
                    <TableCell>{toThaiDigits(String(y))}</TableCell>
                    <TableCell>
                      {budgetIn(project, y) ? formatAmount(budgetIn(project, y)) : "-"}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}

      {form.kind === "ย้ายแผนงาน" && placeField}

      {((form.kind === "เปลี่ยนแปลง" && project) || form.kind === "เพิ่มเติม") && (
        <fieldset className={styles.fieldset}>
          <legend>{say(form.kind === "เพิ่มเติม" ? "newProject" : "changeTo", language)}</legend>
          {(Object.keys(TEXT_FIELD_NAMES) as TextField[]).map((f) => (
            <Field key={f} label={TEXT_FIELD_NAMES[f][language]}>
              <Textarea
                value={form.texts[f]}
                resize="vertical"
                onChange={(_, d) => set({ texts: { ...form.texts, [f]: d.value } })}
              />
            </Field>
          ))}
          <div className={styles.row}>
            {plan.years.map((y) => (
              <Field key={y} label={`${say("budgetOf", language)} ${toThaiDigits(String(y))}`}>
                <Input
                  className={styles.narrow}
                  inputMode="decimal"
                  value={form.budgets[String(y)] ?? ""}
                  onChange={(_, d) => set({ budgets: { ...form.budgets, [String(y)]: d.value } })}
                />
              </Field>
            ))}
          </div>
        </fieldset>
      )}

      {form.kind === "แก้ไข" && (
        <div className={styles.row}>
          <YearField
            label={say("from", language)}
            value={form.from}
            years={years}
            onChange={(from) => set({ from })}
          />
          <YearField
            label={say("to", language)}
            value={form.to}
            years={years}
            onChange={(to) => set({ to })}
          />
          <Field label={say("amount", language)} hint={say("amountHint", language)}>
            <Input
              inputMode="decimal"
              value={form.amount}
              onChange={(_, d) => set({ amount: d.value })}
            />
          </Field>
        </div>
      )}

      <div className={styles.row}>
        <Field label={say(ROUND_LABEL[form.kind], language)} required>
          <Input
            className={styles.narrow}
            value={form.round}
            onChange={(_, d) => set({ round: d.value })}
          />
        </Field>
        <Field label={say("approvedOn", language)} hint={say("dateHint", language)}>
          <Input value={form.approvedOn} onChange={(_, d) => set({ approvedOn: d.value })} />
        </Field>
      </div>
      {form.kind !== "เพิ่มเติม" && (
        <>
          <Field label={say("reason", language)}>
            <Textarea
              value={form.reason}
              onChange={(_, d) => set({ reason: d.value })}
              resize="vertical"
            />
          </Field>

          <fieldset className={styles.fieldset}>
            <legend>{say("was", language)}</legend>
            <Field label={say("wasDocument", language)} required>
              <Input value={form.wasDocument} onChange={(_, d) => set({ wasDocument: d.value })} />
            </Field>
            <PageAndOrder
              language={language}
              page={form.wasPage}
              order={form.wasOrder}
              onChange={(page, order) => set({ wasPage: page, wasOrder: order })}
            />
          </fieldset>
          <fieldset className={styles.fieldset}>
            <legend>{say("now", language)}</legend>
            <PageAndOrder
              language={language}
              page={form.nowPage}
              order={form.nowOrder}
              onChange={(page, order) => set({ nowPage: page, nowOrder: order })}
            />
          </fieldset>
        </>
      )}

      <div className={styles.row}>
        <Button onClick={preview}>{say("preview", language)}</Button>
        <Button appearance="primary" disabled={busy || outcome.kind !== "preview"} onClick={apply}>
          {busy ? say("applying", language) : say("apply", language)}
        </Button>
      </div>
      <Result outcome={outcome} language={language} />
    </section>
  );
}

function YearField(props: {
  label: string;
  value: string;
  years: string[];
  onChange(year: string): void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Field label={props.label}>
      <Dropdown
        className={styles.narrow}
        value={toThaiDigits(props.value)}
        selectedOptions={[props.value]}
        onOptionSelect={(_, d) => props.onChange(d.optionValue ?? "")}
      >
        {props.years.map((y) => (
          <Option key={y} value={y} text={toThaiDigits(y)}>
            {toThaiDigits(y)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** Page and order of a project in a plan document (หน้า ๘ ลำดับที่ ๑). */
function PageAndOrder(props: {
  language: Language;
  page: string;
  order: string;
  onChange(page: string, order: string): void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label={say("page", props.language)}>
        <Input
          className={styles.narrow}
          inputMode="numeric"
          value={props.page}
          onChange={(_, d) => props.onChange(d.value, props.order)}
        />
      </Field>
      <Field label={say("order", props.language)}>
        <Input
          className={styles.narrow}
          inputMode="numeric"
          value={props.order}
          onChange={(_, d) => props.onChange(props.page, d.value)}
        />
      </Field>
    </div>
  );
}
