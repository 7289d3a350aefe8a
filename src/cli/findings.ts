import { cellAddress, groupFindings, reportSummary, rowsLabel, type Finding } from "../plan";

/** A finding as `check --json` prints it: Excel's 1-based row, the cell as A1. */
export function findingJson(f: Finding) {
  return {
    code: f.code,
    sheet: f.sheet,
    row: f.row + 1,
    ...(f.cell ? { cell: cellAddress({ ...f.cell, sheet: "" }) } : {}),
    message: f.what,
    ...(f.suggestion ? { suggestion: f.suggestion.th } : {}),
  };
}

const place = (f: Finding) =>
  f.cell ? cellAddress(f.cell) : `${f.sheet}!${f.row + 1}:${f.row + 1}`;

/** The findings as a person reads them: one counting line, then each kind on each sheet, most serious first. */
export function checkReport(findings: Finding[]): string {
  const summary = reportSummary(findings);
  const lines = [summary.th, summary.en];
  for (const group of groupFindings(findings)) {
    lines.push(
      "",
      `── ${group.sheet} · ${group.kind.th} ${rowsLabel(group.findings).th} (${group.kind.en}: ${rowsLabel(group.findings).en})`
    );
    for (const f of group.findings) {
      lines.push(`${place(f)}  ${f.what.th}${f.suggestion ? ` → ${f.suggestion.th}` : ""}`);
      lines.push(`    ${f.what.en}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** One warning line for a figure the total leaves out, for stderr. */
export function leftOutLine(file: string, f: Finding): string {
  return `คำเตือน ${file} ${place(f)}: ไม่ได้นับรวม — ${f.what.th} (Warning: left out of the total — ${f.what.en})\n`;
}
