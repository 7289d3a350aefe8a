import { Emulator, MemoryWorkbook } from "../../src/emulator";
import { writeDocumentSheets } from "../../src/excel/documentSheets";
import { readBook } from "../../src/excel/readBook";
import {
  checkBook,
  DOCUMENT_SHEET,
  LOG_SHEET,
  readPlan,
  readSummarySheet,
  summarise,
} from "../../src/plan";
import { PROJECT_NAMES, seedBefore } from "../fixtures/seed";
import { seedRoundDocument } from "../fixtures/seedDocument";
import { sampleEmulator } from "../fixtures/workbooks";

/** The seed's plan on a sheet with hidden and tall rows, a picture, the form label and an amendment mark. */
function bookWithDrawings(): { workbook: MemoryWorkbook; projectRow: number } {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheet("ผ.02");
  const values = seedBefore();
  values.forEach((row, r) =>
    row.forEach((v, c) => v !== null && v !== "" && (sheet.cellForWrite(r, c).value = v))
  );
  const projectRow = values.findIndex((row) => row[1] === PROJECT_NAMES[1]);
  // Rows above the project: two hidden (they take no room), one tall, as staff leave them.
  sheet.hiddenRows[1] = sheet.hiddenRows[2] = true;
  sheet.rowHeights[1] = sheet.rowHeights[2] = 80;
  sheet.rowHeights[projectRow - 1] = 120;
  sheet.shapes.push(
    { name: "ตรา", type: "Image", text: "", area: { row: 0, col: 0, rows: 2, cols: 1 } },
    {
      name: "TextBox 1",
      type: "GeometricShape",
      text: "แบบ ผ.02",
      area: { row: 0, col: 11, rows: 1, cols: 1 },
    },
    {
      name: "TextBox 2",
      type: "GeometricShape",
      text: "แก้ไข ครั้งที่ 1/2567",
      area: { row: projectRow, col: 4, rows: 1, cols: 2 },
    }
  );
  workbook.addSheet("หมายเหตุ").cellForWrite(0, 0).value = "ไม่มีรูป";
  return { workbook, projectRow };
}

describe("reading a book with drawings", () => {
  it("reads text boxes (never a picture's text) onto their rows past hidden and tall rows, in 2 syncs", async () => {
    const { workbook, projectRow } = bookWithDrawings();
    const emulator = new Emulator(workbook);
    const book = await emulator.run((context) => readBook(context));
    expect(emulator.syncs).toHaveLength(2);
    const sheet = book.sheets.find((s) => s.sheet === "ผ.02")!;
    expect(sheet.textBoxes).toEqual([
      { text: "แบบ ผ.02", row: 0, name: "TextBox 1" },
      { text: "แก้ไข ครั้งที่ 1/2567", row: projectRow, name: "TextBox 2" },
    ]);
    expect(book.sheets.find((s) => s.sheet === "หมายเหตุ")!.textBoxes).toBeUndefined();
    const marked = readPlan(book.sheets).projects.find((p) => p.name === PROJECT_NAMES[1])!;
    expect(marked.marks).toEqual(["แก้ไข ครั้งที่ 1/2567"]);
  });
});

describe("reading a book too large for one answer", () => {
  it("reads in chunks when Excel on the web refuses the response (ResponsePayloadSizeLimitExceeded)", async () => {
    const { workbook } = bookWithDrawings();
    const whole = await new Emulator(workbook).run((context) => readBook(context));
    const limited = new Emulator(workbook, { payloadLimit: 4000 });
    const book = await limited.run((context) => readBook(context));
    expect(limited.syncs.map((s) => s.failed).filter(Boolean)[0]).toBe(
      "ResponsePayloadSizeLimitExceeded"
    );
    expect(book).toEqual(whole);
    const accepted = limited.syncs.filter((s) => !s.failed);
    expect(accepted.length).toBeGreaterThan(2);
    for (const s of accepted) expect(s.responseBytes).toBeLessThanOrEqual(4000);
  });
});

describe("the add-in's own sheets", () => {
  it("never reads its working sheets as plan, even shown and holding a plan's rows", async () => {
    const emulator = await sampleEmulator();
    const plain = await emulator.run((context) => readBook(context));
    const details = plain.sheets.find((s) => s.sheet === "ผ.02")!.values;
    // The log and the settings sheet shown by hand, each holding a copy of the details (the worst they could hold).
    for (const name of [LOG_SHEET, DOCUMENT_SHEET]) {
      const sheet = emulator.workbook.addSheet(name);
      details.forEach((row, r) =>
        row.forEach((v, c) => v !== "" && (sheet.cellForWrite(r, c).value = v))
      );
    }
    const book = await emulator.run((context) => readBook(context));
    expect(book.sheets.filter((s) => s.hidden).map((s) => s.sheet)).toEqual([
      LOG_SHEET,
      DOCUMENT_SHEET,
    ]);
    expect(summarise(readPlan(book.sheets))).toEqual(summarise(readPlan(plain.sheets)));
    expect(checkBook(book.sheets)).toEqual(checkBook(plain.sheets));
  });

  it("never reads the print-ready copies of a round's document as plan (its ผ.02 would count twice)", async () => {
    const emulator = await sampleEmulator();
    const plain = await emulator.run((context) => readBook(context));
    const names = await emulator.run(async (context) =>
      writeDocumentSheets(context, await seedRoundDocument())
    );
    const book = await emulator.run((context) => readBook(context));
    expect(book.sheets.filter((s) => s.hidden).map((s) => s.sheet)).toEqual(names);
    expect(summarise(readPlan(book.sheets))).toEqual(summarise(readPlan(plain.sheets)));
  });

  it("never checks or revises a round's print-ready ผ.01, even shown, as the book's own ผ.01", async () => {
    const emulator = await sampleEmulator();
    const plain = await emulator.run((context) => readBook(context));
    await emulator.run(async (context) => {
      const names = await writeDocumentSheets(context, await seedRoundDocument());
      for (const name of names) context.workbook.worksheets.getItem(name).visibility = "Visible";
      await context.sync();
    });
    const book = await emulator.run((context) => readBook(context));
    const printed = book.sheets.find((s) => s.sheet.startsWith("ผ.01 "));
    expect(printed).toBeDefined();
    expect(readSummarySheet(printed!)).toBeUndefined();
    expect(checkBook(book.sheets)).toEqual(checkBook(plain.sheets));
  });
});
