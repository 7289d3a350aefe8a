import { Button, Field, Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import * as React from "react";
import type { BookSnapshot, Plan } from "../plan";
import type { RevisionKind } from "./amendmentForm";
import { Result } from "./AmendmentResult";
import { FORM_LAYOUT } from "./formLayout";
import { say, type Language } from "./i18n";
import { ProjectPicker } from "./ProjectPicker";
import {
  AddSection,
  ChangeSection,
  MoveSection,
  PlacementSection,
  RelocateSection,
  RoundSection,
  type SectionProps,
} from "./RevisionSections";
import { useRevision } from "./useRevision";

const useStyles = makeStyles({ ...FORM_LAYOUT, action: { alignSelf: "start" } });

const KINDS: { kind: RevisionKind; word: Parameters<typeof say>[0] }[] = [
  { kind: "แก้ไข", word: "kindMove" },
  { kind: "เปลี่ยนแปลง", word: "kindChange" },
  { kind: "เพิ่มเติม", word: "kindAdd" },
  { kind: "ย้ายแผนงาน", word: "kindRelocate" },
];

const SECTION: Record<RevisionKind, (props: SectionProps) => React.JSX.Element> = {
  แก้ไข: MoveSection,
  เปลี่ยนแปลง: ChangeSection,
  เพิ่มเติม: AddSection,
  ย้ายแผนงาน: RelocateSection,
};

/**
 * บันทึกการแก้ไข: the kind of revision (a group that wraps, one kind a line, so a task pane's width holds it), the
 * project, the kind's own section, the round, where the project stood; then the preview, and after it the button
 * that applies what it shows.
 */
export function AmendmentPanel({
  book,
  plan,
  language,
  today,
  onApplied,
}: {
  book: BookSnapshot;
  plan: Plan;
  language: Language;
  today: Date;
  onApplied: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const revision = useRevision(book, plan, today, onApplied);
  const { form, outcome } = revision;
  const props: SectionProps = { form, plan, language, set: revision.set };
  const Section = SECTION[form.kind];
  return (
    <section className={styles.form} aria-label={say("tabAmend", language)}>
      <Field label={say("revisionKind", language)}>
        <RadioGroup value={form.kind} onChange={(_, d) => revision.kind(d.value as RevisionKind)}>
          {KINDS.map(({ kind, word }) => (
            <Radio key={kind} value={kind} label={say(word, language)} />
          ))}
        </RadioGroup>
      </Field>
      {form.kind !== "เพิ่มเติม" && (
        <ProjectPicker
          plan={plan}
          chosen={form.project}
          language={language}
          onChoose={revision.choose}
          onSelection={revision.fromSelection}
        />
      )}
      {(form.kind !== "เปลี่ยนแปลง" || form.project) && <Section {...props} />}
      <RoundSection {...props} offer={revision.offer} onJoin={revision.join} />
      {form.kind !== "เพิ่มเติม" && <PlacementSection {...props} />}
      <Button className={styles.action} onClick={revision.preview}>
        {say("preview", language)}
      </Button>
      <Result outcome={outcome} book={book} plan={plan} language={language} />
      <Button
        className={styles.action}
        appearance="primary"
        disabled={revision.busy || outcome.kind !== "preview"}
        onClick={revision.apply}
      >
        {revision.busy ? say("applying", language) : say("apply", language)}
      </Button>
    </section>
  );
}
