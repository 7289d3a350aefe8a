import { readHeader } from "../header";
import {
  linkageLine,
  normaliseLine,
  roundMarker,
  strategyLine,
  tacticLine,
  workPlanLine,
} from "../lines";
import { planError } from "../messages";
import type { BookSnapshot, CellValue, Grid, Plan, Project, SheetValues } from "../model";
import { plainProject } from "../select";
import { toThaiDigits } from "../thaiNumerals";
import { STANDARD_WORK_PLANS } from "../workPlans";
import type { CellEdit, NewSheet } from "./revision";
import { roundLabel, type Round } from "./rounds";

/** Rows a new block takes under the header: the round's marker, the project and its รวม. */
const BLOCK_ROWS = 3;
const SHEET_NAME_LIMIT = 31;

export interface NewPlace {
  sheet: NewSheet;
  /** The book as it will read once the copy is made: the new sheet's kept rows, heading lines rewritten. */
  book: BookSnapshot;
  /** Where projects go on the new sheet: the template's columns, the new work plan. */
  home: Project;
  /** The rewritten heading cells of the copy (the work-plan line, a title-block round line). */
  edits: CellEdit[];
}

function firstText(row: readonly CellValue[]): { col: number; text: string } | undefined {
  let found: { col: number; text: string } | undefined;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (value === null || value === undefined || value === "") continue;
    if (found) return undefined;
    found = { col: c, text: String(value) };
  }
  return found;
}

/** The digits of a number written in the style of the digits it replaces (Thai or Arabic). */
function digitsLike(n: number, typed: string): string {
  return /[๐-๙]/.test(typed) ? toThaiDigits(String(n)) : String(n);
}

/** The template's work-plan line with another work plan's name and number, its indent and brackets kept. */
function rewriteWorkPlanLine(typed: string, workPlan: string, number: number): string {
  const line = workPlanLine(normaliseLine(typed))!;
  const at = typed.indexOf(line.name);
  const prefix = at >= 0 ? typed.slice(0, at) : (/^[\s\u00a0]*/.exec(typed)?.[0] ?? "");
  // "(1) ", "1. " or "2.1.1 ": the work plan's own number is the last.
  return prefix.replace(/[0-9๐-๙]+(?=[^0-9๐-๙]*$)/, (d) => digitsLike(number, d)) + workPlan;
}

/**
 * Named as the book names its sheets: the copied sheet's name with the tactic's number and the work plan's word
 * swapped ("ยุทธ1.1 สาธา" → "ยุทธ1.1 เคหะ", a full word for a full word), else Excel's "(2)".
 */
export function newSheetName(
  template: string,
  from: { tactic: string; workPlan: string },
  to: { tactic: string; workPlan: string },
  taken: string[]
): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const words = (w: string) => {
    const standard = STANDARD_WORK_PLANS.find((s) => s.name === w);
    return { full: w.replace(/^แผนงาน/, ""), short: standard?.short ?? w.replace(/^แผนงาน/, "") };
  };
  const [old, fresh] = [words(from.workPlan), words(to.workPlan)];
  let swapped = false;
  // A continuation sheet's "(2)" is not part of the book's name for the work plan.
  let name = template.replace(/\s*\(\d+\)$/, "").replace(/[^\s]+/g, (token) => {
    const word = token.replace(/^ผง\.?/, "");
    if (swapped || word.length < 2 || !old.full.includes(word)) return token;
    swapped = true;
    return (
      token.slice(0, token.length - word.length) + (word === old.full ? fresh.full : fresh.short)
    );
  });
  if (from.tactic !== to.tactic) {
    for (const digits of [from.tactic, toThaiDigits(from.tactic)]) {
      name = name.replace(digits, /[๐-๙]/.test(digits) ? toThaiDigits(to.tactic) : to.tactic);
    }
  }
  name = name.replace(/[:\\/?*[\]]/g, " ").slice(0, SHEET_NAME_LIMIT);
  if (swapped && !used.has(name.toLowerCase())) return name;
  const base = name.replace(/\s*\(\d+\)$/, "");
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, SHEET_NAME_LIMIT - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** The grid row where the table holding row r starts its header. */
function headerAbove(grid: Grid, r: number): number {
  let row = r;
  while (row > 0 && !readHeader(grid, row)) row--;
  return row;
}

/** The rows of a block's heading lines as typed (bullets, indents, digits kept), found above its table's header. */
function typedHeading(
  sheet: SheetValues,
  project: Project
): { r: number; col: number; text: string }[] {
  const grid = sheet.values;
  const headerRow = headerAbove(grid, project.row - (sheet.top ?? 0));
  const wanted = new Set(project.headingLines);
  const found: { r: number; col: number; text: string }[] = [];
  for (let r = headerRow - 1; r >= 0 && found.length < project.headingLines.length; r--) {
    const line = firstText(grid[r]);
    if (line && wanted.has(normaliseLine(line.text))) found.unshift({ r, ...line });
    // The block ends at the first other row above it (a blank row aside); a marker under it is passed over.
    else if (found.length > 0 && grid[r].some((v) => v !== null && v !== undefined && v !== ""))
      break;
  }
  return found;
}

/** A line that only runs on the one above it (a linkage line wrapped onto a second row). */
function runsOn(text: string): boolean {
  const line = normaliseLine(text);
  return !(strategyLine(line) || tacticLine(line) || workPlanLine(line) || linkageLine(line));
}

/** Fits lines into a block of rows: lines that run on join the one above them, then blank rows pad the top. */
function fitLines(lines: { col: number; text: string }[], rows: number) {
  const fitted = [...lines];
  for (let i = fitted.length - 1; i > 0 && fitted.length > rows; i--) {
    if (!runsOn(fitted[i].text)) continue;
    fitted[i - 1] = {
      ...fitted[i - 1],
      text: `${fitted[i - 1].text}\n${normaliseLine(fitted[i].text)}`,
    };
    fitted.splice(i, 1);
  }
  if (fitted.length > rows) return undefined;
  return [...Array<undefined>(rows - fitted.length).fill(undefined), ...fitted];
}

/**
 * Where a project of a tactic and work plan goes when no sheet holds that pair: a new sheet copied from the first
 * sheet that opens with the same tactic (else from the tactic's own sheet, its heading block written over the first
 * one's), the work-plan line rewritten. Refused, with the reason, when the plan does not know the tactic.
 */
export function newPlace(
  book: BookSnapshot,
  plan: Plan,
  tactic: string,
  workPlan: string,
  round: Round
): NewPlace {
  const ofTactic = plan.projects.filter((p) => p.form === "ผ.02" && p.tactic === tactic);
  const first = ofTactic[0];
  if (!first) {
    throw planError(
      `ไม่พบกลยุทธ์ ${tactic} ในแผน: ไม่มีชีตให้ใช้เป็นแบบของชีตใหม่`,
      `Tactic ${tactic} is not in the plan; no sheet can serve as the model for a new one`
    );
  }
  const opening = (sheet: string) =>
    plan.projects.find((p) => p.sheet === sheet && p.form === "ผ.02")!;
  const tacticSheets = [...new Set(ofTactic.map((p) => p.sheet))];
  const templateName = tacticSheets.find((s) => opening(s).tactic === tactic) ?? first.sheet;
  const source = book.sheets.find((s) => s.sheet === templateName)!;
  const model = opening(templateName);
  const top = source.top ?? 0;
  const left = source.left ?? 0;
  const grid = source.values;
  const block = typedHeading(source, model);
  const lines = typedHeading(
    book.sheets.find((s) => s.sheet === first.sheet)!,
    first
  );
  const work = lines.findIndex((l) => workPlanLine(normaliseLine(l.text)));
  const headerRow = headerAbove(grid, model.row - top);
  const lastHeaderRow = readHeader(grid, headerRow)?.lastRow ?? -1;
  const firstRow = block[0]?.r ?? -1;
  const fitted = firstRow >= 0 && work >= 0 ? fitLines(lines, headerRow - firstRow) : undefined;
  if (lastHeaderRow < 0 || !fitted) {
    throw planError(
      `ชีต ${templateName} ไม่มีบรรทัดหัวเรื่องของกลยุทธ์ ${tactic} ที่ใช้เป็นแบบของชีตใหม่ได้: เพิ่มชีตของแผนงานนี้เองก่อน`,
      `Sheet ${templateName} has no heading block for tactic ${tactic} to copy; add the work plan's sheet by hand first`
    );
  }

  const number = Math.max(0, ...ofTactic.map((p) => Number(p.workPlanNumber) || 0)) + 1;
  const name = newSheetName(
    templateName,
    model,
    { tactic, workPlan },
    book.sheets.map((s) => s.sheet)
  );
  const kept = grid.slice(0, lastHeaderRow + 1).map((row) => [...row]);
  const edits: CellEdit[] = [];
  const write = (r: number, col: number, after: string) => {
    if ((kept[r][col] ?? "") === after) return;
    edits.push({
      cell: { sheet: name, row: top + r, col: left + col },
      before: kept[r][col],
      after,
      role: "text",
    });
    kept[r][col] = after;
  };
  fitted.forEach((line, i) => {
    const r = firstRow + i;
    const typed = firstText(grid[r]);
    if (typed && typed.col !== line?.col) write(r, typed.col, "");
    if (!line) return;
    const text = workPlanLine(normaliseLine(line.text))
      ? rewriteWorkPlanLine(line.text, workPlan, number)
      : line.text;
    write(r, line.col, text);
  });
  // A round line in the title block gives the whole sheet its round: the copy's is this round.
  for (let r = 0; r < firstRow; r++) {
    const line = firstText(grid[r]);
    if (line && roundMarker(normaliseLine(line.text)))
      write(r, line.col, roundLabel(round, /[๐-๙]/.test(line.text)));
  }

  const headingLines = kept
    .slice(firstRow, headerRow)
    .flatMap((row) => row.filter((v) => v !== null && v !== undefined && v !== ""))
    .map((v) => normaliseLine(String(v)));
  const values: SheetValues = { sheet: name, values: kept, top, left };
  return {
    sheet: {
      name,
      template: templateName,
      keepRows: top + lastHeaderRow + 1,
      blockRows: BLOCK_ROWS,
      modelRow: model.row,
      after: book.sheets.filter((s) => tacticSheets.includes(s.sheet)).at(-1)!.sheet,
      noteCells: plan.projects
        .filter((p) => p.sheet === templateName && p.row > top + lastHeaderRow)
        .map((p) => ({ row: p.nameCell.row, col: p.nameCell.col })),
    },
    book: { sheets: [...book.sheets, values] },
    home: plainProject(first, {
      sheet: name,
      workPlan,
      workPlanNumber: String(number),
      headingLines,
      budgetColumns: model.budgetColumns,
      textColumns: model.textColumns,
      nameCell: { ...model.nameCell, sheet: name },
    }),
    edits,
  };
}
