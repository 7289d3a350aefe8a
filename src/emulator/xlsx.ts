import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../common/cellValue";
import { FormulaEngine } from "./formulas";
import { readDrawings, sheetParts, writeDrawings } from "./xlsxDrawings";
import { PAPER, writePackage, type LoadedPackage } from "./xlsxPackage";
import type { PartCodec } from "./xlsxOpc";
import { readWorkbook } from "./xlsxRead";
import { HORIZONTAL } from "./xlsxStyles";
import {
  MemoryWorkbook,
  type BorderStyle,
  type Cell,
  type MemorySheet,
  type Visibility,
} from "./model";

/**
 * Opens .xlsx (and .xlsm) files into the emulator's workbook from the package's own XML (xlsxRead: values,
 * formulas, merged cells, formats, sizes, notes, visibility, protection, page set-up, defined names; xlsxDrawings:
 * text boxes). A workbook read from a file is saved back into that file's package (xlsxPackage), keeping all the
 * model does not hold; only a workbook made in memory is written by ExcelJS, loaded for that alone.
 */

/** The package each workbook was read from, and its sheets as read. */
const packages = new WeakMap<MemoryWorkbook, LoadedPackage>();

/** Office.js points as .xlsx characters of the default font (pointsFromCharacters, the other way). */
const charactersFromPoints = (points: number) => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

const STATE: Record<Visibility, "visible" | "hidden" | "veryHidden"> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};
const BORDER_TO_XLSX: Record<BorderStyle, ExcelJS.BorderStyle | undefined> = {
  Continuous: "thin",
  Dash: "dashed",
  Dot: "dotted",
  Double: "double",
  None: undefined,
};
/** Office.js vertical alignments as ExcelJS names them (its "middle" is the file's "center"). */
const VERTICAL_TO: Record<string, string> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};
/** `codec`: a faster inflate and deflate of the parts than JSZip's own (the CLI's Node zlib), for reading and saving. */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  codec?: PartCodec
): Promise<MemoryWorkbook> {
  // A copy: the caller's buffer may be reused; saving writes into these bytes' package.
  const bytes = new Uint8Array(data instanceof Uint8Array ? data : new Uint8Array(data));
  const zip = await JSZip.loadAsync(bytes);
  const { workbook, sheetTexts, strings } = await readWorkbook(zip, codec);
  await readDrawings(zip, workbook);
  const sheets = (await sheetParts(zip)).flatMap(({ name, part }) => {
    const sheet = workbook.sheet(name);
    return sheet ? [{ sheet, part, base: sheet.copy(sheet.name) }] : [];
  });
  packages.set(workbook, {
    bytes,
    sheets,
    names: workbook.names.map((n) => ({ ...n })),
    codec,
    sheetTexts,
    strings,
  });
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
        ? (HORIZONTAL[cell.horizontalAlignment] as never)
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
  const { Workbook } = require("exceljs") as typeof ExcelJS;
  const book = new Workbook();
  for (const sheet of workbook.sheets) await writeSheet(book, sheet, formulas);
  for (const name of workbook.names)
    book.definedNames.add(name.formula.replace(/^=/, ""), name.name);
  return writeDrawings(new Uint8Array(await book.xlsx.writeBuffer()), workbook);
}
