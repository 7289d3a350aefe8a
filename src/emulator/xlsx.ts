import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../common/cellValue";
import { FormulaEngine } from "./formulas";
import { readDrawings, sheetParts, writeDrawings } from "./xlsxDrawings";
import { PAPER, writePackage, type LoadedPackage } from "./xlsxPackage";
import { readWorkbook } from "./xlsxRead";
import {
  MemoryWorkbook,
  type BorderSide,
  type BorderStyle,
  type Cell,
  type MemorySheet,
  type Visibility,
} from "./model";

/**
 * Opens .xlsx (and .xlsm) files with ExcelJS into the emulator's workbook: values, formulas, merged cells, fonts,
 * alignment, borders, column widths, row heights, number formats, notes, sheet visibility, protection, page setup,
 * defined names and text boxes (xlsxDrawings). A workbook read from a file is saved back into that file's package
 * (xlsxPackage), keeping all the model does not hold; one made in memory is written by ExcelJS.
 */

/** The package each workbook was read from, and its sheets as read. */
const packages = new WeakMap<MemoryWorkbook, LoadedPackage>();

/** Office.js measures columns in points, .xlsx in characters of the default font (7 px each, 5 px padding). */
const pointsFromCharacters = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
const charactersFromPoints = (points: number) => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

const VISIBILITY: Record<string, Visibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};
const STATE: Record<Visibility, "visible" | "hidden" | "veryHidden"> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};
const BORDER_FROM_XLSX: Record<string, BorderStyle> = {
  thin: "Continuous",
  medium: "Continuous",
  thick: "Continuous",
  hair: "Continuous",
  dashed: "Dash",
  dotted: "Dot",
  double: "Double",
};
const BORDER_TO_XLSX: Record<BorderStyle, ExcelJS.BorderStyle | undefined> = {
  Continuous: "thin",
  Dash: "dashed",
  Dot: "dotted",
  Double: "double",
  None: undefined,
};
const HORIZONTAL_FROM: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
  fill: "Fill",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const VERTICAL_FROM: Record<string, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};
const invert = (map: Record<string, string>) =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
const HORIZONTAL_TO = invert(HORIZONTAL_FROM);
const VERTICAL_TO = invert(VERTICAL_FROM);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("text" in value && "hyperlink" in value) return String(value.text);
  if ("error" in value) return value.error;
  if ("result" in value) return plainValue(value.result as ExcelJS.CellValue);
  return null;
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (!note) return undefined;
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

function readCell(source: ExcelJS.Cell): Cell {
  const cell: Cell = { value: plainValue(source.value) };
  if (source.formula) cell.formula = `=${source.formula}`;
  if (source.numFmt && source.numFmt !== "General") cell.numberFormat = source.numFmt;
  const font = source.font;
  if (font && Object.keys(font).length > 0) {
    cell.font = {};
    if (font.name) cell.font.name = font.name;
    if (font.size) cell.font.size = font.size;
    if (font.bold) cell.font.bold = true;
    if (font.italic) cell.font.italic = true;
    if (font.color?.argb) cell.font.color = `#${font.color.argb.slice(-6)}`;
  }
  const alignment = source.alignment;
  if (alignment?.wrapText) cell.wrapText = true;
  if (alignment?.horizontal) cell.horizontalAlignment = HORIZONTAL_FROM[alignment.horizontal];
  if (alignment?.vertical) cell.verticalAlignment = VERTICAL_FROM[alignment.vertical];
  const border = source.border;
  if (border) {
    for (const side of ["top", "bottom", "left", "right"] as BorderSide[]) {
      const style = border[side]?.style;
      if (style) (cell.borders ??= {})[side] = BORDER_FROM_XLSX[style] ?? "Continuous";
    }
  }
  const note = noteText(source.note);
  if (note) cell.note = note;
  return cell;
}

/** A sheet part this large (uncompressed) is looked at for cells that hold nothing before ExcelJS reads it. */
const LARGE_SHEET_PART = 1 << 20;

/**
 * The package with its large sheets' cells that hold nothing (a format alone: `<c r="A9" s="3"/>`) left out, and
 * the rows they leave empty. The workbook model keeps neither (a row's height is kept only where the row holds a
 * value), so nothing it holds changes; but a sheet formatted down to row 1,048,576 is then read in the time of its
 * values, not of a million rows. The package is given back untouched when there is nothing to leave out.
 */
async function withoutEmptyCells(
  data: ArrayBuffer | Uint8Array
): Promise<ArrayBuffer | Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const large = Object.values(zip.files).filter(
    (file) =>
      /^xl\/worksheets\/[^/]+\.xml$/.test(file.name) &&
      ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ??
        0) > LARGE_SHEET_PART
  );
  let changed = false;
  for (const file of large) {
    const xml = await file.async("string");
    const lean = xml
      .replace(/<c\b[^>]*\/>|<c\b[^>]*><\/c>/g, "")
      .replace(/<row\b[^>]*(?:\/>|><\/row>)/g, "");
    if (lean.length === xml.length) continue;
    zip.file(file.name, lean);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "STORE" }) : data;
}

export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  // A copy: the caller's buffer may be reused; saving writes into these bytes' package.
  const bytes = new Uint8Array(data instanceof Uint8Array ? data : new Uint8Array(data));
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await readWorkbook(zip);
  await readDrawings(zip, workbook);
  const sheets = (await sheetParts(zip)).flatMap(({ name, part }) => {
    const sheet = workbook.sheet(name);
    return sheet ? [{ sheet, part, base: sheet.copy(sheet.name) }] : [];
  });
  packages.set(workbook, { bytes, sheets, names: workbook.names.map((n) => ({ ...n })) });
  return workbook;
}

export async function readXlsxWithExcelJS(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await withoutEmptyCells(data)) as ArrayBuffer);
  const workbook = new MemoryWorkbook();
  book.eachSheet((source) => {
    const sheet = workbook.addSheet(source.name);
    sheet.visibility = VISIBILITY[source.state] ?? "Visible";
    sheet.protected = Boolean(
      (source as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
    );
    source.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.height) sheet.rowHeights[rowNumber - 1] = row.height;
      if (row.hidden) sheet.hiddenRows[rowNumber - 1] = true;
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.isMerged && cell.master !== cell) return;
        (sheet.rows[rowNumber - 1] ??= [])[colNumber - 1] = readCell(cell);
      });
    });
    source.columns?.forEach((column, i) => {
      if (column.width) sheet.columnWidths[i] = pointsFromCharacters(column.width);
    });
    for (const merge of source.model.merges ?? []) {
      const [from, to] = merge.split(":");
      const a = source.getCell(from);
      const b = source.getCell(to);
      sheet.merges.push({
        row: +a.row - 1,
        col: +a.col - 1,
        rows: +b.row - +a.row + 1,
        cols: +b.col - +a.col + 1,
      });
    }
    const setup = source.pageSetup;
    if (setup.orientation)
      sheet.pageSetup.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
    const paper = Object.entries(PAPER).find(([, n]) => n === setup.paperSize);
    if (paper) sheet.pageSetup.paperSize = paper[0];
    if (setup.printTitlesRow)
      sheet.pageSetup.printTitleRows = `$${setup.printTitlesRow.replace(/\$/g, "").replace(":", ":$")}`;
    if (setup.fitToWidth === 1 && setup.fitToPage) sheet.pageSetup.fitToWidth = true;
    if (setup.printArea) sheet.pageSetup.printArea = setup.printArea.replace(/\$/g, "");
  });
  for (const defined of book.definedNames.model as { name: string; ranges: string[] }[]) {
    if (!defined.name.startsWith("_xlnm") && defined.ranges[0])
      workbook.names.push({ name: defined.name, formula: `=${defined.ranges[0]}` });
  }
  // A copy: the caller's buffer may be reused; saving writes into these bytes' package.
  const bytes = new Uint8Array(data instanceof Uint8Array ? data : new Uint8Array(data));
  const zip = await JSZip.loadAsync(bytes);
  await readDrawings(zip, workbook);
  const sheets = (await sheetParts(zip)).flatMap(({ name, part }) => {
    const sheet = workbook.sheet(name);
    return sheet ? [{ sheet, part, base: sheet.copy(sheet.name) }] : [];
  });
  packages.set(workbook, { bytes, sheets, names: workbook.names.map((n) => ({ ...n })) });
  return workbook;
}

function writeCell(target: ExcelJS.Cell, cell: Cell, computed: CellValue | undefined): void {
  if (cell.formula) {
    target.value = { formula: cell.formula.slice(1), result: (computed ?? undefined) as never };
  } else if (cell.value !== null && cell.value !== undefined && cell.value !== "") {
    target.value = cell.value;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.font) {
    target.font = {
      name: cell.font.name,
      size: cell.font.size,
      bold: cell.font.bold,
      italic: cell.font.italic,
      color: cell.font.color ? { argb: `FF${cell.font.color.slice(1).toUpperCase()}` } : undefined,
    };
  }
  if (cell.wrapText || cell.horizontalAlignment || cell.verticalAlignment) {
    target.alignment = {
      wrapText: cell.wrapText,
      horizontal: cell.horizontalAlignment
        ? (HORIZONTAL_TO[cell.horizontalAlignment] as never)
        : undefined,
      vertical: cell.verticalAlignment ? (VERTICAL_TO[cell.verticalAlignment] as never) : undefined,
    };
  }
  if (cell.borders) {
    target.border = Object.fromEntries(
      Object.entries(cell.borders)
        .filter(([, style]) => BORDER_TO_XLSX[style])
        .map(([side, style]) => [side, { style: BORDER_TO_XLSX[style] }])
    );
  }
  if (cell.note) target.note = cell.note;
}

async function writeSheet(
  book: ExcelJS.Workbook,
  sheet: MemorySheet,
  formulas: FormulaEngine
): Promise<void> {
  const target = book.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
  sheet.columnWidths.forEach((points, i) => {
    if (points !== undefined) target.getColumn(i + 1).width = charactersFromPoints(points);
  });
  sheet.rowHeights.forEach((points, i) => {
    if (points !== undefined) target.getRow(i + 1).height = points;
  });
  sheet.hiddenRows.forEach((hidden, i) => hidden && (target.getRow(i + 1).hidden = true));
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (cell)
        writeCell(
          target.getCell(r + 1, c + 1),
          cell,
          cell.formula ? formulas.value(sheet, r, c) : undefined
        );
    })
  );
  for (const m of sheet.merges) {
    target.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }
  const setup = sheet.pageSetup;
  if (setup.orientation)
    target.pageSetup.orientation = setup.orientation === "Landscape" ? "landscape" : "portrait";
  if (setup.paperSize && PAPER[setup.paperSize])
    target.pageSetup.paperSize = PAPER[setup.paperSize] as never;
  if (setup.printTitleRows)
    target.pageSetup.printTitlesRow = setup.printTitleRows.replace(/\$/g, "");
  if (setup.printArea) target.pageSetup.printArea = setup.printArea;
  if (setup.fitToWidth)
    Object.assign(target.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (sheet.protected) await target.protect("", {});
}

export async function writeXlsx(
  workbook: MemoryWorkbook,
  formulas = new FormulaEngine(workbook)
): Promise<Uint8Array> {
  const loaded = packages.get(workbook);
  if (loaded) return writePackage(loaded, workbook, formulas, charactersFromPoints);
  const book = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) await writeSheet(book, sheet, formulas);
  for (const name of workbook.names)
    book.definedNames.add(name.formula.replace(/^=/, ""), name.name);
  return writeDrawings(new Uint8Array(await book.xlsx.writeBuffer()), workbook);
}
