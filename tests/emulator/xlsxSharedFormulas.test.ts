import JSZip from "jszip";
import { MemoryWorkbook } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";

const part = "xl/worksheets/sheet1.xml";

/** Numbers in A1:A4 and A6, B1:B4 one shared formula (A1*2 filled down, its master in B1), as Excel writes them. */
async function sharedFormulaBook(): Promise<Uint8Array> {
  const workbook = new MemoryWorkbook();
  workbook.addSheet("ผ.02").cellForWrite(0, 0).value = 1;
  const zip = await JSZip.loadAsync(await writeXlsx(workbook));
  const rows = [1, 2, 3, 4].map(
    (r) =>
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}">` +
      `${r === 1 ? '<f t="shared" ref="B1:B4" si="0">A1*2</f>' : '<f t="shared" si="0"/>'}<v>${r * 2}</v></c></row>`
  );
  const xml = (await zip.file(part)!.async("string")).replace(
    /<sheetData>[\s\S]*<\/sheetData>/,
    `<sheetData>${rows.join("")}<row r="6"><c r="A6"><v>6</v></c></row></sheetData>`
  );
  zip.file(part, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function savedSheet(change: (workbook: MemoryWorkbook) => void): Promise<string> {
  const workbook = await readXlsx(await sharedFormulaBook());
  change(workbook);
  return (await JSZip.loadAsync(await writeXlsx(workbook))).file(part)!.async("string");
}

describe("a shared formula saved", () => {
  it("stays shared, every cell as the file had it, when a row outside it changes", async () => {
    const xml = await savedSheet((w) => (w.sheets[0].cellForWrite(5, 0).value = 7));
    expect(xml).toContain('<c r="B1"><f t="shared" ref="B1:B4" si="0">A1*2</f><v>2</v></c>');
    for (const r of [2, 3, 4]) expect(xml).toContain(`<c r="B${r}"><f t="shared" si="0"/>`);
    expect(xml).toContain('<c r="A6"><v>7</v></c>');
  });

  it("stays shared when one of its other cells' rows changes", async () => {
    const xml = await savedSheet((w) => (w.sheets[0].cellForWrite(2, 0).value = 30));
    expect(xml).toContain('<f t="shared" ref="B1:B4" si="0">A1*2</f>');
    expect(xml).toContain('<c r="A3"><v>30</v></c>');
    expect(xml).toContain('<c r="B4"><f t="shared" si="0"/>');
  });

  it("is written cell by cell when its master is overwritten", async () => {
    const xml = await savedSheet((w) =>
      Object.assign(w.sheets[0].cellForWrite(0, 1), { value: 5, formula: undefined })
    );
    expect(xml).not.toContain('t="shared"');
    expect(xml).toContain('<c r="B1"><v>5</v></c>');
    for (const r of [2, 3, 4])
      expect(xml).toContain(`<c r="B${r}"><f>A${r}*2</f><v>${r * 2}</v></c>`);
  });

  it("is written cell by cell, moved, when the row of its master is deleted", async () => {
    let formulas: (string | undefined)[] = [];
    const xml = await savedSheet((w) => {
      w.sheets[0].shiftRows(0, -1);
      formulas = [0, 1, 2].map((r) => w.sheets[0].cell(r, 1)?.formula?.slice(1));
    });
    expect(xml).not.toContain('t="shared"');
    formulas.forEach((formula, r) =>
      expect(xml).toContain(`<c r="B${r + 1}"><f>${formula}</f><v>${(r + 2) * 2}</v></c>`)
    );
    expect(xml).toContain('<row r="5"><c r="A5"><v>6</v></c></row>');
  });
});
