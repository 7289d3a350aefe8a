import {
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  OptionGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import {
  shortThaiDate,
  roundLabel,
  TEXT_FIELD_NAMES,
  type Plan,
  type RegisteredRound,
  type TextField,
} from "../plan";
import { placesOf, ROUND_KIND, type AmendmentForm } from "./amendmentForm";
import { DateField } from "./DateField";
import { FORM_LAYOUT } from "./formLayout";
import { digits, reasonLabel, say, type Language } from "./i18n";
import { Notices } from "./Notices";

/**
 * The amendment form's sections, one per kind of revision (แก้ไข moves a budget, เปลี่ยนแปลง changes details,
 * เพิ่มเติม adds a project, ย้ายแผนงาน moves a project to another work plan), and the parts every kind shares:
 * the round with its approval date and reason, and where the project stood and stands.
 */

const useStyles = makeStyles({
  ...FORM_LAYOUT,
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
  },
});

export interface SectionProps {
  form: AmendmentForm;
  plan: Plan;
  language: Language;
  set(change: Partial<AmendmentForm>): void;
}

const ROUND_WORD = {
  แก้ไข: "round",
  เปลี่ยนแปลง: "roundChange",
  เพิ่มเติม: "roundAdd",
  ย้ายแผนงาน: "round",
} as const;

/** แก้ไข: the years to move between and the amount. */
export function MoveSection({ form, plan, language, set }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const years = plan.years.map(String);
  return (
    <div className={styles.row}>
      <YearField
        label={say("from", language)}
        value={form.from}
        years={years}
        language={language}
        onChange={(from) => set({ from })}
      />
      <YearField
        label={say("to", language)}
        value={form.to}
        years={years}
        language={language}
        onChange={(to) => set({ to })}
      />
      <Field
        className={styles.wide}
        label={say("amount", language)}
        hint={say("amountHint", language)}
      >
        <Input
          inputMode="numeric"
          value={form.amount}
          onChange={(_, d) => set({ amount: d.value })}
        />
      </Field>
    </div>
  );
}

/** เปลี่ยนแปลง: the project's texts and budgets as they are to be, filled from the project as it stands. */
export function ChangeSection(props: SectionProps): React.JSX.Element {
  return <DetailsFields {...props} legend={say("changeTo", props.language)} />;
}

/** เพิ่มเติม: where the new project goes, then every ผ.02 column of it. */
export function AddSection(props: SectionProps): React.JSX.Element {
  return (
    <>
      <PlaceField {...props} />
      <DetailsFields {...props} legend={say("newProject", props.language)} />
    </>
  );
}

/** ย้ายแผนงาน: the tactic and work plan the project moves to. */
export function RelocateSection(props: SectionProps): React.JSX.Element {
  return <PlaceField {...props} />;
}

function PlaceField({ form, plan, language, set }: SectionProps): React.JSX.Element {
  const places = placesOf(plan);
  return (
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
}

function DetailsFields({
  form,
  plan,
  language,
  set,
  legend,
}: SectionProps & { legend: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
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
          <Field
            key={y}
            className={styles.half}
            label={`${say("budgetOf", language)} ${digits(String(y), language)}`}
          >
            <Input
              inputMode="numeric"
              value={form.budgets[String(y)] ?? ""}
              onChange={(_, d) => set({ budgets: { ...form.budgets, [String(y)]: d.value } })}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The round (proposed as the next of its kind), its approval date and the reason. A round already recorded is
 * offered as "add to round N (approved …)", never taken silently; an empty reason shows the standard wording.
 */
export function RoundSection({
  form,
  language,
  set,
  offer,
  onJoin,
}: SectionProps & { offer?: RegisteredRound; onJoin(): void }): React.JSX.Element {
  const styles = useStyles();
  const kind = ROUND_KIND[form.kind];
  const approved = offer?.approvedOn
    ? ` (${language === "th" ? "เห็นชอบ" : "approved"} ${digits(shortThaiDate(offer.approvedOn), language)})`
    : "";
  return (
    <>
      <div className={styles.row}>
        <Field className={styles.half} label={say(ROUND_WORD[form.kind], language)} required>
          <Input value={form.round} onChange={(_, d) => set({ round: d.value })} />
        </Field>
        <DateField
          className={styles.wide}
          label={say("approvedOn", language)}
          language={language}
          value={form.approvedOn}
          disabled={Boolean(offer && form.joinRound && offer.approvedOn)}
          onChange={(approvedOn) => set({ approvedOn })}
        />
      </div>
      {offer && (
        <Notices
          language={language}
          notices={[
            { intent: "info", text: { th: say("roundInUse", "th"), en: say("roundInUse", "en") } },
          ]}
        >
          <Checkbox
            checked={form.joinRound}
            onChange={(_, d) => (d.checked ? onJoin() : set({ joinRound: false }))}
            label={`${language === "th" ? "เพิ่มใน" : "Add to "}${roundLabel(offer.round, language === "th")}${approved}`}
          />
        </Notices>
      )}
      {form.kind !== "เพิ่มเติม" && (
        <Field
          label={reasonLabel(kind, language)}
          hint={form.standardReason ? say("reasonStandard", language) : undefined}
        >
          <Textarea
            value={form.reason}
            onChange={(_, d) => set({ reason: d.value, standardReason: false })}
            resize="vertical"
          />
        </Field>
      )}
    </>
  );
}

/** Where the project stood (its document, page and order) and where it stands in the revised plan. */
export function PlacementSection({ form, language, set }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
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
  );
}

function YearField(props: {
  label: string;
  value: string;
  years: string[];
  language: Language;
  onChange(year: string): void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Field className={styles.half} label={props.label}>
      <Dropdown
        className={styles.fill}
        value={digits(props.value, props.language)}
        selectedOptions={[props.value]}
        onOptionSelect={(_, d) => props.onChange(d.optionValue ?? "")}
      >
        {props.years.map((y) => (
          <Option key={y} value={y} text={digits(y, props.language)}>
            {digits(y, props.language)}
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
      <Field className={styles.half} label={say("page", props.language)}>
        <Input
          inputMode="numeric"
          value={props.page}
          onChange={(_, d) => props.onChange(d.value, props.order)}
        />
      </Field>
      <Field className={styles.half} label={say("order", props.language)}>
        <Input
          inputMode="numeric"
          value={props.order}
          onChange={(_, d) => props.onChange(props.page, d.value)}
        />
      </Field>
    </div>
  );
}
