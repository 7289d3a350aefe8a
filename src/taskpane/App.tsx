import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { AmendmentPanel } from "./AmendmentPanel";
import { DocumentPanel } from "./DocumentPanel";
import { HistoryPanel } from "./HistoryPanel";
import { say, type Language } from "./i18n";
import { Overview } from "./Overview";
import { SummaryPanel } from "./SummaryPanel";
import { usePlanBook } from "./usePlanBook";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  tabs: { flexWrap: "wrap" },
});

type TabName = "overview" | "amend" | "history" | "summary" | "document";

export interface AppProps {
  /** Today, for the proposed round and the approval date (tests fix it). */
  today?: Date;
}

export function App({ today = new Date() }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [language, setLanguage] = React.useState<Language>("th");
  const [tab, setTab] = React.useState<TabName>("overview");
  const [state, reread] = usePlanBook();

  return (
    <main className={styles.root} lang={language}>
      <div className={styles.header}>
        <Subtitle1 as="h1">{say("title", language)}</Subtitle1>
        <Button appearance="subtle" onClick={() => setLanguage(language === "th" ? "en" : "th")}>
          {say("language", language)}
        </Button>
      </div>
      {state.kind === "reading" && <Spinner label={say("reading", language)} />}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message[language]}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "read" && state.plan.projects.length === 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text weight="semibold" block>
              {say("noPlan", language)}
            </Text>
            {say("noPlanHelp", language)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind !== "reading" && (
        <div>
          <Button onClick={() => reread()}>{say("retry", language)}</Button>
        </div>
      )}
      {state.kind === "read" && state.plan.projects.length > 0 && (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, data) => setTab(data.value as TabName)}
          >
            <Tab value="overview">{say("tabOverview", language)}</Tab>
            <Tab value="amend">{say("tabAmend", language)}</Tab>
            <Tab value="history">{say("tabHistory", language)}</Tab>
            <Tab value="summary">{say("tabSummary", language)}</Tab>
            <Tab value="document">{say("tabDocument", language)}</Tab>
          </TabList>
          <div role="tabpanel" aria-label={say(tabLabel[tab], language)}>
            {tab === "overview" && (
              <Overview
                book={state.book}
                plan={state.plan}
                findings={state.findings}
                language={language}
              />
            )}
            {tab === "amend" && (
              <AmendmentPanel
                book={state.book}
                plan={state.plan}
                language={language}
                today={today}
                onApplied={reread}
              />
            )}
            {tab === "history" && (
              <HistoryPanel book={state.book} language={language} onUndone={reread} />
            )}
            {tab === "summary" && (
              <SummaryPanel book={state.book} language={language} onRefreshed={reread} />
            )}
            {tab === "document" && (
              <DocumentPanel
                book={state.book}
                plan={state.plan}
                language={language}
                today={today}
                onSaved={reread}
              />
            )}
          </div>
        </>
      )}
    </main>
  );
}

const tabLabel = {
  overview: "tabOverview",
  amend: "tabAmend",
  history: "tabHistory",
  summary: "tabSummary",
  document: "tabDocument",
} as const;
