import { createHash } from "crypto";
import {
  foldText,
  leftOut,
  planError,
  summarise,
  summaryTable,
  workPlanLabel,
  type BookSnapshot,
  type Finding,
  type Figures,
  type Summary,
} from "../plan";
import { findingJson } from "./findings";
import { requirePlan } from "./workbooks";

/** The ผ.01 summary as the command prints it with --json: numbers as numbers, strategy numbers in Arabic digits. */
export interface SummaryJson {
  years: number[];
  rows: ({ strategy: string; tactic: string; workPlan: string } & Figures)[];
  strategies: ({ strategy: string } & Figures)[];
  total: Figures;
}

/** A book's plan (ผ.02) and, each in its own section, the other forms it holds (ผ.02/1, ผ.02/2, ผ.03). */
export interface BookSummary {
  plan: Summary;
  otherForms: Record<string, Summary>;
  /** What the totals leave out (a budget cell that is no number, a hidden sheet), with the file it is in. */
  leftOut: { file: string; finding: Finding }[];
}

/** A book read for `summary`: its summary, and what tells one book from another (its bytes, its plan). */
export interface SummaryInput {
  file: string;
  contentHash: string;
  /** The organisation and the plan's span, when the book names its organisation. */
  planKey?: string;
  summary: BookSummary;
}

const figures = (f: Figures): Figures => ({
  count: f.count,
  budget: f.budget,
  totalCount: f.totalCount,
  totalBudget: f.totalBudget,
});

export function bookSummaryJson(
  book: BookSummary
): SummaryJson & { otherForms: Record<string, SummaryJson>; leftOut: unknown[] } {
  const otherForms = Object.fromEntries(
    Object.entries(book.otherForms).map(([form, s]) => [form, summaryJson(s)])
  );
  const leftOut = book.leftOut.map(({ file, finding }) => ({ file, ...findingJson(finding) }));
  return { ...summaryJson(book.plan), otherForms, leftOut };
}

export function summaryJson(summary: Summary): SummaryJson {
  return {
    years: summary.years,
    rows: summary.rows.map((r) => ({
      strategy: r.strategy,
      tactic: r.tactic,
      workPlan: r.workPlan,
      ...figures(r),
    })),
    strategies: summary.strategies.map((s) => ({ strategy: s.strategy, ...figures(s) })),
    total: figures(summary.total),
  };
}

/** A book's summary; a sheet asked for that the book lacks, or a book with no plan, is refused. */
export function bookSummary(book: BookSnapshot, sheet?: string, file = ""): BookSummary {
  return summaryOf(book, file, sheet).summary;
}

/** A book read from a file for `summary`, with what tells it from the other files named. */
export function summaryInput(
  book: BookSnapshot,
  file: string,
  data: Uint8Array,
  sheet?: string
): SummaryInput {
  const { summary, plan } = summaryOf(book, file, sheet);
  const span = plan.years.length ? `${plan.years[0]}-${plan.years[plan.years.length - 1]}` : "";
  return {
    file,
    contentHash: createHash("sha256").update(data).digest("hex"),
    planKey: plan.organisation.trim() ? `${foldText(plan.organisation)}|${span}` : undefined,
    summary,
  };
}

function summaryOf(book: BookSnapshot, file: string, sheet?: string) {
  if (sheet !== undefined && !book.sheets.some((s) => s.sheet === sheet)) {
    const names = book.sheets.map((s) => s.sheet).join(", ");
    throw planError(
      `ไม่พบชีต "${sheet}" ใน ${file} (ชีตที่มี: ${names})`,
      `No sheet "${sheet}" in ${file} (its sheets: ${names})`
    );
  }
  const sheets = sheet ? book.sheets.filter((s) => s.sheet === sheet) : book.sheets;
  const plan = requirePlan({ ...book, sheets }, file);
  const otherForms = Object.fromEntries(
    Object.entries(plan.otherForms).map(([form, projects]) => [form, summarise(plan, projects!)])
  );
  const omitted = leftOut(sheets, plan).map((finding) => ({ file, finding }));
  return { plan, summary: { plan: summarise(plan), otherForms, leftOut: omitted } };
}

/** Adding a book to itself doubles it: the same file twice, a copy, or two versions of one office's plan. */
export function refuseRepeats(inputs: SummaryInput[]): void {
  inputs.forEach((input, i) => {
    const earlier = inputs.slice(0, i);
    const copy = earlier.find((e) => e.contentHash === input.contentHash);
    if (copy) {
      throw planError(
        `${copy.file} และ ${input.file} เป็นสมุดงานเดียวกัน (เนื้อหาเหมือนกัน): รวมกันจะนับแผนซ้ำสองครั้ง`,
        `${copy.file} and ${input.file} are the same workbook (same content): adding them would count the plan twice`
      );
    }
    const same = input.planKey && earlier.find((e) => e.planKey === input.planKey);
    if (same) {
      throw planError(
        `${same.file} และ ${input.file} เป็นแผนเดียวกัน (หน่วยงานและช่วงปีของแผนเดียวกัน): รวมกันจะนับแผนซ้ำ ใช้ฉบับล่าสุดฉบับเดียว`,
        `${same.file} and ${input.file} hold the same plan (same organisation and years): adding them would count it twice; give only the latest`
      );
    }
  });
}

/** Adds books up: their plans, and each other form with its kind. */
export function addBooks(books: BookSummary[]): BookSummary {
  const forms = [...new Set(books.flatMap((b) => Object.keys(b.otherForms)))];
  return {
    leftOut: books.flatMap((b) => b.leftOut),
    plan: addSummaries(books.map((b) => b.plan)),
    otherForms: Object.fromEntries(
      forms.map((form) => [
        form,
        addSummaries(books.flatMap((b) => (b.otherForms[form] ? [b.otherForms[form]] : []))),
      ])
    ),
  };
}

/** Adds plans up, for a district or province receiving plans from every local government. */
export function addSummaries(summaries: Summary[]): Summary {
  const years = [...new Set(summaries.flatMap((s) => s.years))].sort((a, b) => a - b);
  const empty = (): Figures => ({
    count: years.map(() => 0),
    budget: years.map(() => 0),
    totalCount: 0,
    totalBudget: 0,
  });
  const add = (into: Figures, from: Figures, fromYears: number[]) => {
    fromYears.forEach((y, i) => {
      const at = years.indexOf(y);
      into.count[at] += from.count[i];
      into.budget[at] += from.budget[i];
    });
    into.totalCount += from.totalCount;
    into.totalBudget += from.totalBudget;
  };
  const rows = new Map<string, Summary["rows"][number]>();
  const strategies = new Map<string, Summary["strategies"][number]>();
  const total = empty();
  for (const s of summaries) {
    for (const r of s.rows) {
      const key = `${r.strategy}|${r.tactic}|${r.workPlan}`;
      if (!rows.has(key)) rows.set(key, { ...r, ...empty() });
      add(rows.get(key)!, r, s.years);
    }
    for (const g of s.strategies) {
      if (!strategies.has(g.strategy)) strategies.set(g.strategy, { ...g, ...empty() });
      add(strategies.get(g.strategy)!, g, s.years);
    }
    add(total, s.total, s.years);
  }
  const order = (a: string, b: string) => Number(a) - Number(b);
  const sortedStrategies = [...strategies.values()].sort((a, b) => order(a.strategy, b.strategy));
  const sortedRows = sortedStrategies.flatMap((g) =>
    [...rows.values()].filter((r) => r.strategy === g.strategy)
  );
  return { years, rows: sortedRows, strategies: sortedStrategies, total };
}

/** The plan's ผ.01 and, under it, each other form's totals. */
export function bookText(book: BookSummary): string {
  const others = Object.entries(book.otherForms).map(
    ([form, s]) =>
      `\n${form}: ${s.total.totalCount.toLocaleString("en-US")} โครงการ/รายการ, ${s.total.totalBudget.toLocaleString("en-US")} บาท (${s.years.map((y, i) => `${y}: ${s.total.budget[i].toLocaleString("en-US")}`).join(", ")})`
  );
  return summaryText(book.plan) + others.join("");
}

/** The ผ.01 as aligned text for a terminal (Arabic digits, so columns line up in any font). */
export function summaryText(summary: Summary): string {
  const table = summaryTable(summary, { thaiDigits: false }).map((row) =>
    row.map((cell, c) =>
      c === 0
        ? String(cell ?? "")
        : typeof cell === "number"
          ? cell.toLocaleString("en-US")
          : String(cell ?? "")
    )
  );
  const labels = new Map(
    summary.rows.map((r) => [
      workPlanLabel(r, { thaiDigits: false }),
      `${r.tactic || r.strategy} ${r.workPlan}`,
    ])
  );
  for (const row of table) row[0] = labels.get(row[0]) ?? row[0];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => displayWidth(row[c]))));
  return table
    .map((row) => row.map((cell, c) => pad(cell, widths[c], c > 0)).join("  "))
    .join("\n");
}

/** Thai combining marks take no column of their own. */
function displayWidth(text: string): number {
  return text.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, "").length;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}
