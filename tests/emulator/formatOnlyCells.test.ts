import JSZip from "jszip";
import { Emulator } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { borderedTable } from "../fixtures/borderedTable";

interface Seen {
  top: string | null;
  left: string | null;
  numberFormat: string;
  bold: boolean | null;
}

/** What Office.js gives of one cell's format. */
async function formatOf(emulator: Emulator, address: string, sheet = "ผ.02"): Promise<Seen> {
  return emulator.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    const top = range.format.borders.getItem("EdgeTop").load("style");
    const left = range.format.borders.getItem("EdgeLeft").load("style");
    const font = range.format.font.load("bold");
    range.load("numberFormat");
    await context.sync();
    return {
      top: top.style,
      left: left.style,
      numberFormat: range.numberFormat[0][0],
      bold: font.bold,
    };
  });
}

const BOXED = { top: "Continuous", left: "Continuous", numberFormat: "General", bold: false };
const BOXED_MONEY = { ...BOXED, numberFormat: "#,##0" };
const PLAIN = { top: "None", left: "None", numberFormat: "General", bold: false };

describe("cells that carry only a format", () => {
  it("give the format the file has for them, the row's style (customFormat) or the column's, not being in the model", async () => {
    const workbook = await readXlsx(await borderedTable());
    const sheet = workbook.sheet("ผ.02")!;
    expect(sheet.cell(2, 0)).toBeUndefined();
    const emulator = new Emulator(workbook);
    expect(await formatOf(emulator, "A3")).toEqual(BOXED);
    expect(await formatOf(emulator, "B4")).toEqual(BOXED_MONEY);
    expect(await formatOf(emulator, "C3")).toEqual(PLAIN);
    expect(await formatOf(emulator, "A5")).toEqual(PLAIN);
    expect(await formatOf(emulator, "A6")).toEqual(BOXED);
    expect(await formatOf(emulator, "C6")).toEqual({ ...PLAIN, bold: true });
    expect(await formatOf(emulator, "F9")).toEqual({ ...PLAIN, bold: true });
    // A range of mixed formats reads as null, as Office.js gives it; one of the same format, that format.
    expect((await formatOf(emulator, "A3:A5")).left).toBeNull();
    expect((await formatOf(emulator, "A3:A4")).left).toBe("Continuous");
    // The used range stays the cells holding something: formats alone are not read into it.
    const used = await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("ผ.02").getUsedRange(true).load("address");
      await context.sync();
      return range.address;
    });
    expect(used).toBe("'ผ.02'!A1:D1");
  });

  it("move with their rows and go with a clear of formats", async () => {
    const workbook = await readXlsx(await borderedTable());
    const emulator = new Emulator(workbook);
    await emulator.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("ผ.02");
      sheet.getRange("2:2").insert("Down" as Excel.InsertShiftDirection);
      sheet.getRange("B5").clear("Formats" as Excel.ClearApplyTo);
      await context.sync();
    });
    // Row 2 inserted takes the formats of row 1 (Excel's Insert); rows 2-4 of the file are now 3-5.
    expect(await formatOf(emulator, "A3")).toEqual(BOXED);
    expect(await formatOf(emulator, "B3")).toEqual(BOXED_MONEY);
    expect(await formatOf(emulator, "B5")).toEqual(PLAIN);
    expect(await formatOf(emulator, "A4")).toEqual(BOXED);
    expect(await formatOf(emulator, "A7")).toEqual(BOXED);
    expect(await formatOf(emulator, "C7")).toEqual({ ...PLAIN, bold: true });
    // The inserted row has its column's style (F) as Excel gives it, with no cell made for it.
    expect(await formatOf(emulator, "F2")).toEqual({ ...PLAIN, bold: true });
    expect(workbook.sheet("ผ.02")!.rows[1].length).toBe(4);
    // Saved and read again: the file says the same.
    const again = new Emulator(await readXlsx(await writeXlsx(workbook)));
    for (const address of ["A3", "B3", "B5", "A4", "A7", "C7"])
      expect(await formatOf(again, address)).toEqual(await formatOf(emulator, address));
  });

  it("keep the file's own style in the save when a value is written into one: no new cell format in styles.xml", async () => {
    const bytes = await borderedTable();
    const styleOf = async (data: Uint8Array, ref: string) => {
      const zip = await JSZip.loadAsync(data);
      const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const styles = await zip.file("xl/styles.xml")!.async("string");
      const xfs = /<cellXfs count="(\d+)"/.exec(styles)![1];
      return { style: new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1], xfs };
    };
    const workbook = await readXlsx(bytes);
    await new Emulator(workbook).run(async (context) => {
      context.workbook.worksheets.getItem("ผ.02").getRange("B3").values = [[1200]];
      await context.sync();
    });
    expect(await styleOf(await writeXlsx(workbook), "B3")).toEqual(await styleOf(bytes, "B3"));
  });

  it("are copied with a sheet (renamed or not) and its rows' later shifts are its own", async () => {
    const workbook = await readXlsx(await borderedTable());
    const emulator = new Emulator(workbook);
    await emulator.run(async (context) => {
      const copy = context.workbook.worksheets.getItem("ผ.02").copy();
      copy.name = "ผ.02 (2)";
      copy.getRange("1:1").delete("Up" as Excel.DeleteShiftDirection);
      context.workbook.worksheets.getItem("ผ.02").name = "แผน";
      await context.sync();
    });
    expect(await formatOf(emulator, "A2", "ผ.02 (2)")).toEqual(BOXED);
    expect(await formatOf(emulator, "B3", "ผ.02 (2)")).toEqual(BOXED_MONEY);
    expect(await formatOf(emulator, "A4", "ผ.02 (2)")).toEqual(PLAIN);
    expect(await formatOf(emulator, "A3", "แผน")).toEqual(BOXED);
    expect(await formatOf(emulator, "A4", "แผน")).toEqual(BOXED);
  });

  it("take part in copyFrom formats, as source and as destination", async () => {
    const workbook = await readXlsx(await borderedTable());
    const emulator = new Emulator(workbook);
    await emulator.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("ผ.02");
      sheet.getRange("D3:D4").copyFrom(sheet.getRange("A3:A4"), "Formats" as Excel.RangeCopyType);
      sheet.getRange("A3").copyFrom(sheet.getRange("A5"), "Formats" as Excel.RangeCopyType);
      sheet.getRange("A2").copyFrom(sheet.getRange("A4"), "Formats" as Excel.RangeCopyType);
      await context.sync();
    });
    // The same look from the file over a cell that has it: no cell of its own, nothing cleared.
    expect(workbook.sheet("ผ.02")!.cell(1, 0)).toBeUndefined();
    expect(await formatOf(emulator, "A2")).toEqual(BOXED);
    expect(await formatOf(emulator, "D4")).toEqual(BOXED);
    expect(await formatOf(emulator, "A3")).toEqual(PLAIN);
    const again = new Emulator(await readXlsx(await writeXlsx(workbook)));
    expect(await formatOf(again, "D4")).toEqual(BOXED);
    expect(await formatOf(again, "A3")).toEqual(PLAIN);
    expect(await formatOf(again, "A4")).toEqual(BOXED);
    expect(await formatOf(again, "A2")).toEqual(BOXED);
  });
});
