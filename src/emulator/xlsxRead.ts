import type JSZip from "jszip";
import type { CellValue } from "../common/cellValue";
import { MemoryWorkbook, type Cell, type MemorySheet, type Visibility } from "./model";
import { fileLooks } from "./xlsxCellLooks";
import { readLooks, type Look } from "./xlsxLooks";
import { Package, TYPES, type PartCodec } from "./xlsxOpc";
import { PAPER } from "./xlsxPackage";
import { slideFormula } from "./xlsxRefs";
import {
  attributeOf,
  columnOf,
  decodeXml,
  element,
  elements,
  endsName,
  isSpace,
  itemText,
  rowOf,
  type Found,
} from "./xlsxScan";

/**
 * Reads a workbook from its package's own XML into the emulator's model: values, formulas (shared ones given to
 * each of their cells), merged cells, formats (xlsxLooks), column widths, row heights, hidden rows, notes, sheet
 * visibility and protection, page set-up and defined names. Text boxes are read by xlsxDrawings.
 *
 * The used range is the cells that hold something: a cell with a format alone (`<c r="A9" s="3"/>`, a sheet
 * formatted down to row 1,048,576) is not in the model and costs nothing, as a row holding no value keeps no
 * height; its look is found in the sheet's text when asked (xlsxCellLooks, MemorySheet.look). The sheet part is
 * scanned as text (xlsxScan), a shared string or a look made once and shared.
 */

const VISIBILITY: Record<string, Visibility> = { hidden: "Hidden", veryHidden: "VeryHidden" };

/** Office.js measures columns in points, .xlsx in characters of the default font (7 px each, 5 px padding). */
const pointsFromCharacters = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const on = (value: string | undefined) => value === "1" || value === "true";

/**
 * The file's shared strings by index, as Excel shows them, and which of them are rich (runs, phonetics: anything
 * but one <t>), whose index a written cell never takes. Kept for the save, which would otherwise read them again.
 */
export interface SharedStrings {
  texts: string[];
  rich: Set<number>;
}

/** A string item that is one <t> and nothing else (a plain text). */
const PLAIN_ITEM = /^<t(?: xml:space="preserve")?>[^<]*<\/t>$/;

async function sharedStrings(pkg: Package): Promise<SharedStrings> {
  const rel = (await pkg.relationships("xl/workbook.xml")).find(
    (r) => r.type === TYPES.sharedStrings
  );
  const xml = rel ? await pkg.read(Package.target("xl/workbook.xml", rel)) : undefined;
  const strings: SharedStrings = { texts: [], rich: new Set() };
  if (!xml) return strings;
  for (const si of elements(xml, "si")) {
    const item = xml.slice(si.bodyStart, si.bodyEnd);
    if (!PLAIN_ITEM.test(item)) strings.rich.add(strings.texts.length);
    strings.texts.push(itemText(item));
  }
  return strings;
}

/** A cell's value as Office.js gives it: numbers, text, booleans and errors ("#N/A") as Excel shows them. */
function valueOf(type: string | undefined, text: string, strings: string[]): CellValue {
  switch (type) {
    case "s":
      return strings[Number(text)] ?? "";
    case "b":
      return text === "1" || text === "true";
    case "str":
    case "e":
    case "inlineStr":
      return decodeXml(text);
    case "d": {
      const time = Date.parse(text.endsWith("Z") ? text : `${text}Z`);
      return Number.isNaN(time) ? decodeXml(text) : (time - Date.UTC(1899, 11, 30)) / 86400000;
    }
    default:
      return text === "" ? null : Number(text);
  }
}

/** The master cell of each shared formula group (si), for the cells that only name their group. */
type SharedFormulas = Map<string, { formula: string; row: number; col: number }>;

interface SheetContext {
  sheet: MemorySheet;
  strings: string[];
  look: (index: number) => Look | undefined;
  shared: SharedFormulas;
}

/** One <c> (its start tag and body): its value or formula and its look; undefined for a format alone. */
function readCell(tag: string, body: string, row: number, col: number, context: SheetContext) {
  const type = attributeOf(tag, "t");
  const v = element(body, "v", 0);
  const f = element(body, "f", 0);
  const inline = type === "inlineStr" ? element(body, "is", 0) : undefined;
  if (!v && !f && !inline) return undefined;
  const value = inline
    ? itemText(body.slice(inline.bodyStart, inline.bodyEnd))
    : v
      ? valueOf(type, body.slice(v.bodyStart, v.bodyEnd), context.strings)
      : null;
  const cell: Cell = { value };
  if (f) {
    const text = decodeXml(body.slice(f.bodyStart, f.bodyEnd));
    const group = attributeOf(f.tag, "si");
    const shared = attributeOf(f.tag, "t") === "shared" && group !== undefined;
    if (shared && text) context.shared.set(group, { formula: text, row, col });
    const master = shared && !text ? context.shared.get(group) : undefined;
    const formula = master
      ? slideFormula(master.formula, row - master.row, col - master.col)
      : text;
    if (formula) cell.formula = `=${formula}`;
  }
  const style = attributeOf(tag, "s");
  const look = style ? context.look(Number(style)) : undefined;
  return look ? Object.assign(cell, look) : cell;
}

/**
 * A row's or cell's start tag read in place, character by character (2.4 million cells in a 200,000-row book, a
 * million rows in a sheet formatted whole: a slice and a search per attribute cost more than the rest of the read).
 * Sets from r `tagRow` and `tagCol` (-1 where absent), `tagType` and `tagStyle` (-1 without s); false for a tag it
 * does not know how to read (quotes other than ", a name without a value), which is then read from its text.
 */
let tagRow = -1;
let tagCol = -1;
let tagType: string | undefined;
let tagStyle = -1;
function readTag(xml: string, from: number, to: number): boolean {
  tagRow = -1;
  tagCol = -1;
  tagType = undefined;
  tagStyle = -1;
  let at = from;
  while (at < to) {
    if (isSpace(xml.charCodeAt(at))) {
      at++;
      continue;
    }
    let eq = at;
    while (eq < to && xml.charCodeAt(eq) !== 61 /* = */ && xml.charCodeAt(eq) > 32) eq++;
    if (xml.charCodeAt(eq) !== 61 || xml.charCodeAt(eq + 1) !== 34 /* " */) return false;
    const close = xml.indexOf('"', eq + 2);
    if (close < 0 || close >= to) return false;
    const name = eq - at === 1 ? xml.charCodeAt(at) : 0;
    if (name === 114 /* r */) {
      let col = 0;
      let i = eq + 2;
      for (; i < close; i++) {
        const letter = xml.charCodeAt(i);
        if (letter < 65 || letter > 90) break;
        col = col * 26 + letter - 64;
      }
      tagCol = col - 1;
      const row = digitsAt(xml, i, close);
      tagRow = row > 0 ? row - 1 : -1;
    } else if (name === 116 /* t */) tagType = xml.slice(eq + 2, close);
    else if (name === 115 /* s */) {
      tagStyle = digitsAt(xml, eq + 2, close);
      if (tagStyle < 0) return false;
    }
    at = close + 1;
  }
  return true;
}

/** A whole number written in digits between two positions, or -1. */
function digitsAt(xml: string, from: number, to: number): number {
  if (from === to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** A cell `<c …><v>…</v></c>` (nearly every cell of a book): its value, else undefined for readCell to read. */
function plainValue(
  xml: string,
  bodyStart: number,
  close: number,
  strings: string[]
): CellValue | undefined {
  if (!xml.startsWith("<v>", bodyStart) || !xml.startsWith("</v>", close - 4)) return undefined;
  const from = bodyStart + 3;
  const to = close - 4;
  if (xml.indexOf("<", from) < to) return undefined;
  if (tagType === "s") {
    const index = digitsAt(xml, from, to);
    return index < 0 ? undefined : (strings[index] ?? "");
  }
  return tagType === undefined || tagType === "n"
    ? from === to
      ? null
      : Number(xml.slice(from, to))
    : valueOf(tagType, xml.slice(from, to), strings);
}

/**
 * The <sheetData> rows: cells holding something, and the heights and hidden state of the rows that hold them. Read
 * in place in the part's text: a row or a cell is sliced out only when it is more than a plain value.
 */
function readRows(xml: string, data: Found, context: SheetContext): void {
  const { sheet, strings } = context;
  // The next "</c>" (a cell with a body) at or after the row being read: found once for all the rows formatted alone
  // before it, not searched for again from each of them.
  let valueAt = -2;
  let row = -1;
  for (let at = xml.indexOf("<row", data.bodyStart); at >= 0 && at < data.bodyEnd;) {
    const tagEnd = xml.indexOf(">", at);
    if (!endsName(xml.charCodeAt(at + 4))) {
      at = xml.indexOf("<row", at + 4);
      continue;
    }
    const selfClosingRow = xml.charCodeAt(tagEnd - 1) === 47;
    const number = readTag(xml, at + 4, selfClosingRow ? tagEnd - 1 : tagEnd)
      ? tagRow
      : Number(attributeOf(xml.slice(at, tagEnd), "r") ?? 0) - 1;
    row = number >= 0 ? number : row + 1;
    if (selfClosingRow) {
      at = xml.indexOf("<row", tagEnd);
      continue;
    }
    const rowEnd = xml.indexOf("</row>", tagEnd);
    if (valueAt !== -1 && valueAt < tagEnd) valueAt = xml.indexOf("</c>", tagEnd);
    // A row of formats alone (a sheet formatted down to row 1,048,576): on to the row of the next cell with a
    // body when that row is numbered (those between hold formats alone too); none after this one: done.
    if (valueAt < 0) break;
    if (valueAt > rowEnd) {
      const holder = xml.lastIndexOf("<row", valueAt);
      const numbered =
        holder > rowEnd && readTag(xml, holder + 4, xml.indexOf(">", holder)) && tagRow >= 0;
      at = numbered ? holder : xml.indexOf("<row", rowEnd);
      continue;
    }
    let col = -1;
    let cells: (Cell | undefined)[] | undefined;
    for (let c = xml.indexOf("<c", tagEnd); c >= 0 && c < rowEnd; c = xml.indexOf("<c", c + 2)) {
      if (!endsName(xml.charCodeAt(c + 2))) continue;
      const cTagEnd = xml.indexOf(">", c);
      const selfClosing = xml.charCodeAt(cTagEnd - 1) === 47;
      const known = readTag(xml, c + 2, selfClosing ? cTagEnd - 1 : cTagEnd);
      const tag = known ? undefined : xml.slice(c, cTagEnd);
      const ref = tag === undefined ? tagCol : (attributeOf(tag, "r") ?? "");
      col = typeof ref === "number" ? (ref >= 0 ? ref : col + 1) : ref ? columnOf(ref) : col + 1;
      if (selfClosing) continue; // <c r="A9" s="3"/>: a format alone
      const close = xml.indexOf("</c>", cTagEnd);
      const value = tag === undefined ? plainValue(xml, cTagEnd + 1, close, strings) : undefined;
      let cell: Cell | undefined;
      if (value === undefined) {
        cell = readCell(
          tag ?? xml.slice(c, cTagEnd),
          xml.slice(cTagEnd + 1, close),
          row,
          col,
          context
        );
      } else {
        const look = tagStyle >= 0 ? context.look(tagStyle) : undefined;
        cell = look ? Object.assign({ value }, look) : { value };
      }
      if (cell) (cells ??= sheet.rows[row] ?? [])[col] = cell;
    }
    if (cells) {
      sheet.rows[row] = cells;
      const rowTag = xml.slice(at, tagEnd);
      const height = attributeOf(rowTag, "ht");
      if (height) sheet.rowHeights[row] = Number(height);
      if (on(attributeOf(rowTag, "hidden"))) sheet.hiddenRows[row] = true;
    }
    at = xml.indexOf("<row", rowEnd);
  }
}

/** Merged areas; the cells they cover but for the first are not cells of their own. */
function readMerges(xml: string, sheet: MemorySheet): void {
  for (const m of elements(xml, "mergeCell")) {
    const [from, to = from] = (attributeOf(m.tag, "ref") ?? "").split(":");
    const area = {
      row: rowOf(from),
      col: columnOf(from),
      rows: rowOf(to) - rowOf(from) + 1,
      cols: columnOf(to) - columnOf(from) + 1,
    };
    if (!(area.rows > 0 && area.cols > 0)) continue;
    sheet.merges.push(area);
    for (let r = area.row; r < area.row + area.rows; r++) {
      const cells = sheet.rows[r];
      if (!cells) continue;
      const last = Math.min(area.col + area.cols, cells.length);
      for (let c = area.col; c < last; c++) if (r !== area.row || c !== area.col) delete cells[c];
    }
  }
}

function readColumns(xml: string, sheet: MemorySheet): void {
  for (const col of elements(xml, "col")) {
    const width = Number(attributeOf(col.tag, "width"));
    if (!(width > 0)) continue;
    const min = Number(attributeOf(col.tag, "min"));
    const max = Math.min(Number(attributeOf(col.tag, "max") ?? min), 16384);
    for (let i = min; i <= max; i++) sheet.columnWidths[i - 1] = pointsFromCharacters(width);
  }
}

function readPageSetup(xml: string, sheet: MemorySheet): void {
  const setup = element(xml, "pageSetup", 0);
  const attr = (name: string) => setup && attributeOf(setup.tag, name);
  if (setup)
    sheet.pageSetup.orientation = attr("orientation") === "landscape" ? "Landscape" : "Portrait";
  const paper = Object.entries(PAPER).find(([, n]) => String(n) === attr("paperSize"));
  if (paper) sheet.pageSetup.paperSize = paper[0];
  const fit = element(xml, "pageSetUpPr", 0);
  if (fit && on(attributeOf(fit.tag, "fitToPage")) && (attr("fitToWidth") ?? "1") === "1")
    sheet.pageSetup.fitToWidth = true;
  const protection = element(xml, "sheetProtection", 0);
  sheet.protected = Boolean(protection && on(attributeOf(protection.tag, "sheet")));
}

/** Notes: the comments part of the sheet, each on its cell (made when the cell holds nothing else). */
async function readNotes(pkg: Package, part: string, sheet: MemorySheet): Promise<void> {
  const rel = (await pkg.relationships(part)).find((r) => r.type === TYPES.comments);
  const xml = rel && (await pkg.read(Package.target(part, rel)));
  if (!xml) return;
  for (const comment of elements(xml, "comment")) {
    const ref = attributeOf(comment.tag, "ref");
    const text = element(xml, "text", comment.bodyStart, comment.bodyEnd);
    const note = text && itemText(xml.slice(text.bodyStart, text.bodyEnd));
    if (ref && note) sheet.cellForWrite(rowOf(ref), columnOf(ref)).note = note;
  }
}

/** The print titles and print area of each sheet, given as defined names local to it. */
function printSetup(sheet: MemorySheet, name: string, text: string): void {
  if (name === "_xlnm.Print_Titles") {
    const rows = /\$?(\d+):\$?(\d+)/.exec(text.replace(/^.*!/, ""));
    if (rows) sheet.pageSetup.printTitleRows = `$${rows[1]}:$${rows[2]}`;
  } else if (name === "_xlnm.Print_Area") {
    sheet.pageSetup.printArea = text.replace(/^.*!/, "").split(",")[0].replace(/\$/g, "");
  }
}

/** A workbook as read, with the texts the save needs again: each worksheet part's (by its path) and the strings. */
export interface ReadWorkbook {
  workbook: MemoryWorkbook;
  sheetTexts: Map<string, string>;
  strings: SharedStrings;
}

/** The worksheets of the package in tab order (chart sheets and the like are no worksheets), read. */
export async function readWorkbook(zip: JSZip, codec?: PartCodec): Promise<ReadWorkbook> {
  const pkg = await new Package(zip, codec).open();
  const xml = (await pkg.read("xl/workbook.xml")) ?? "";
  const rels = await pkg.relationships("xl/workbook.xml");
  const shared = await sharedStrings(pkg);
  const strings = shared.texts;
  const sheetTexts = new Map<string, string>();
  const look = readLooks(await pkg.read("xl/styles.xml"));
  const workbook = new MemoryWorkbook();
  const tabs: (MemorySheet | undefined)[] = [];
  for (const tab of elements(xml, "sheet")) {
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(tab.tag)?.[1];
    const rel = rels.find((r) => r.id === id);
    const part = rel && Package.target("xl/workbook.xml", rel);
    const text = part && rel.type === TYPES.worksheet ? await pkg.read(part) : undefined;
    if (!part || text === undefined) {
      tabs.push(undefined);
      continue;
    }
    const sheet = workbook.addSheet(decodeXml(attributeOf(tab.tag, "name") ?? ""));
    sheet.visibility = VISIBILITY[attributeOf(tab.tag, "state") ?? ""] ?? "Visible";
    sheetTexts.set(part, text);
    const data = element(text, "sheetData", 0);
    if (data && !data.empty) readRows(text, data, { sheet, strings, look, shared: new Map() });
    // The rest is looked for outside the cells, where the schema puts it: one search each, not through 85 MB.
    const rest = data ? text.slice(0, data.start) + text.slice(data.end) : text;
    readMerges(rest, sheet);
    readColumns(rest, sheet);
    readPageSetup(rest, sheet);
    await readNotes(pkg, part, sheet);
    sheet.fileLooks = fileLooks(text, data, rest, look);
    tabs.push(sheet);
  }
  for (const defined of elements(xml, "definedName")) {
    const name = decodeXml(attributeOf(defined.tag, "name") ?? "");
    const text = decodeXml(xml.slice(defined.bodyStart, defined.bodyEnd));
    const local = attributeOf(defined.tag, "localSheetId");
    const owner = local === undefined ? undefined : tabs[Number(local)];
    if (owner) printSetup(owner, name, text);
    else if (local === undefined && !name.startsWith("_xlnm") && text)
      workbook.names.push({ name, formula: `=${text}` });
  }
  return { workbook, sheetTexts, strings: shared };
}
