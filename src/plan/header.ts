import { findYearInText } from "./fiscalYear";
import type { Grid } from "./model";
import { normaliseLine } from "./lines";
import { toArabicDigits } from "./thaiNumerals";

/** Where each column of a project table is, found by the header's words rather than by position. */
export interface TableHeader {
  /** 0-based rows (within the grid) the header spans. */
  firstRow: number;
  lastRow: number;
  order?: number;
  name: number;
  objective?: number;
  target?: number;
  kpi?: number;
  outcome?: number;
  unit?: number;
  /** Flat tables only: columns naming the strategy, tactic and work plan of each row. */
  strategy?: number;
  tactic?: number;
  workPlan?: number;
  /** Year → column of the plan budget, and of the enacted budget (เทศบัญญัติ) where the sheet has it. */
  budget: Map<number, number>;
  enacted: Map<number, number>;
}

const ROLE_PATTERNS = {
  order: /^(ที่|ลำดับ(ที่)?)$/,
  // The equipment list (ผ.03) names its items by ประเภท where the other forms have โครงการ.
  name: /^(โครงการ|ประเภท)/,
  objective: /^วัตถุประสงค์/,
  target: /^เป้าหมาย/,
  kpi: /^ตัวชี้วัด/,
  outcome: /^ผลที่คาดว่า/,
  unit: /^หน่วยงาน/,
  strategy: /^ยุทธศาสตร์/,
  tactic: /^(กลยุทธ์|แนวทาง)/,
  workPlan: /^แผนงาน/,
} as const;
type Role = keyof typeof ROLE_PATTERNS;

const BUDGET_GROUP = /^งบประมาณ/;
const ENACTED_GROUP = /เทศบัญญัติ|ข้อบัญญัติ/;
/** Words that may fill the second and third header rows. */
const HEADER_WORD =
  /^(\(?บาท\)?|\(?ผลผลิตของโครงการ\)?|\(?KPI\)?|หลัก|รับผิดชอบ|ที่ได้รับ|.*งบประมาณ.*|.*เทศบัญญัติ.*|.*ข้อบัญญัติ.*)$/;

function text(value: unknown): string {
  return value === null || value === undefined ? "" : normaliseLine(String(value));
}

function isYearCell(value: unknown): boolean {
  const t = toArabicDigits(text(value));
  return (
    findYearInText(t) !== undefined &&
    /^(ปี\s*)?(พ\.ศ\.\s*)?\d{4}\s*(\(?บาท\)?)?$|^(งบประมาณ\s*)?(ปี\s*)?(งบประมาณ\s*)?(พ\.ศ\.\s*)?\d{4}/.test(
      t
    )
  );
}

/** A header row has a cell that is exactly one of these words; a project row never does. */
const HEADER_ANCHOR = /^[\s\u00a0]*(ที่|ลำดับ(ที่)?|ยุทธศาสตร์|แผนงาน)[\s\u00a0]*$/;

/** True when row r of the grid starts a project table: a ที่ or โครงการ cell beside budget columns. */
export function readHeader(grid: Grid, r: number): TableHeader | undefined {
  const row = grid[r];
  if (!row.some((v) => typeof v === "string" && HEADER_ANCHOR.test(v))) return undefined;
  const roles = new Map<Role, number>();
  row.forEach((value, c) => {
    const t = text(value);
    for (const role of Object.keys(ROLE_PATTERNS) as Role[]) {
      if (!roles.has(role) && ROLE_PATTERNS[role].test(t)) roles.set(role, c);
    }
  });
  const name = roles.get("name");
  const isFlat = roles.has("workPlan") || roles.has("strategy");
  if (name === undefined || (!roles.has("order") && !isFlat)) return undefined;

  let lastRow = r;
  const budgetLabels: number[] = [];
  const enactedLabels: number[] = [];
  const years: { year: number; col: number }[] = [];
  for (let h = r; h < Math.min(grid.length, r + 3); h++) {
    const cells = grid[h];
    if (h > r && !isHeaderRow(cells, roles.get("order"))) break;
    cells.forEach((value, c) => {
      const t = text(value);
      if (ENACTED_GROUP.test(t)) enactedLabels.push(c);
      else if (BUDGET_GROUP.test(t)) budgetLabels.push(c);
      if (isYearCell(value)) years.push({ year: findYearInText(t)!, col: c });
    });
    if (h > r) lastRow = h;
  }
  if (years.length === 0) return undefined;

  const budget = new Map<number, number>();
  const enacted = new Map<number, number>();
  for (const { year, col } of years) {
    const group =
      nearestLabelLeft(col, budgetLabels) >= nearestLabelLeft(col, enactedLabels)
        ? budget
        : enacted;
    if (!group.has(year)) group.set(year, col);
  }
  return {
    firstRow: r,
    lastRow,
    order: roles.get("order"),
    name,
    objective: roles.get("objective"),
    target: roles.get("target"),
    kpi: roles.get("kpi"),
    outcome: roles.get("outcome"),
    unit: roles.get("unit"),
    strategy: roles.get("strategy"),
    tactic: roles.get("tactic"),
    workPlan: roles.get("workPlan"),
    budget,
    enacted,
  };
}

function nearestLabelLeft(col: number, labels: number[]): number {
  return Math.max(-1, ...labels.filter((l) => l <= col));
}

/** A row under the first header row that still belongs to the header: years, "(บาท)", header words only. */
function isHeaderRow(cells: readonly unknown[], orderCol: number | undefined): boolean {
  let any = false;
  for (let c = 0; c < cells.length; c++) {
    const t = text(cells[c]);
    if (!t) continue;
    if (c === orderCol) return false;
    if (
      !isYearCell(t) &&
      !HEADER_WORD.test(t) &&
      !Object.values(ROLE_PATTERNS).some((p) => p.test(t))
    )
      return false;
    any = true;
  }
  return any;
}
