import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/emulator";
import type { MemorySheet } from "../../src/emulator/model";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { rowAtOrAfter } from "../../src/emulator/xlsxRowFind";
import { changedRowsXml, everyRowXml, type SheetPatch } from "../../src/emulator/xlsxSheet";
import { StyleBook } from "../../src/emulator/xlsxStyles";

/** A small deterministic random source (mulberry32), so a failing case can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A sheet as a writer may leave it: rows of values with gaps, rows of formats alone (as when formatted whole), a
 * row with a height and a hidden one, whitespace between rows; its part's text, and the sheet read from it.
 */
async function fileSheet(): Promise<{ xml: string; styles: string; sheet: MemorySheet }> {
  const workbook = new MemoryWorkbook();
  const made = workbook.addSheet("ผ.02");
  for (const r of [0, 1, 2, 5, 6, 9, 12])
    for (const c of [0, 1, 3]) made.cellForWrite(r, c).value = r * 10 + c;
  made.cellForWrite(2, 2).value = "ข้อความ";
  Object.assign(made.cellForWrite(1, 2), { value: 11, formula: "=A2+1" });
  made.cellForWrite(5, 4).borders = { top: "Continuous" };
  Object.assign(made.cellForWrite(6, 2), { value: 5, numberFormat: "#,##0" });
  made.rowHeights[9] = 30;
  made.hiddenRows[12] = true;
  const zip = await JSZip.loadAsync(await writeXlsx(workbook));
  const part = "xl/worksheets/sheet1.xml";
  const style = /<c r="E6" s="(\d+)"\/>/.exec(await zip.file(part)!.async("string"))![1];
  const formatted = [15, 16, 17, 20].map((r) => `<row r="${r}"><c r="B${r}" s="${style}"/></row>`);
  const text = (await zip.file(part)!.async("string"))
    .replace(/<\/row><row/g, "</row>\n  <row")
    .replace("</sheetData>", `${formatted.join("\n")}\n</sheetData>`);
  zip.file(part, text);
  const read = await readXlsx(await zip.generateAsync({ type: "uint8array" }));
  return {
    xml: text,
    styles: await zip.file("xl/styles.xml")!.async("string"),
    sheet: read.sheets[0],
  };
}

function patchOf(xml: string, styles: string, base: MemorySheet, sheet: MemorySheet): SheetPatch {
  return {
    xml,
    base,
    sheet,
    edits: sheet.edits,
    styles: new StyleBook(styles),
    // A formula's result as the engine works it out now: moved from the one the file had.
    computed: (row, col) => {
      const cell = sheet.cell(row, col);
      return cell?.formula ? Number(cell.value) + 1 : cell?.value;
    },
    widthInCharacters: (points) => points / 5,
    sharedString: () => undefined,
  };
}

/** Changes of every kind a revision makes without moving rows, at random rows and columns. */
function change(sheet: MemorySheet, next: () => number): void {
  const pick = (n: number) => Math.floor(next() * n);
  for (let i = 1 + pick(4); i > 0; i--) {
    const row = pick(24);
    const col = pick(6);
    switch (pick(7)) {
      case 0:
        sheet.cellForWrite(row, col).value = pick(1000);
        break;
      case 1:
        sheet.cellForWrite(row, col).value = `แก้ ${pick(9)}`;
        break;
      case 2:
        Object.assign(sheet.cellForWrite(row, col), { value: 1, formula: "=A1+1" });
        break;
      case 3:
        if (sheet.rows[row]) delete sheet.rows[row][col];
        break;
      case 4:
        sheet.rowHeights[row] = 20 + pick(10);
        break;
      case 5:
        sheet.hiddenRows[row] = !sheet.hiddenRows[row];
        break;
      default:
        Object.assign(sheet.cellForWrite(row, col), { value: 2, font: { bold: true } });
    }
  }
}

describe("writing only the rows that changed", () => {
  it("writes the <sheetData> every row's reading writes, for changes of every kind at random places", async () => {
    const file = await fileSheet();
    const sheetData = /<sheetData>[\s\S]*<\/sheetData>/.exec(file.xml)![0];
    let changed = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const sheet = file.sheet.copy(file.sheet.name);
      change(sheet, random(seed));
      const sparse = changedRowsXml(patchOf(file.xml, file.styles, file.sheet, sheet), sheetData);
      const full = everyRowXml(patchOf(file.xml, file.styles, file.sheet, sheet), sheetData);
      const [a, b] = [sparse!, full].map((x) => ({
        seed,
        xml: x.pieces.join(""),
        written: x.written,
        kept: x.kept,
      }));
      expect(a).toEqual(b);
      if (full.written.length) changed++;
    }
    expect(changed).toBe(300);
  });

  it("finds a row's element, or where a new row goes, by halving the text", () => {
    const xml = `<sheetData><row r="2"><c r="A2"><v>1</v></c></row>\n<row r="5"/><row r="9" ht="20"></row></sheetData>`;
    const at = (n: number) => rowAtOrAfter(xml, n, 0, xml.length);
    expect([1, 2, 3, 5, 6, 9].map((n) => at(n)?.number)).toEqual([2, 2, 5, 5, 9, 9]);
    expect(at(10)).toBeUndefined();
    expect(xml.slice(at(5)!.start, at(5)!.end)).toBe('<row r="5"/>');
    expect(rowAtOrAfter(`<sheetData><row><c><v>1</v></c></row></sheetData>`, 1, 0, 50)).toBeNull();
  });

  it("leaves the rows to reading every row where halving is not safe: moved rows, cleared formats, shared formulas", async () => {
    const file = await fileSheet();
    const sheetData = /<sheetData>[\s\S]*<\/sheetData>/.exec(file.xml)![0];
    const moved = file.sheet.copy(file.sheet.name);
    moved.shiftRows(3, 1);
    expect(
      changedRowsXml(patchOf(file.xml, file.styles, file.sheet, moved), sheetData)
    ).toBeUndefined();
    const cleared = file.sheet.copy(file.sheet.name);
    cleared.formatsCleared({ row: 0, col: 0, rows: 2, cols: 2 });
    expect(
      changedRowsXml(patchOf(file.xml, file.styles, file.sheet, cleared), sheetData)
    ).toBeUndefined();
    const shared = sheetData.replace("<v>0</v>", '<f t="shared" ref="A1:A2" si="0">B1</f><v>0</v>');
    const written = file.sheet.copy(file.sheet.name);
    written.cellForWrite(0, 1).value = 5;
    expect(
      changedRowsXml(patchOf(file.xml, file.styles, file.sheet, written), shared)
    ).toBeUndefined();
  });
});
