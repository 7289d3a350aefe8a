import JSZip from "jszip";
import { Emulator } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { readPlan } from "../../src/plan";
import { PROJECT_NAMES } from "../fixtures/seed";
import { sampleEmulator, SEED_AMENDMENTS } from "../fixtures/workbooks";

async function drawingXml(data: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
  return (await Promise.all(parts.map((p) => zip.file(p)!.async("string")))).join("");
}

const anchorNamed = (xml: string, name: string) =>
  xml.split("<xdr:twoCellAnchor").find((a) => a.includes(`name="${name}"`))!;

describe("the round's mark over the budget cells", () => {
  it("has no fill and no line, a font that fits the row, and sits under the figures, in the model and in the .xlsx", async () => {
    const emulator = await sampleEmulator();
    const book = await emulator.run((context) => readBook(context));
    const { plan } = await emulator.run((context) =>
      applyAmendment(context, book, SEED_AMENDMENTS[0], { id: "m1", at: new Date(0) })
    );
    const sheet = emulator.workbook.sheet("ผ.02")!;
    const mark = sheet.shapes.find((s) => s.name === plan.mark.name)!;
    expect(mark).toMatchObject({ fill: null, line: null, text: "แก้ไข ครั้งที่ ๒/๒๕๖๖" });
    // The sample's figures are TH Sarabun New 16 pt set at the top of a row of several lines: the mark takes the
    // room under their line (24 pt), across the years it names, in a font of 8 to 14 pt.
    const row = plan.project.row;
    const box = sheet.shapePosition(mark);
    const cells = sheet.position({
      row,
      col: plan.mark.firstCol,
      rows: 1,
      cols: plan.mark.lastCol - plan.mark.firstCol + 1,
    });
    expect(cells.height).toBeGreaterThan(48);
    expect(box.top).toBeGreaterThanOrEqual(cells.top + 24);
    expect(box.top + box.height).toBeCloseTo(cells.top + cells.height, 1);
    expect([box.left, box.width]).toEqual([cells.left, cells.width]);
    expect(mark.fontSize).toBeGreaterThanOrEqual(8);
    expect(mark.fontSize).toBeLessThanOrEqual(14);
    expect(1.25 * mark.fontSize! + 7.2).toBeLessThanOrEqual(box.height);

    const written = await writeXlsx(emulator.workbook);
    const anchor = anchorNamed(await drawingXml(written), plan.mark.name);
    expect(anchor).toContain("<a:noFill/><a:ln><a:noFill/></a:ln>");
    expect(anchor).not.toContain("solidFill");
    expect(anchor).toContain(`sz="${mark.fontSize! * 100}"`);
    // Placed inside the row by offsets, as Excel anchors it.
    expect(anchor).toMatch(
      new RegExp(
        `<xdr:from><xdr:col>${plan.mark.firstCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>[1-9]\\d*</xdr:rowOff>`
      )
    );
    // Read back (by local-plan, the workbench) as written, and still the project's mark.
    const back = await readXlsx(written);
    // (with the key of the drawing anchor it was read from, which saving into the same file keeps)
    expect(back.sheet("ผ.02")!.shapes.find((s) => s.name === plan.mark.name)).toEqual({
      ...mark,
      anchor: expect.any(String),
    });
    const reread = await new Emulator(back).run((context) => readBook(context));
    const project = readPlan(reread.sheets).projects.find((p) => p.name === PROJECT_NAMES[0])!;
    expect(project.marks).toEqual(["แก้ไข ครั้งที่ ๒/๒๕๖๖"]);
  });

  it("is unlike a new text box, which Excel and the emulator fill white and outline", async () => {
    const emulator = await sampleEmulator();
    await emulator.run(async (context) => {
      const box = context.workbook.worksheets.getItem("ผ.02").shapes.addTextBox("หมายเหตุ");
      box.name = "ใหม่";
      box.fill.load("type,foregroundColor");
      box.lineFormat.load("visible,color");
      box.textFrame.textRange.font.load("size");
      await context.sync();
      expect([box.fill.type, box.fill.foregroundColor]).toEqual(["Solid", "#FFFFFF"]);
      expect([box.lineFormat.visible, box.lineFormat.color]).toEqual([true, "#808080"]);
      expect(box.textFrame.textRange.font.size).toBe(11);
    });
    const anchor = anchorNamed(await drawingXml(await writeXlsx(emulator.workbook)), "ใหม่");
    expect(anchor).toContain(
      '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525" cmpd="sng"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln>'
    );
  });
});
