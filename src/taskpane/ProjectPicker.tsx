import { Button, Combobox, Field, Option, OptionGroup, Text } from "@fluentui/react-components";
import * as React from "react";
import {
  budgetIn,
  formatAmount,
  projectRounds,
  roundLabel,
  type Plan,
  type Project,
} from "../plan";
import { projectByKey, projectKey } from "./amendmentForm";
import { digits, say, type Language } from "./i18n";
import { SmallTable } from "./SmallTable";

/* global HTMLInputElement */

/** Options shown at once in the project list; typing narrows it. */
const MAX_OPTIONS = 60;

/** The rounds a project went through, as the book marks them ("เพิ่มเติม ครั้งที่ ๑/๒๕๖๗ · แก้ไข …"). */
function historyText(project: Project, language: Language): string {
  return projectRounds(project)
    .map((r) => roundLabel(r, language === "th"))
    .join(" · ");
}

/**
 * The project to revise: a searchable list grouped by strategy and work plan (each with its rounds so far), or the
 * row selected in the sheet; then its budget a row per year (five seven-digit amounts do not fit side by side).
 */
export function ProjectPicker({
  plan,
  chosen,
  language,
  onChoose,
  onSelection,
}: {
  plan: Plan;
  chosen: string;
  language: Language;
  onChoose(project: Project): void;
  /** Reads the selected row; resolves to the project found there. */
  onSelection(): Promise<Project | undefined>;
}): React.JSX.Element {
  const project = projectByKey(plan, chosen);
  const [query, setQuery] = React.useState(project?.name ?? "");
  const groups = React.useMemo(() => {
    const wanted = query.replace(/\s+/g, "");
    const shown = plan.projects
      .filter((p) => !wanted || p.name.replace(/\s+/g, "").includes(wanted))
      .slice(0, MAX_OPTIONS);
    const byGroup = new Map<string, Project[]>();
    for (const p of shown) {
      const label = `${digits(p.strategy, language)}. ${p.workPlan}`;
      byGroup.set(label, [...(byGroup.get(label) ?? []), p]);
    }
    return [...byGroup.entries()];
  }, [plan, query, language]);
  const choose = (p: Project) => {
    setQuery(p.name);
    onChoose(p);
  };
  const rounds = project ? historyText(project, language) : "";
  return (
    <>
      <Field label={say("project", language)} required>
        <Combobox
          freeform
          placeholder={say("projectPlaceholder", language)}
          value={query}
          selectedOptions={chosen ? [chosen] : []}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          onOptionSelect={(_, data) => {
            const picked = data.optionValue ? projectByKey(plan, data.optionValue) : undefined;
            if (picked) choose(picked);
          }}
        >
          {groups.map(([label, projects]) => (
            <OptionGroup key={label} label={label}>
              {projects.map((p) => (
                <Option key={projectKey(p)} value={projectKey(p)} text={p.name}>
                  {[`${digits(p.order, language)}. ${p.name}`, historyText(p, language)]
                    .filter(Boolean)
                    .join(" · ")}
                </Option>
              ))}
            </OptionGroup>
          ))}
        </Combobox>
      </Field>
      <div>
        <Button
          onClick={async () => {
            const picked = await onSelection();
            if (picked) setQuery(picked.name);
          }}
        >
          {say("useSelection", language)}
        </Button>
      </div>
      {rounds && (
        <Text>
          {say("roundsSoFar", language)}: {rounds}
        </Text>
      )}
      {project && (
        <SmallTable
          label={say("budgetByYear", language)}
          header={[say("year", language), say("amount", language)]}
          rows={plan.years.map((y) => ({
            key: String(y),
            cells: [
              digits(String(y), language),
              budgetIn(project, y)
                ? formatAmount(budgetIn(project, y), { thaiDigits: language === "th" })
                : "-",
            ],
          }))}
        />
      )}
    </>
  );
}
