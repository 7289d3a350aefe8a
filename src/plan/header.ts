import { BUDDHIST_ERA_OFFSET, findYearInText } from "./fiscalYear";
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
  /** What the reader should say of the year columns (see YearColumnNote); empty for most tables. */
  yearNotes: readonly YearColumnNote[];
}

/**
 * A year column read otherwise than as typed: headed in the Common Era (read as its Buddhist-era year), or a
 * budget column with no year of its own (a blank label between years, a year typed twice), whose cells are left
 * out of the totals. `offset` is the header row holding the label, from the header's first row.
 */
export interface YearColumnNote {
  kind: "common-era" | "blank" | "repeated";
  offset: number;
  col: number;
  year?: number;
  typed?: string;
}

const ROLE_PATTERNS = {
  order: /^(ที่|ลำดับ(ที่)?)$/,
  // The equipment list (ผ.03) names its items by ประเภท or รายการ where the other forms have โครงการ; some offices
  // head it กิจกรรม/โครงการ.
  name: /^(ชื่อ)?(โครงการ|ประเภท|รายการ|กิจกรรม)/,
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
  /** True when the year was headed in the Common Era (2023 (บาท)) and is read as its Buddhist-era year. */
  commonEra: boolean;
  enacted: boolean;
  budget: boolean;
  /** A word that may fill a second or third header row. */
  word: boolean;
}

const YEAR_CELL =
  /^(ปี\s*)?([พค]\.ศ\.\s*)?\d{4}\s*(\(?บาท\)?)?$|^(งบประมาณ\s*)?(ปี\s*)?(งบประมาณ\s*)?([พค]\.ศ\.\s*)?\d{4}/;

/** A Common-Era year (2023) where the others are Buddhist era: a fiscal year this century. */
function commonEraYear(text: string): number | undefined {
  const match = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(text);
  return match ? Number(match[1]) + BUDDHIST_ERA_OFFSET : undefined;
}

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
  return knownCells.get(value, readHeaderCell);
}

function readHeaderCell(value: unknown): HeaderCell {
  const t = text(value);
  const arabic = toArabicDigits(t);
  const yearCell = YEAR_CELL.test(arabic);
  const buddhist = yearCell ? findYearInText(arabic) : shortYear(arabic);
  const common = yearCell && buddhist === undefined ? commonEraYear(arabic) : undefined;
  // Words as one: a narrow header cell is often typed broken over lines ("ลำดับ↵ที่", "หน่วยงาน↵รับผิดชอบ").
  const words = t.replace(/[\s\u00a0]+/g, "");
  return {
    text: t,
    roles: (Object.keys(ROLE_PATTERNS) as Role[]).filter((role) => ROLE_PATTERNS[role].test(words)),
    year: buddhist ?? common,
    commonEra: common !== undefined,
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
 * texts, and no row under it: the first project's row differs in every block) is worked out once.
 */
export function readHeader(grid: Grid, r: number): TableHeader | undefined {
  const row = grid[r];
  let anchored = false;
  for (let c = 0; c < row.length && !anchored; c++) {
    const v = row[c];
    anchored = typeof v === "string" && HEADER_ANCHOR.test(v);
  }
  if (!anchored) return undefined;
  const roles = rolesOf(row);
  if (!roles.has("name") || (!roles.has("order") && !isFlat(roles))) return undefined;
  const lastRow = headerEnd(grid, r, roles.get("order"));
  let known = knownHeaders.find(grid, r, lastRow);
  if (known === undefined)
    known = knownHeaders.add(grid, r, lastRow, findHeader(grid, r, roles, lastRow) ?? null);
  return known ? { ...known, firstRow: r, lastRow } : undefined;
}

/**
 * The headers read last, each with the cells of its rows: a block's header is known by comparing its cells with
 * theirs (equal texts compare natively), with no key to build for every block. Most books repeat one or two.
 */
class KnownHeaders {
  private known: { rows: readonly (readonly unknown[])[]; header: TableHeader | null }[] = [];

  constructor(private readonly size: number) {}

  /** The header read from rows equal to rows r to lastRow (null when they held none), or undefined. */
  find(grid: Grid, r: number, lastRow: number): TableHeader | null | undefined {
    for (const { rows, header } of this.known)
      if (rows.length === lastRow - r + 1 && rows.every((row, i) => sameCells(row, grid[r + i])))
        return header;
    return undefined;
  }

  add(grid: Grid, r: number, lastRow: number, header: TableHeader | null): TableHeader | null {
    if (this.known.length >= this.size) this.known.pop();
    this.known.unshift({ rows: grid.slice(r, lastRow + 1).map((row) => row.slice()), header });
    return header;
  }
}

function sameCells(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

const knownHeaders = new KnownHeaders(16);

/** The roles a header's first row names, each at the first column naming it. */
function rolesOf(row: readonly unknown[]): Map<Role, number> {
  const roles = new Map<Role, number>();
  for (let c = 0; c < row.length; c++)
    for (const role of headerCell(row[c]).roles) if (!roles.has(role)) roles.set(role, c);
  return roles;
}

/** A flat table names each row's work plan or strategy in a column of its own. */
const isFlat = (roles: ReadonlyMap<Role, number>) => roles.has("workPlan") || roles.has("strategy");

/** The last row of a header starting at row r: up to two rows under it that still belong to it. */
function headerEnd(grid: Grid, r: number, orderCol: number | undefined): number {
  let lastRow = r;
  while (lastRow < Math.min(grid.length, r + 3) - 1 && isHeaderRow(grid[lastRow + 1], orderCol))
    lastRow++;
  return lastRow;
}

function findHeader(
  grid: Grid,
  r: number,
  roles: ReadonlyMap<Role, number>,
  lastRow: number
): TableHeader | undefined {
  const name = roles.get("name")!;
  const budgetLabels: number[] = [];
  const enactedLabels: number[] = [];
  const years: { year: number; col: number; offset: number; cell: HeaderCell }[] = [];
  for (let h = r; h <= lastRow; h++) {
    grid[h].forEach((value, c) => {
      const cell = headerCell(value);
      if (cell.enacted) enactedLabels.push(c);
      else if (cell.budget) budgetLabels.push(c);
      if (cell.year !== undefined) years.push({ year: cell.year, col: c, offset: h - r, cell });
    });
  }
  if (years.length === 0) return undefined;

  const budget = new Map<number, number>();
  const enacted = new Map<number, number>();
  const yearNotes: YearColumnNote[] = [];
  for (const { year, col, offset, cell } of years) {
    const group =
      nearestLabelLeft(col, budgetLabels) >= nearestLabelLeft(col, enactedLabels)
        ? budget
        : enacted;
    const first = group.get(year);
    if (first === undefined) group.set(year, col);
    else if (group === budget && first !== col)
      yearNotes.push({ kind: "repeated", offset, col, year, typed: cell.text });
    if (cell.commonEra && first === undefined)
      yearNotes.push({ kind: "common-era", offset, col, year, typed: cell.text });
  }
  yearNotes.push(...blankYearColumns(budget, years, [...enacted.values(), ...roles.values()]));
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
    yearNotes,
  };
}

/** Columns between the budget's year columns that have no year: their cells belong to no year. */
function blankYearColumns(
  budget: ReadonlyMap<number, number>,
  years: readonly { col: number; offset: number }[],
  otherColumns: readonly number[]
): YearColumnNote[] {
  const cols = [...budget.values()];
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const offset = years.find((y) => y.col === first)?.offset ?? 0;
  const notes: YearColumnNote[] = [];
  for (let col = first + 1; col < last; col++) {
    if (years.some((y) => y.col === col) || otherColumns.includes(col)) continue;
    notes.push({ kind: "blank", offset, col });
  }
  return notes;
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
