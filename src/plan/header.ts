import { findYearInText } from "./fiscalYear";
import type { Grid } from "./model";
import { normaliseLine } from "./lines";
import { Remembered } from "./remembered";
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
  name: /^(ชื่อ)?(โครงการ|ประเภท)/,
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

/** What a header cell says: its text, the roles its words name, the year it is the column of. */
interface HeaderCell {
  text: string;
  roles: Role[];
  year?: number;
  enacted: boolean;
  budget: boolean;
  /** A word that may fill a second or third header row. */
  word: boolean;
}

const YEAR_CELL =
  /^(ปี\s*)?(พ\.ศ\.\s*)?\d{4}\s*(\(?บาท\)?)?$|^(งบประมาณ\s*)?(ปี\s*)?(งบประมาณ\s*)?(พ\.ศ\.\s*)?\d{4}/;

/** "ปี 66", "พ.ศ. 67 (บาท)": a Buddhist-era year in two digits, as a narrow column is headed; never a bare number. */
const SHORT_YEAR = /^(?:ปี\s*(?:งบประมาณ\s*)?(?:พ\.ศ\.\s*)?|พ\.ศ\.\s*)(\d{2})\s*(\(?บาท\)?)?$/;

function shortYear(text: string): number | undefined {
  const match = SHORT_YEAR.exec(text);
  return match ? 2500 + Number(match[1]) : undefined;
}

/**
 * Header cells repeat over every block of a book ("๒๕๖๖ (บาท)", "โครงการ"): each distinct one is read once.
 */
const knownCells = new Remembered<unknown, HeaderCell>(4096);

function headerCell(value: unknown): HeaderCell {
  return knownCells.get(value, () => readHeaderCell(value));
}

function readHeaderCell(value: unknown): HeaderCell {
  const t = text(value);
  const arabic = toArabicDigits(t);
  const year = YEAR_CELL.test(arabic) ? findYearInText(arabic) : shortYear(arabic);
  // Words as one: a narrow header cell is often typed broken over lines ("ลำดับ↵ที่", "หน่วยงาน↵รับผิดชอบ").
  const words = t.replace(/[\s\u00a0]+/g, "");
  return {
    text: t,
    roles: (Object.keys(ROLE_PATTERNS) as Role[]).filter((role) => ROLE_PATTERNS[role].test(words)),
    year,
    enacted: ENACTED_GROUP.test(words),
    budget: BUDGET_GROUP.test(words),
    word: HEADER_WORD.test(words),
  };
}

/** A header row has a cell that is exactly one of these words, spaces and line breaks aside; a project row never does. */
const HEADER_ANCHOR = /^[\s\u00a0]*(ที่|ลำ[\s\u00a0]*ดับ([\s\u00a0]*ที่)?|ยุทธศาสตร์|แผนงาน)[\s\u00a0]*$/;

/**
 * The header that starts at row r of the grid (a ที่ or โครงการ cell beside budget columns), if any. Asked of
 * every row that is not a project; the blocks of a book repeat one header, so each distinct one (its rows'
 * texts) is worked out once.
 */
export function readHeader(grid: Grid, r: number): TableHeader | undefined {
  const row = grid[r];
  let anchored = false;
  for (let c = 0; c < row.length && !anchored; c++) {
    const v = row[c];
    anchored = typeof v === "string" && HEADER_ANCHOR.test(v);
  }
  if (!anchored) return undefined;
  const known = knownHeaders.get(headerKey(grid, r), () => {
    const header = findHeader(grid, r);
    return header ? { header, span: header.lastRow - r } : null;
  });
  return known ? { ...known.header, firstRow: r, lastRow: r + known.span } : undefined;
}

const knownHeaders = new Remembered<string, { header: TableHeader; span: number } | null>(1024);

/** The texts of the rows a header can span (three), as one key. */
function headerKey(grid: Grid, r: number): string {
  let key = "";
  for (let h = r; h < Math.min(grid.length, r + 3); h++) {
    for (const v of grid[h]) key += `${v === null || v === undefined ? "" : String(v)}\u0001`;
    key += "\u0002";
  }
  return key;
}

function findHeader(grid: Grid, r: number): TableHeader | undefined {
  const row = grid[r];
  const roles = new Map<Role, number>();
  row.forEach((value, c) => {
    for (const role of headerCell(value).roles) if (!roles.has(role)) roles.set(role, c);
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
      const cell = headerCell(value);
      if (cell.enacted) enactedLabels.push(c);
      else if (cell.budget) budgetLabels.push(c);
      if (cell.year !== undefined) years.push({ year: cell.year, col: c });
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
    const value = cells[c];
    if (value === null || value === undefined || value === "") continue;
    if (c === orderCol) {
      if (text(value)) return false;
      continue;
    }
    const cell = headerCell(value);
    if (!cell.text) continue;
    if (cell.year === undefined && !cell.word && cell.roles.length === 0) return false;
    any = true;
  }
  return any;
}
