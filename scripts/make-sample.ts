/**
 * `npm run sample`: builds assets/samples/khlong-wan-plan-2566-2570.xlsx, the seed's plan (อบต.คลองวาฬ) as staff
 * keep it before the amendment, from the test fixtures: a ผ.01 sheet with typed Thai-digit figures and a ผ.02
 * sheet laid out as the seed's detail pages, in TH Sarabun New, A4 landscape. It is written through the
 * workbook emulator's Office.js API, the same calls an add-in makes.
 */
import { writeFileSync } from "fs";
import { Emulator } from "../src/emulator";
import { writeXlsx } from "../src/emulator/xlsx";
import { boxBorders, printLandscape, THAI_FONT, wrappedRowHeight } from "../src/excel/cells";
import { columnLetters, readPlan, summarise, summaryTable, type CellValue } from "../src/plan";
import { ORGANISATION, seedBefore, TITLE_BEFORE } from "../tests/fixtures/seed";

export const SAMPLE_FILE = "assets/samples/khlong-wan-plan-2566-2570.xlsx";

type Sheet = Excel.Worksheet;

function put(sheet: Sheet, row: number, values: CellValue[][]): Excel.Range {
  const width = Math.max(...values.map((r) => r.length));
  const rows = values.map((r) => [...r, ...Array(width - r.length).fill(null)].map((v) => v ?? ""));
  const range = sheet.getRange(`A${row + 1}:${columnLetters(width - 1)}${row + values.length}`);
  range.values = rows as never;
  return range;
}

function widths(sheet: Sheet, points: number[]): void {
  points.forEach(
    (w, i) => (sheet.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = w)
  );
}

const DETAIL_WIDTHS = [28, 150, 130, 150, 75, 75, 75, 75, 75, 110, 110, 80];
const SUMMARY_WIDTHS = [260, ...Array(12).fill(52)];

function detailSheet(sheet: Sheet): void {
  const grid = seedBefore();
  const all = put(sheet, 0, grid);
  all.format.font.name = THAI_FONT;
  all.format.font.size = 16;
  all.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
  grid.forEach((row, r) => {
    const line = sheet.getRange(`A${r + 1}:L${r + 1}`);
    const filled = row.filter((v) => v !== null && v !== "").length;
    if (row[0] === "ที่") {
      const header = sheet.getRange(`A${r + 1}:L${r + 2}`);
      header.format.font.bold = true;
      header.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      header.format.wrapText = true;
      header.format.rowHeight = 36;
      boxBorders(header);
      sheet.getRange(`E${r + 1}:I${r + 1}`).merge();
      for (const col of ["A", "B", "C", "D", "J", "K", "L"])
        sheet.getRange(`${col}${r + 1}:${col}${r + 2}`).merge();
    } else if (/^[๑-๙]+$/.test(String(row[0])) || row[0] === "รวม") {
      line.format.wrapText = true;
      line.format.rowHeight = wrappedRowHeight(row, DETAIL_WIDTHS);
      boxBorders(line);
      sheet.getRange(`E${r + 1}:I${r + 1}`).format.horizontalAlignment =
        "Right" as Excel.HorizontalAlignment;
      if (row[0] === "รวม") line.format.font.bold = true;
    } else if (filled === 1 && r < 3) {
      line.merge();
      line.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      line.format.font.bold = true;
    }
  });
  widths(sheet, DETAIL_WIDTHS);
  printLandscape(sheet, "$1:$3");
}

function summarySheet(sheet: Sheet): void {
  const plan = readPlan([{ sheet: "ผ.02", values: seedBefore() }]);
  const table = summaryTable(summarise(plan), { thaiDigits: true });
  const titles = [
    ["บัญชีสรุปโครงการพัฒนา"],
    [TITLE_BEFORE],
    [`ชื่อองค์กรปกครองส่วนท้องถิ่น ${ORGANISATION}`],
    [],
  ];
  put(sheet, 0, titles);
  const body = put(sheet, titles.length, table);
  const all = sheet.getRange(`A1:M${titles.length + table.length}`);
  all.format.font.name = THAI_FONT;
  all.format.font.size = 16;
  for (let r = 0; r < 3; r++) {
    const line = sheet.getRange(`A${r + 1}:M${r + 1}`);
    line.merge();
    line.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
    line.format.font.bold = true;
  }
  const top = titles.length + 1;
  sheet.getRange(`A${top}:A${top + 1}`).merge();
  for (let c = 1; c < 13; c += 2)
    sheet.getRange(`${columnLetters(c)}${top}:${columnLetters(c + 1)}${top}`).merge();
  const header = sheet.getRange(`A${top}:M${top + 1}`);
  header.format.font.bold = true;
  header.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
  header.format.wrapText = true;
  body.format.wrapText = true;
  table.forEach(
    (row, r) =>
      (sheet.getRange(`A${top + r}:M${top + r}`).format.rowHeight = wrappedRowHeight(
        row,
        SUMMARY_WIDTHS
      ))
  );
  sheet.getRange(`B${top + 2}:M${top + table.length - 1}`).format.horizontalAlignment =
    "Right" as Excel.HorizontalAlignment;
  boxBorders(body);
  widths(sheet, SUMMARY_WIDTHS);
  printLandscape(sheet, `$${top}:$${top + 1}`);
}

export async function buildSample(): Promise<Uint8Array> {
  const emulator = new Emulator();
  await emulator.run(async (context) => {
    summarySheet(context.workbook.worksheets.add("ผ.01"));
    detailSheet(context.workbook.worksheets.add("ผ.02"));
    await context.sync();
  });
  return writeXlsx(emulator.workbook, emulator.formulas);
}

if (require.main === module) {
  buildSample().then((data) => {
    writeFileSync(SAMPLE_FILE, data);
    console.log(`wrote ${SAMPLE_FILE}`);
  });
}
