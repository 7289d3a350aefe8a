import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { cellAddress, groupByKind, rowsLabel, type Finding } from "../plan";
import type { Language } from "./i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
});

/** Where a finding is, as Excel names it: its cell, or its sheet and row. */
function place(f: Finding): string {
  return f.cell ? cellAddress(f.cell) : `${f.sheet}!${f.row + 1}:${f.row + 1}`;
}

/**
 * Every finding, grouped by kind and, within a kind, by sheet; each group opens and closes, each count is of
 * rows (as the counting line counts), and clicking a finding takes the user to its cell.
 */
export function FindingsList({
  findings,
  language,
  onSelect,
}: {
  findings: readonly Finding[];
  language: Language;
  onSelect: (finding: Finding) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const kinds = groupByKind(findings);
  return (
    <Accordion multiple collapsible defaultOpenItems={kinds[0]?.code}>
      {kinds.map((kind) => (
        <AccordionItem key={kind.code} value={kind.code}>
          <AccordionHeader>
            {kind.kind[language]} ({rowsLabel(kind.findings)[language]})
          </AccordionHeader>
          <AccordionPanel>
            <Accordion multiple collapsible defaultOpenItems={kind.sheets[0]?.sheet}>
              {kind.sheets.map((group) => (
                <AccordionItem key={group.sheet} value={group.sheet}>
                  <AccordionHeader size="small">
                    {group.sheet} ({rowsLabel(group.findings)[language]})
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={styles.list}>
                      {group.findings.map((f, i) => (
                        <li key={i} className={styles.item}>
                          <Link as="button" onClick={() => onSelect(f)}>
                            {place(f)}
                          </Link>
                          <Text>
                            {" "}
                            {f.what[language]}
                            {f.suggestion ? ` → ${f.suggestion[language]}` : ""}
                          </Text>
                        </li>
                      ))}
                    </ul>
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
