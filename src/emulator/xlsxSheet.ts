import { columnLetters } from "../common/a1";
import type { CellValue } from "../common/cellValue";
import type { Cell, MemorySheet, SheetEdit } from "./model";
import { cellRef, shiftFormula, shiftRow, shiftsOf, shiftSqref, type RowShift } from "./xlsxRefs";
import { lookKey, type StyleBook } from "./xlsxStyles";
import { rowAtOrAfter, rowsToWrite } from "./xlsxRowFind";
import { attributeOf, columnOf, element, elements, isSpace, rowOf, tagStart } from "./xlsxScan";
import { attribute, escapeXml, withAttribute } from "./xlsxXml";

/**
 * A worksheet part patched where the emulator's sheet differs from the sheet as it was read, the rest of its XML
 * kept as the file had it: the <c> elements of changed cells rewritten (value, formula and its result, a style
 * reused from the cell or its neighbours, or made), rows inserted or deleted as Excel does (every row and
 * reference below moves), merges rewritten only when they changed. A new sheet is this patch over an empty part.
 */

export interface SheetPatch {
  /** The part's XML as read (or the empty part of a new sheet). */
  xml: string;
  /** The sheet as read from the file; undefined for a new sheet. */
  base?: MemorySheet;
  sheet: MemorySheet;
  edits: SheetEdit[];
  styles: StyleBook;
  computed: (row: number, col: number) => CellValue | undefined;
  /** Office.js points to the file's column width in characters. */
  widthInCharacters: (points: number) => number;
  /** The index of a plain text in the file's shared strings, when it is there. */
  sharedString: (text: string) => number | undefined;
}

interface XmlCell {
  col: number;
  xml: string;
  attrs: string;
  /** The formula group (si) of a shared formula, which cannot be rewritten one cell at a time. */
  shared?: string;
  cleared: boolean;
}
/** A row element of the file: its cells parsed when first asked for (most rows of a large sheet go back as read). */
class XmlRow {
  private parsed?: XmlCell[];
  constructor(
    /** The row in the file and where it is now. */
    readonly from: number,
    readonly to: number,
    readonly attrs: string,
    /** Columns of the row whose formats were cleared. */
    readonly clears: { first: number; last: number }[],
    /** Its place among the file's rows (deleted ones too), and where its element and body are in the sheetData. */
    readonly index: number,
    readonly start: number,
    readonly end: number,
    private readonly sheetData: string,
    private readonly bodyStart: number,
    private readonly bodyEnd: number
  ) {}

  /** The row element of the file between `start` and `end` whose start tag ends at `tagEnd`. */
  static at(
    sheetData: string,
    element: { start: number; tagEnd: number; end: number },
    from: number,
    to: number,
    clears: XmlRow["clears"],
    index: number
  ): XmlRow {
    const { start, tagEnd, end } = element;
    const empty = sheetData.charCodeAt(tagEnd - 1) === 47;
    return new XmlRow(
      from,
      to,
      sheetData.slice(start + 4, empty ? tagEnd - 1 : tagEnd),
      clears,
      index,
      start,
      end,
      sheetData,
      empty ? 0 : tagEnd + 1,
      empty ? 0 : end - "</row>".length
    );
  }

  cells(): XmlCell[] {
    return (this.parsed ??= parseCells(
      this.sheetData.slice(this.bodyStart, this.bodyEnd),
      this.clears
    ));
  }
}

/** The elements of a worksheet in the schema's order, for putting a new one where Excel expects it. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Puts an element in its place in the schema's order (before the first present element that follows it). */
export function insertElement(xml: string, name: string, element: string): string {
  const later = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1);
  let at = xml.lastIndexOf("</worksheet>");
  for (const next of later) {
    const found = xml.search(new RegExp(`<${next}[\\s/>]`));
    if (found >= 0 && found < at) at = found;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Replaces (or removes, for "") a whole top-level element; inserts it in its place when absent. */
export function replaceElement(xml: string, name: string, element: string): string {
  const pattern = new RegExp(`<${name}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${name}>)`);
  if (pattern.test(xml)) return xml.replace(pattern, () => element);
  return element ? insertElement(xml, name, element) : xml;
}

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/**
 * The XML of a cell's value or formula and cached result. A text the shared strings hold already is written as
 * Excel writes it, by its index (so a value put back by undo is the file's own cell again); any other text is
 * written inline, which leaves sharedStrings.xml as the file had it.
 */
function contentXml(
  cell: Cell,
  computed: CellValue | undefined,
  sharedString: SheetPatch["sharedString"]
): { type?: string; body: string } {
  const value = cell.formula ? computed : cell.value;
  let type: string | undefined;
  let v = "";
  if (typeof value === "number") {
    if (Number.isFinite(value)) v = String(value);
    else [type, v] = ["e", "#NUM!"];
  } else if (typeof value === "boolean") [type, v] = ["b", value ? "1" : "0"];
  else if (typeof value === "string" && ERRORS.has(value)) [type, v] = ["e", value];
  else if (typeof value === "string" && value !== "") {
    if (!cell.formula) {
      const shared = sharedString(value);
      if (shared !== undefined) return { type: "s", body: `<v>${shared}</v>` };
      const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
      return { type: "inlineStr", body: `<is><t${space}>${escapeXml(value)}</t></is>` };
    }
    [type, v] = ["str", escapeXml(value)];
  }
  const formula = cell.formula ? `<f>${escapeXml(cell.formula.replace(/^=/, ""))}</f>` : "";
  return { type, body: `${formula}${v !== "" ? `<v>${v}</v>` : ""}` };
}

export function cellXml(
  ref: string,
  cell: Cell,
  computed: CellValue | undefined,
  style: string | undefined,
  sharedString: SheetPatch["sharedString"]
): string {
  const { type, body } = contentXml(cell, computed, sharedString);
  const attrs = `r="${ref}"${style !== undefined && style !== "0" ? ` s="${style}"` : ""}${type ? ` t="${type}"` : ""}`;
  return body ? `<c ${attrs}>${body}</c>` : `<c ${attrs}/>`;
}

const sameValue = (a: CellValue | undefined, b: CellValue | undefined) =>
  a === b ||
  ((a ?? null) === null && (b ?? null) === null) ||
  (typeof a === "number" &&
    typeof b === "number" &&
    Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

/** Whether the cell still holds what the file has: value (or formula and result) and look. */
function unchanged(base: Cell | undefined, now: Cell | undefined, computed: CellValue | undefined) {
  if (!base || !now) return base === now;
  // A cell the sheet never wrote is the one read (the model copies a cell before writing it).
  if (base === now && !now.formula) return true;
  if ((base.formula ?? "") !== (now.formula ?? "")) return false;
  if (!sameValue(base.value, now.formula ? computed : now.value)) return false;
  return lookKey(base) === lookKey(now);
}

function parseCells(body: string, clears: XmlRow["clears"]): XmlCell[] {
  const cells: XmlCell[] = [];
  let col = -1;
  for (const c of elements(body, "c")) {
    const attrs = c.tag.slice(2);
    const ref = attributeOf(c.tag, "r");
    col = ref ? columnOf(ref) : col + 1;
    const shared = /<f\b[^>]*\bt="shared"[^>]*\bsi="(\d+)"/.exec(
      body.slice(c.bodyStart, c.bodyEnd)
    )?.[1];
    cells.push({
      col,
      xml: body.slice(c.start, c.end),
      attrs,
      shared,
      cleared: clears.some((a) => col >= a.first && col <= a.last),
    });
  }
  return cells;
}

/** The clears of a row that has none, one array for all (a sheet has 200,000 rows). */
const NO_CLEARS: XmlRow["clears"] = [];

function parseRows(sheetData: string, edits: SheetEdit[]): XmlRow[] {
  const rows: XmlRow[] = [];
  let previous = -1;
  let index = -1;
  for (const r of elements(sheetData, "row")) {
    index++;
    const from = Number(attributeOf(r.tag, "r") ?? previous + 2) - 1;
    previous = from;
    let to: number | undefined = from;
    let clears = NO_CLEARS;
    for (const edit of edits) {
      if (to === undefined) break;
      if (edit.kind === "shift") to = shiftRow(to, edit);
      else if (to >= edit.area.row && to < edit.area.row + edit.area.rows)
        (clears === NO_CLEARS ? (clears = []) : clears).push({
          first: edit.area.col,
          last: edit.area.col + edit.area.cols - 1,
        });
    }
    if (to === undefined) continue;
    rows.push(XmlRow.at(sheetData, r, from, to, clears, index));
  }
  return rows;
}

/** A row whose cells are the very ones read, none a formula (whose result may have moved): its XML stands. */
function sameCells(
  base: readonly (Cell | undefined)[] | undefined,
  now: readonly (Cell | undefined)[] | undefined
) {
  if (!base || !now) return (base?.length ?? 0) === 0 && (now?.length ?? 0) === 0;
  if (base.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) if (base[i] !== now[i] || now[i]?.formula) return false;
  return true;
}

/** The cell elements of one row as they are now. */
function rowCells(
  patch: SheetPatch,
  row: number,
  original: XmlRow | undefined,
  rewrite: Set<string>,
  styleNear: (row: number, cell: Cell) => string | undefined
): string[] {
  const { base, sheet, computed } = patch;
  const byCol = new Map(original?.cells().map((c) => [c.col, c]));
  const cols = new Set(byCol.keys());
  sheet.rows[row]?.forEach((cell, col) => cell && cols.add(col));
  const moved = original !== undefined && original.from !== row;
  return [...cols]
    .sort((a, b) => a - b)
    .flatMap((col) => {
      const xml = byCol.get(col);
      const now = sheet.cell(row, col);
      const was = original && base?.cell(original.from, col);
      const ref = cellRef(row, col);
      const value = now?.formula ? computed(row, col) : undefined;
      if (
        xml &&
        !xml.cleared &&
        (!xml.shared || !rewrite.has(xml.shared)) &&
        unchanged(was, now, value)
      )
        return [
          moved
            ? xml.xml.replace(
                /^<c\b[^>]*?(?=\/?>)/,
                (open) => `<c${withAttribute(open.slice(2), "r", ref)}`
              )
            : xml.xml,
        ];
      const keptStyle = xml && !xml.cleared ? attribute(xml.attrs, "s") : undefined;
      if (!now) return keptStyle ? [`<c r="${ref}" s="${keptStyle}"/>`] : [];
      const style =
        xml && !xml.cleared && lookKey(was) === lookKey(now) ? keptStyle : styleNear(row, now);
      return [cellXml(ref, now, value, style, patch.sharedString)];
    });
}

function rowAttributes(patch: SheetPatch, row: number, original: XmlRow | undefined): string {
  const { base, sheet } = patch;
  let attrs = withAttribute(original?.attrs ?? "", "r", String(row + 1));
  const spans = attribute(attrs, "spans")?.split(":").map(Number);
  const cells = sheet.rows[row] ?? [];
  const first = cells.findIndex(Boolean);
  if (spans && first >= 0 && (cells.length > spans[1] || first + 1 < spans[0]))
    attrs = withAttribute(attrs, "spans", undefined);
  const height = sheet.rowHeights[row];
  if (!original || height !== base?.rowHeights[original.from]) {
    attrs = withAttribute(attrs, "ht", height === undefined ? undefined : String(height));
    attrs = withAttribute(attrs, "customHeight", height === undefined ? undefined : "1");
  }
  const hidden = Boolean(sheet.hiddenRows[row]);
  if (!original || hidden !== Boolean(base?.hiddenRows[original.from]))
    attrs = withAttribute(attrs, "hidden", hidden ? "1" : undefined);
  return attrs.startsWith(" ") ? attrs : ` ${attrs}`;
}

/** A row that goes back as the file had it. */
const SAME = Symbol("same");

/** A row's element as it is now; SAME when the file's own stands, undefined when it is no row at all now. */
function rowXml(
  patch: SheetPatch,
  row: number,
  original: XmlRow | undefined,
  rewrite: Set<string>,
  styleNear: (row: number, cell: Cell) => string | undefined
): string | typeof SAME | undefined {
  const cells = rowCells(patch, row, original, rewrite, styleNear);
  const attrs = rowAttributes(patch, row, original);
  if (
    original?.from === row &&
    attrs === original.attrs &&
    cells.join("") ===
      original
        .cells()
        .map((c) => c.xml)
        .join("")
  )
    return SAME;
  if (!original && cells.length === 0 && !/\s(ht|hidden)=/.test(attrs)) return undefined;
  return cells.length ? `<row${attrs}>${cells.join("")}</row>` : `<row${attrs}/>`;
}

/**
 * The look of written cells: that of the nearest cell of the sheet with the same look, else a made one. The sheet's
 * looks are gathered when a written cell first needs one, each style's look worked out once (a cell read from the
 * file has the look of its style).
 */
function styleFinder(patch: SheetPatch, rows: () => XmlRow[]) {
  let known: Map<string, { row: number; style: string }[]> | undefined;
  const gather = () => {
    const found = new Map<string, { row: number; style: string }[]>();
    const keyOf = new Map<string, string>();
    for (const row of rows()) {
      for (const c of row.cells()) {
        const style = attribute(c.attrs, "s");
        const cell = patch.base?.cell(row.from, c.col);
        if (style === undefined || !cell || c.cleared) continue;
        let key = keyOf.get(style);
        if (key === undefined) keyOf.set(style, (key = lookKey(cell)));
        if (!found.has(key)) found.set(key, []);
        found.get(key)!.push({ row: row.to, style });
      }
    }
    return found;
  };
  return (row: number, cell: Cell): string | undefined => {
    const key = lookKey(cell);
    const candidates = (known ??= gather()).get(key);
    if (candidates?.length) {
      let best = candidates[0];
      for (const c of candidates) if (Math.abs(c.row - row) < Math.abs(best.row - row)) best = c;
      return best.style;
    }
    return key === "{}" ? undefined : String(patch.styles.indexFor(cell));
  };
}

/** The <sheetData> as it is now, in pieces (runs of the file's rows, rows written anew), and the rows written anew. */
interface SheetDataXml {
  pieces: string[];
  written: string[];
  /** Every row as the file had it: the element is the file's own. */
  kept: boolean;
}

function sheetDataXml(patch: SheetPatch, sheetData: string, rows: XmlRow[]): SheetDataXml {
  const { sheet } = patch;
  // By where each is now: an array indexed by row, not a map and a sorted set (a million rows when formatted whole).
  const byRow: XmlRow[] = [];
  for (const row of rows) byRow[row.to] = row;
  const rowCount = Math.max(
    byRow.length,
    sheet.rows.length,
    sheet.rowHeights.length,
    sheet.hiddenRows.length
  );
  /** A row the file or the sheet has (cells, a height, hidden). */
  const inSheet = (r: number) =>
    byRow[r] !== undefined ||
    sheet.rows[r]?.some(Boolean) ||
    sheet.rowHeights[r] !== undefined ||
    Boolean(sheet.hiddenRows[r]);
  // A shared formula is written whole again when one of its cells changes.
  const rewrite = new Set<string>();
  const styleNear = styleFinder(patch, () => rows);
  let written: string[] = [];
  let kept = 0;
  /** The file's rows not kept as they were (written anew or left out). */
  let notKept: XmlRow[] = [];
  // Rows kept as the file had them go as one slice of its text while they follow one another there.
  const build = () => {
    written = [];
    kept = 0;
    notKept = [];
    const pieces: string[] = [];
    let run: { first: XmlRow; last: XmlRow } | undefined;
    const flush = () => {
      if (run) pieces.push(sheetData.slice(run.first.start, run.last.end));
      run = undefined;
    };
    const keep = (original: XmlRow) => {
      kept++;
      if (run && original.index === run.last.index + 1) run.last = original;
      else {
        flush();
        run = { first: original, last: original };
      }
    };
    for (let r = 0; r < rowCount; r++) {
      if (!inSheet(r)) continue;
      const original = byRow[r];
      if (
        original?.from === r &&
        original.clears.length === 0 &&
        sameCells(patch.base?.rows[r], sheet.rows[r]) &&
        sheet.rowHeights[r] === patch.base?.rowHeights[r] &&
        Boolean(sheet.hiddenRows[r]) === Boolean(patch.base?.hiddenRows[r])
      ) {
        keep(original);
        continue;
      }
      const row = rowXml(patch, r, original, rewrite, styleNear);
      if (row === SAME) {
        keep(original!);
        continue;
      }
      if (original) notKept.push(original);
      if (row === undefined) continue;
      written.push(row);
      flush();
      pieces.push(row);
    }
    flush();
    return pieces;
  };
  let xml = build();
  // Every row as the file had it: the element too (whatever whitespace it held between rows).
  if (written.length === 0 && kept === rows.length)
    return { pieces: [sheetData], written: [], kept: true };
  // A shared formula is written whole again when its master is no longer written: a group of a row not kept as it
  // was (a row deleted moves those below, which hold the rest of its group).
  const groups = new Set(
    notKept.flatMap((r) => r.cells().flatMap((c) => (c.shared ? [c.shared] : [])))
  );
  const broken = [...groups].filter((si) => brokenGroup(xml, si));
  if (broken.length) {
    broken.forEach((si) => rewrite.add(si));
    xml = build();
  }
  return {
    pieces: xml.length ? ["<sheetData>", ...xml, "</sheetData>"] : ["<sheetData/>"],
    written,
    kept: false,
  };
}

/**
 * The <sheetData> as it is now when no rows moved and no formats were cleared: only the rows that may differ are
 * found (rowAtOrAfter) and written, the text between them kept whole, as sheetDataXml would keep it. Undefined
 * where that cannot be done safely (shared formulas, a row without a number): sheetDataXml then reads every row.
 */
export function changedRowsXml(patch: SheetPatch, sheetData: string): SheetDataXml | undefined {
  const { base, sheet, edits } = patch;
  if (!base || edits.length > 0) return undefined;
  const bodyStart = sheetData.indexOf(">") + 1;
  if (sheetData.charCodeAt(bodyStart - 2) === 47) return undefined; // <sheetData/>
  const bodyEnd = sheetData.lastIndexOf("</sheetData>");
  const styleNear = styleFinder(patch, () => parseRows(sheetData, edits));
  const pieces: string[] = [];
  const written: string[] = [];
  let from = bodyStart;
  // Text kept between rows written: whitespace next to a written row goes, as sheetDataXml drops it.
  const keep = (start: number, end: number) => {
    while (start < end && isSpace(sheetData.charCodeAt(start))) start++;
    while (end > start && isSpace(sheetData.charCodeAt(end - 1))) end--;
    if (end > start) pieces.push(sheetData.slice(start, end));
  };
  for (const r of rowsToWrite(base, sheet)) {
    const found = rowAtOrAfter(sheetData, r + 1, from, bodyEnd);
    if (found === null) return undefined;
    const element = found?.number === r + 1 ? found : undefined;
    const original = element && XmlRow.at(sheetData, element, r, r, NO_CLEARS, 0);
    // A shared formula's group may need writing whole again (sheetDataXml sees to it).
    if (original?.cells().some((c) => c.shared)) return undefined;
    const row = rowXml(patch, r, original, new Set(), styleNear);
    if (row === SAME || row === undefined) continue;
    const at = found ? found.start : bodyEnd;
    keep(from, at);
    pieces.push(row);
    written.push(row);
    from = element ? element.end : at;
  }
  if (written.length === 0) return { pieces: [sheetData], written, kept: true };
  keep(from, bodyEnd);
  return { pieces: ["<sheetData>", ...pieces, "</sheetData>"], written, kept: false };
}

/** The <sheetData> as it is now, every row of the file read. */
export const everyRowXml = (patch: SheetPatch, sheetData: string) =>
  sheetDataXml(patch, sheetData, parseRows(sheetData, patch.edits));

/** A shared formula group whose master (the <f> with ref) is no longer written. */
const brokenGroup = (rows: string[], si: string) =>
  !rows.some((row) =>
    new RegExp(
      `<f\\b[^>]*\\bsi="${si}"[^>]*\\bref=|<f\\b[^>]*\\bref="[^"]*"[^>]*\\bsi="${si}"`
    ).test(row)
  );

/** References outside the cells moved by one shift: areas, rule and validation formulas, the active cell. */
function shiftOutsideCells(xml: string, sheetName: string, shift: RowShift): string {
  return xml
    .replace(/<(?!dimension\b)[\w:]+\b[^>]*>/g, (element) =>
      element.replace(
        /(\s(?:sqref|ref|activeCell)=")([^"]*)"/g,
        (_, open, value) => `${open}${shiftSqref(value, shift)}"`
      )
    )
    .replace(
      /(<(formula|formula1|formula2)>)([\s\S]*?)(<\/\2>)/g,
      (_, open, _name, text, close) =>
        `${open}${shiftFormula(text, sheetName, true, shift)}${close}`
    )
    .replace(/<mergeCell ref=""\/>/g, "")
    .replace(/<hyperlink ref=""[^>]*\/>/g, "")
    .replace(/<conditionalFormatting sqref=""[\s\S]*?<\/conditionalFormatting>/g, "")
    .replace(/<dataValidation\b[^>]*sqref=""[\s\S]*?<\/dataValidation>/g, "");
}

/** Lists left empty by deleted rows go; counts follow what is left. */
function tidyLists(xml: string): string {
  for (const [list, item] of [
    ["mergeCells", "mergeCell"],
    ["dataValidations", "dataValidation"],
    ["hyperlinks", "hyperlink"],
  ]) {
    xml = xml.replace(
      new RegExp(`<${list}\\b([^>]*)>([\\s\\S]*?)</${list}>`),
      (all, attrs: string, body: string) => {
        const count = (body.match(new RegExp(`<${item}[\\s/>]`, "g")) ?? []).length;
        if (count === 0) return "";
        return attribute(attrs, "count") === undefined
          ? all
          : `<${list}${withAttribute(attrs, "count", String(count))}>${body}</${list}>`;
      }
    );
  }
  return xml;
}

function mergesXml(xml: string, sheet: MemorySheet): string {
  const now = sheet.merges.map(
    (m) => `${cellRef(m.row, m.col)}:${cellRef(m.row + m.rows - 1, m.col + m.cols - 1)}`
  );
  const inFile = [...xml.matchAll(/<mergeCell ref="([^"]*)"\/>/g)].map((m) => m[1]);
  const same = now.length === inFile.length && now.every((ref) => inFile.includes(ref));
  if (same) return xml;
  const ordered = [
    ...inFile.filter((ref) => now.includes(ref)),
    ...now.filter((ref) => !inFile.includes(ref)),
  ];
  return replaceElement(
    xml,
    "mergeCells",
    ordered.length
      ? `<mergeCells count="${ordered.length}">${ordered.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`
      : ""
  );
}

function colsXml(patch: SheetPatch, xml: string): string {
  const { base, sheet } = patch;
  const widths = sheet.columnWidths;
  const same =
    base &&
    widths.length === base.columnWidths.length &&
    widths.every((w, i) => w === base.columnWidths[i]);
  if (same || (!base && widths.every((w) => w === undefined))) return xml;
  const cols = widths.flatMap((w, i) =>
    w === undefined
      ? []
      : [
          `<col min="${i + 1}" max="${i + 1}" width="${patch.widthInCharacters(w)}" customWidth="1"/>`,
        ]
  );
  return replaceElement(xml, "cols", cols.length ? `<cols>${cols.join("")}</cols>` : "");
}

/** The area of the cells of some rows (cells go in column order in a row): [top, left, bottom, right]. */
function cellsArea(rows: Iterable<string>, area = [Infinity, Infinity, -1, -1]): number[] {
  for (const row of rows) {
    const first = tagStart(row, "c", 0);
    if (first < 0) continue;
    let last = first;
    for (let at = row.lastIndexOf("<c"); at > first; at = row.lastIndexOf("<c", at - 1)) {
      if (tagStart(row, "c", at) === at) {
        last = at;
        break;
      }
    }
    const refOf = (at: number) => attributeOf(row.slice(at, row.indexOf(">", at)), "r") ?? "";
    const [a, b] = [refOf(first), refOf(last)];
    if (!a || !b) continue;
    area = [
      Math.min(area[0], rowOf(a)),
      Math.min(area[1], columnOf(a)),
      Math.max(area[2], rowOf(a)),
      Math.max(area[3], columnOf(b)),
    ];
  }
  return area;
}

function* rowsOf(pieces: string[]): Generator<string> {
  for (const piece of pieces)
    for (const found of elements(piece, "row")) yield piece.slice(found.start, found.end);
}

/**
 * The <dimension> of the cells as written. With no rows moved, the file's own grown by the rows written anew (a
 * sheet formatted down to row 1,048,576 is not read again for it); otherwise worked out from every row.
 */
function dimensionXml(xml: string, sheetData: SheetDataXml, moved: boolean): string {
  const old = /<dimension ref="([A-Z]+\d+)(?::([A-Z]+\d+))?"/.exec(xml);
  const [top, left, bottom, right] =
    old && !moved
      ? cellsArea(sheetData.written, [
          rowOf(old[1]),
          columnOf(old[1]),
          rowOf(old[2] ?? old[1]),
          columnOf(old[2] ?? old[1]),
        ])
      : cellsArea(rowsOf(sheetData.pieces));
  const ref =
    bottom < 0
      ? "A1"
      : top === bottom && left === right
        ? cellRef(top, left)
        : `${cellRef(top, left)}:${columnLetters(right)}${bottom + 1}`;
  return replaceElement(xml, "dimension", `<dimension ref="${ref}"/>`);
}

/** Where <sheetData> goes in a sheet's text outside it (SheetXml.outside). */
const SHEET_DATA = "\u0000sheetData\u0000";

/**
 * A sheet part as written, never joined into one string: its text outside <sheetData> (small: the drawing and the
 * notes edit it) and the <sheetData> in pieces, most of them slices of the text read.
 */
export interface SheetXml {
  outside: string;
  sheetData: string[];
  /** The outside and the <sheetData> as the file had them (before any change to the outside). */
  outsideAsRead: string;
  sheetDataKept: boolean;
}

/** The part's text in the order it is written. */
export function sheetPieces(xml: SheetXml): string[] {
  const at = xml.outside.indexOf(SHEET_DATA);
  return [xml.outside.slice(0, at), ...xml.sheetData, xml.outside.slice(at + SHEET_DATA.length)];
}

export function patchSheet(patch: SheetPatch): SheetXml {
  const { sheet, base } = patch;
  const open = element(patch.xml, "sheetData", 0);
  if (!open || (!open.empty && open.bodyEnd === patch.xml.length))
    throw new Error("worksheet without sheetData");
  const original = patch.xml.slice(open.start, open.end);
  const sheetData = changedRowsXml(patch, original) ?? everyRowXml(patch, original);
  const outsideAsRead = patch.xml.slice(0, open.start) + SHEET_DATA + patch.xml.slice(open.end);
  let rest = outsideAsRead;
  for (const edit of patch.edits)
    if (edit.kind === "shift") rest = shiftOutsideCells(rest, sheet.name, edit);
  rest = tidyLists(mergesXml(rest, sheet));
  rest = colsXml(patch, rest);
  if (!base || base.protected !== sheet.protected)
    rest = replaceElement(
      rest,
      "sheetProtection",
      sheet.protected ? `<sheetProtection sheet="1" objects="1" scenarios="1"/>` : ""
    );
  if (!sheetData.kept) rest = dimensionXml(rest, sheetData, shiftsOf(patch.edits).length > 0);
  return {
    outside: rest,
    sheetData: sheetData.pieces,
    outsideAsRead,
    sheetDataKept: sheetData.kept,
  };
}
