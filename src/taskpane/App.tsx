import {
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { readBook } from "../excel/readBook";
import { formatAmount, readPlan, spanLabel, summarise, type Plan } from "../plan";
import { say, type Language } from "./i18n";

/* global Excel */

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
});

type State =
  { kind: "reading" } | { kind: "read"; plan: Plan } | { kind: "failed"; message: string };

export function App(): React.JSX.Element {
  const styles = useStyles();
  const [language, setLanguage] = React.useState<Language>("th");
  const [state, setState] = React.useState<State>({ kind: "reading" });

  const read = React.useCallback(() => {
    setState({ kind: "reading" });
    Excel.run(async (context) => readPlan((await readBook(context)).sheets))
      .then((plan) => setState({ kind: "read", plan }))
      .catch((error: Error) => setState({ kind: "failed", message: error.message }));
  }, []);
  React.useEffect(read, [read]);

  return (
    <main className={styles.root} lang={language}>
      <div className={styles.header}>
        <Title3 as="h1">{say("title", language)}</Title3>
        <Button appearance="subtle" onClick={() => setLanguage(language === "th" ? "en" : "th")}>
          {say("language", language)}
        </Button>
      </div>
      {state.kind === "reading" && <Spinner label={say("reading", language)} />}
      {state.kind === "failed" && <Text role="alert">{state.message}</Text>}
      {state.kind === "read" && <Overview plan={state.plan} language={language} />}
    </main>
  );
}

function Overview({ plan, language }: { plan: Plan; language: Language }): React.JSX.Element {
  if (plan.projects.length === 0) {
    return (
      <div role="alert">
        <Text weight="semibold">{say("noPlan", language)}</Text>
        <Text as="p">{say("noPlanHelp", language)}</Text>
      </div>
    );
  }
  const summary = summarise(plan);
  return (
    <section>
      <Text as="p">
        {say("organisation", language)}: {plan.organisation || "-"}
      </Text>
      <Text as="p">
        {say("span", language)}: {spanLabel(plan.years)} · {say("projects", language)}:{" "}
        {formatAmount(plan.projects.length)}
      </Text>
      <Table size="small" aria-label={say("strategy", language)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{say("strategy", language)}</TableHeaderCell>
            <TableHeaderCell>{say("fiveYearBudget", language)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.strategies.map((s) => (
            <TableRow key={s.strategy}>
              <TableCell>
                {formatAmount(Number(s.strategy))} {s.strategyName}
              </TableCell>
              <TableCell>{formatAmount(s.totalBudget)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
