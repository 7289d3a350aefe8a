import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { Emulator } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { undoLastAmendment } from "../../src/excel/undo";
import { buildFeatureBook, FEATURE_BOOK_PARTS as P, NEW_WORK_PLAN } from "../fixtures/featureBook";
import { gridOf, SEED_AMENDMENTS } from "../fixtures/workbooks";

/**
 * Issue 18, item 3: a workbook saved by the command or the workbench keeps everything the revision did not
 * change. The feature book (tests/fixtures/featureBook.ts) carries every kind of part the add-in never touches;
 * it is amended with each kind of revision as `local-plan amend` does, and compared part by part.
 */

jest.setTimeout(60000);
const dir = mkdtempSync(join(tmpdir(), "xlsx-package-"));
let original: Uint8Array;
let input: string;

beforeAll(async () => {
  original = await buildFeatureBook();
  input = join(dir, "plan.xlsm");
  writeFileSync(input, original);
});

async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  return parts;
}

/** Parts of the original that came back with other bytes (or not at all). */
async function changedParts(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const a = await partsOf(before);
  const b = await partsOf(after);
  return [...a].filter(([name, bytes]) => !b.get(name)?.equals(bytes)).map(([name]) => name);
}

const text = async (bytes: Uint8Array, part: string) =>
  (await JSZip.loadAsync(bytes)).file(part)!.async("string");

/** A worksheet's cells by reference, and the rest of its XML with the cells taken out. */
function split(xml: string): { cells: Map<string, string>; rest: string } {
  const cells = new Map<string, string>();
  const rest = xml.replace(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (c, ref: string) => {
    cells.set(ref, c);
    return "";
  });
  return { cells, rest };
}

function changedCells(before: string, after: string): string[] {
  const a = split(before).cells;
  const b = split(after).cells;
  const refs = new Set([...a.keys(), ...b.keys()]);
  return [...refs].filter((ref) => a.get(ref) !== b.get(ref)).sort();
}

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

async function amend(changes: unknown): Promise<Uint8Array> {
  const file = join(dir, `changes-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(changes));
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.xlsm`);
  const result = await run("amend", input, "--changes", file, "--out", out);
  expect([result.code, result.stderr]).toEqual([0, ""]);
  return readFileSync(out);
}

async function summaryOf(bytes: Uint8Array) {
  const file = join(dir, `summary-${Math.random().toString(36).slice(2)}.xlsm`);
  writeFileSync(file, bytes);
  const check = await run("check", file);
  expect(check.code).toBe(0);
  return JSON.parse((await run("summary", file, "--json")).stdout);
}

/** Parts no revision has any business changing. */
const NEVER_CHANGED = [
  "_rels/.rels",
  "docProps/core.xml",
  "xl/theme/theme1.xml",
  "xl/sharedStrings.xml",
  P.logo,
  P.macros,
  P.pivotTable,
  P.pivotCache,
  "xl/pivotTables/_rels/pivotTable1.xml.rels",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/worksheets/_rels/sheet2.xml.rels",
  "xl/worksheets/_rels/sheet3.xml.rels",
];

/** The file's sheets, their drawing and notes as the original has them: values, and every byte of their parts. */
async function expectSheetsAsRead(saved: Uint8Array): Promise<void> {
  const [first, back] = [await readXlsx(original), await readXlsx(saved)];
  for (const name of ["ผ.01", "ผ.02", "ข้อมูล"])
    expect(gridOf(back, name)).toEqual(gridOf(first, name));
  const changed = await changedParts(original, saved);
  const parts = [P.detail, P.summary, P.data, P.drawing, P.comments, P.vml, ...NEVER_CHANGED];
  expect(changed.filter((part) => parts.includes(part))).toEqual([]);
}

const MOVE = {
  round: "2/2566",
  approvedOn: "2023-07-17",
  changes: [
    {
      project: { strategy: "6", workPlan: "แผนงานอุตสาหกรรมและการโยธา", order: 1 },
      move: { from: 2566, to: 2567, amount: 300000 },
      was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 11, order: 1 },
      now: { page: 6, order: 1 },
    },
  ],
};

describe("saving into the file's own package", () => {
  it("gives back every part byte for byte when nothing changed", async () => {
    const saved = await writeXlsx(await readXlsx(original));
    expect(await changedParts(original, saved)).toEqual([]);
    expect([...(await partsOf(saved)).keys()].sort()).toEqual(
      [...(await partsOf(original)).keys()].sort()
    );
  });

  it("แก้ไข (a budget moved): only the cells moved change; pictures, chart, pivot table, macros stay byte for byte", async () => {
    const saved = await amend(MOVE);
    const changed = await changedParts(original, saved);
    expect(changed.filter((p) => NEVER_CHANGED.includes(p))).toEqual([]);
    expect(changed).toContain(P.detail);

    // ผ.02: the project's row and its รวม row, in the budget columns; every other byte of the sheet as it was.
    const [before, after] = [await text(original, P.detail), await text(saved, P.detail)];
    expect(split(after).rest).toBe(split(before).rest);
    expect(changedCells(before, after)).toEqual(["E33", "E34", "F33", "F34"]);
    // The amount moved is a text the file shares already: written by its index, as E33 had it.
    expect(split(after).cells.get("F33")).toBe(
      split(before).cells.get("E33")!.replace('r="E33"', 'r="F33"')
    );
    // ผ.01: the work plan's row and the totals below it.
    const summary = [await text(original, P.summary), await text(saved, P.summary)];
    expect(split(summary[1]).rest).toBe(split(summary[0]).rest);
    expect(changedCells(summary[0], summary[1]).every((ref) => /^[B-M](9|10|11)$/.test(ref))).toBe(
      true
    );

    // The drawing keeps the logo and the chart and gains the round's mark; the note joins the one there was.
    const drawing = await text(saved, P.drawing);
    for (const anchor of (await text(original, P.drawing)).match(
      /<xdr:twoCellAnchor>[\s\S]*?<\/xdr:twoCellAnchor>/g
    )!)
      expect(drawing).toContain(anchor);
    expect(drawing).toMatch(/<a:t>แก้ไข ครั้งที่ ๒\/๒๕๖๖<\/a:t>/);
    const comments = await text(saved, P.comments);
    expect(comments).toContain(
      '<comment ref="L33" authorId="0"><text><r><t>ตรวจแล้ว ๑ ก.ค. ๒๕๖๖</t></r></text></comment>'
    );
    expect(comments).toMatch(/<comment ref="B33" authorId="0">.*แก้ไข ครั้งที่ ๒\/๒๕๖๖/);
    expect((await text(saved, P.vml)).match(/ObjectType="Note"/g)).toHaveLength(2);

    // Still an .xlsm: the macro-enabled workbook type, every content type and relationship the file had.
    const types = await text(saved, "[Content_Types].xml");
    for (const entry of (await text(original, "[Content_Types].xml")).match(
      /<(Default|Override)\b[^>]*\/>/g
    )!)
      expect(types).toContain(entry);
    expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    const rels = await text(saved, "xl/_rels/workbook.xml.rels");
    for (const rel of (await text(original, "xl/_rels/workbook.xml.rels")).match(
      /<Relationship\b[^>]*\/>/g
    )!)
      expect(rels).toContain(rel);

    // Read back: the moved budget, and the data sheet's formula into ผ.02 with its new result.
    const read = await summaryOf(saved);
    expect(read.total.budget).toEqual([1400000, 300000, 0, 0, 0]);
    expect(split(await text(saved, P.data)).cells.get("B2")).toBe(
      `<c r="B2" t="str"><f>'ผ.02'!E34</f><v>๐</v></c>`
    );
  });

  it("เปลี่ยนแปลง (details and budgets changed): the project's cells change, the rest of the sheet stays", async () => {
    const saved = await amend({
      kind: "เปลี่ยนแปลง",
      round: "3/2566",
      approvedOn: "1/8/2566",
      changes: [
        {
          project: { strategy: "6", workPlan: "แผนงานอุตสาหกรรมและการโยธา", order: 1 },
          set: { unit: "กองคลัง" },
          budgets: { 2566: 250000, 2567: 50000 },
          was: { document: "เพิ่มเติม ครั้งที่ 1/2566", page: 11, order: 1 },
        },
      ],
    });
    expect((await changedParts(original, saved)).filter((p) => NEVER_CHANGED.includes(p))).toEqual(
      []
    );
    const [before, after] = [await text(original, P.detail), await text(saved, P.detail)];
    expect(split(after).rest).toBe(split(before).rest);
    expect(changedCells(before, after)).toEqual(["E33", "E34", "F33", "F34", "L33"]);
    expect((await summaryOf(saved)).total.budget).toEqual([1650000, 50000, 0, 0, 0]);
  });

  it("เพิ่มเติม at the end of a work plan: the new rows are written under it, nothing above them changes", async () => {
    const saved = await amend({
      kind: "เพิ่มเติม",
      round: "1/2567",
      changes: [
        {
          tactic: "6.2",
          workPlan: "แผนงานอุตสาหกรรมและการโยธา",
          project: { name: "โครงการจัดทำระบบสารสนเทศ", unit: "สำนักปลัด" },
          budgets: { 2569: 400000 },
        },
      ],
    });
    expect((await changedParts(original, saved)).filter((p) => NEVER_CHANGED.includes(p))).toEqual(
      []
    );
    const [before, after] = [await text(original, P.detail), await text(saved, P.detail)];
    const changed = changedCells(before, after);
    expect(changed.every((ref) => Number(/\d+/.exec(ref)![0]) >= 35)).toBe(true);
    // A text the file does not share is written inline: sharedStrings.xml keeps its bytes.
    expect(after).toContain('t="inlineStr"><is><t>โครงการจัดทำระบบสารสนเทศ</t></is></c>');
    expect((await summaryOf(saved)).total.budget).toEqual([1700000, 0, 0, 400000, 0]);
  });

  it("เพิ่มเติม to a new work plan: a new sheet copied from ผ.02 with its own drawing, and a ผ.01 row inserted that moves everything below it", async () => {
    const saved = await amend(NEW_WORK_PLAN);
    const changed = await changedParts(original, saved);
    expect(changed.filter((p) => NEVER_CHANGED.includes(p))).toEqual([]);
    // ผ.02 itself is not touched: the new project is on the copy.
    expect(changed).not.toContain(P.detail);
    expect(changed).not.toContain(P.drawing);

    // ผ.01: a row inserted at row 10; the rows under it moved whole, their conditional format and name with them.
    const [before, after] = [await text(original, P.summary), await text(saved, P.summary)];
    const row11 = split(before).cells;
    const row12 = split(after).cells;
    for (const col of "ABCDEHIJK")
      expect(row12.get(`${col}12`)).toBe(
        row11.get(`${col}11`)!.replace(`"${col}11"`, `"${col}12"`)
      );
    expect(after).toContain('<conditionalFormatting sqref="B7:M12">');
    expect(after).toContain(
      '<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>'
    );
    const workbook = await text(saved, "xl/workbook.xml");
    expect(workbook).toContain(
      `<definedName name="รวมทั้งหมดห้าปี">&apos;ผ.01&apos;!$B$12:$M$12</definedName>`
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;ผ.01&apos;!$5:$6</definedName>`
    );
    expect(split(await text(saved, P.data)).cells.get("B3")).toMatch(/<f>'ผ.01'!M12<\/f>/);

    // The new sheet: a part of its own, listed in the workbook, with the logo, a copy of the chart and its mark.
    expect(workbook).toMatch(/<sheet name="ผ.02 \(2\)" sheetId="4" r:id="rId\d+"\/>/);
    const parts = await partsOf(saved);
    const copyRels = parts.get("xl/worksheets/_rels/sheet4.xml.rels")!.toString();
    expect(copyRels).toContain("../drawings/drawing2.xml");
    const copyDrawing = parts.get("xl/drawings/drawing2.xml")!.toString();
    expect(copyDrawing).toContain('<a:blip r:embed="rId1"/>');
    expect(copyDrawing).toMatch(/โครงการห้องสมุดประชาชน|เพิ่มเติม ครั้งที่ ๑\/๒๕๖๗/);
    expect(parts.get("xl/drawings/_rels/drawing2.xml.rels")!.toString()).toContain(
      "../charts/chart2.xml"
    );
    expect(parts.get("xl/charts/chart2.xml")!.toString()).toContain(
      "<c:f>'ผ.02 (2)'!$E$33:$I$33</c:f>"
    );
    expect(parts.get(P.chart)).toEqual((await partsOf(original)).get(P.chart));
    expect(await text(saved, "[Content_Types].xml")).toContain(
      'PartName="/xl/worksheets/sheet4.xml"'
    );
    const summary = await summaryOf(saved);
    expect(summary.total.budget).toEqual([1700000, 0, 300000, 0, 0]);
    expect(summary.rows.map((r: { workPlan: string }) => r.workPlan)).toContain("แผนงานการศึกษา");
  });

  it("rows inserted and deleted through Office.js move merges, rules, validations, links, names, print area, drawing, notes, charts and formulas below them, and back", async () => {
    const emulator = new Emulator(await readXlsx(original));
    await emulator.run(async (context) => {
      context.workbook.worksheets
        .getItem("ผ.02")
        .getRange("20:21")
        .insert("Down" as Excel.InsertShiftDirection);
    });
    const inserted = await writeXlsx(emulator.workbook, emulator.formulas);
    const sheet = await text(inserted, P.detail);
    expect(sheet).toContain('<mergeCell ref="E33:I33"/>'); // was E31:I31
    expect(sheet).toContain('<mergeCell ref="A1:L1"/>');
    expect(sheet).toContain('<conditionalFormatting sqref="E15:I36">');
    expect(sheet).toContain(
      '<conditionalFormatting sqref="L35"><cfRule type="expression" dxfId="0" priority="2"><formula>$E$36&gt;E35</formula>'
    );
    expect(sheet).toContain('sqref="L15 L35"><formula1>"กองช่าง,สำนักปลัด,กองคลัง"</formula1>');
    expect(sheet).toContain('<hyperlink ref="B35" location="\'ผ.01\'!A1" display="ผ.01"/>');
    expect(sheet).toContain('<hyperlink ref="A3" r:id="rIdLink"/>');
    expect(sheet).toContain('<selection pane="bottomLeft" activeCell="E35" sqref="E35"/>');
    expect(sheet).toMatch(/<row r="17" hidden="1" /);
    expect(split(sheet).cells.get("E35")).toBe(
      split(await text(original, P.detail))
        .cells.get("E33")!
        .replace("E33", "E35")
    );
    const workbook = await text(inserted, "xl/workbook.xml");
    expect(workbook).toContain("&apos;ผ.02&apos;!$A$1:$L$37</definedName>");
    expect(workbook).toContain(
      `<definedName name="งบแผนงานโยธา">&apos;ผ.02&apos;!$E$35:$I$35</definedName>`
    );
    expect(await text(inserted, P.chart)).toContain("<c:f>'ผ.02'!$E$35:$I$35</c:f>");
    const rows = [...(await text(inserted, P.drawing)).matchAll(/<xdr:row>(\d+)<\/xdr:row>/g)].map(
      (m) => m[1]
    );
    expect(rows).toEqual(["0", "2", "37", "52"]); // the logo stays, the chart moves down
    expect(await text(inserted, P.comments)).toContain('<comment ref="L35" authorId="0">');
    expect(await text(inserted, P.vml)).toContain("<x:Row>34</x:Row>");
    expect(split(await text(inserted, P.data)).cells.get("B2")).toMatch(/<f>'ผ.02'!E36<\/f>/);

    await emulator.run(async (context) => {
      context.workbook.worksheets
        .getItem("ผ.02")
        .getRange("20:21")
        .delete("Up" as Excel.DeleteShiftDirection);
    });
    const back = await writeXlsx(emulator.workbook, emulator.formulas);
    expect(await changedParts(original, back)).toEqual([]);
  });

  it("undo of an amendment gives back the sheets' cells as they were, and ผ.02's drawing and notes byte for byte", async () => {
    const emulator = new Emulator(await readXlsx(original));
    const request = SEED_AMENDMENTS[1];
    let book = await emulator.run((context) => readBook(context));
    await emulator.run((context) =>
      applyAmendment(context, book, request, { id: "a1", at: new Date(0) })
    );
    book = await emulator.run((context) => readBook(context));
    await emulator.run((context) => undoLastAmendment(context, book));
    const saved = await writeXlsx(emulator.workbook, emulator.formulas);
    await expectSheetsAsRead(saved);
  });

  it("undo in a later session removes the sheets the amendment made, with their parts, and gives ผ.02 back byte for byte", async () => {
    const amended = await amend(MOVE);
    const emulator = new Emulator(await readXlsx(amended));
    const book = await emulator.run((context) => readBook(context));
    await emulator.run((context) => undoLastAmendment(context, book));
    const saved = await writeXlsx(emulator.workbook, emulator.formulas);

    const added = (await partsOf(amended)).keys();
    const kept = await partsOf(saved);
    const gone = [...added].filter((part) => !kept.has(part));
    expect(gone.length).toBeGreaterThan(0);
    const workbook = await text(saved, "xl/workbook.xml");
    const types = await text(saved, "[Content_Types].xml");
    const rels = await text(saved, "xl/_rels/workbook.xml.rels");
    for (const part of gone) {
      expect(types).not.toContain(`PartName="/${part}"`);
      expect(rels).not.toContain(part.replace("xl/", ""));
    }
    expect(workbook).not.toContain("ภาคผนวก ก");
    // Every sheet listed has its part, every part of a sheet is listed.
    for (const m of workbook.matchAll(/<sheet\b[^>]*r:id="([^"]*)"/g)) {
      const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]*)"`).exec(rels)![1];
      expect(kept.has(`xl/${target}`)).toBe(true);
    }
    await expectSheetsAsRead(saved);
  });

  it("a sheet the emulator does not read (a chart sheet) keeps its place, its part and the names after it", async () => {
    const zip = await JSZip.loadAsync(original);
    const edit = async (path: string, change: (xml: string) => string) =>
      zip.file(path, change(await zip.file(path)!.async("string")));
    zip.file(
      "xl/chartsheets/sheet1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`
    );
    await edit("xl/workbook.xml", (xml) =>
      xml
        .replace(/localSheetId="1"/g, 'localSheetId="2"')
        .replace(
          '<sheet sheetId="2"',
          '<sheet name="แผนภูมิ" sheetId="9" r:id="rIdChart"/><sheet sheetId="2"'
        )
    );
    await edit("xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        `<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`
      )
    );
    await edit("[Content_Types].xml", (xml) =>
      xml.replace(
        "</Types>",
        `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>`
      )
    );
    const book = await zip.generateAsync({ type: "uint8array" });
    const emulator = new Emulator(await readXlsx(book));
    expect(emulator.workbook.sheets.map((s) => s.name)).toEqual(["ผ.01", "ผ.02", "ข้อมูล"]);
    await emulator.run(async (context) => {
      context.workbook.worksheets.add("บันทึก").getRange("A1").values = [["ก"]];
      context.workbook.worksheets.getItem("ผ.01").delete();
    });
    const saved = await writeXlsx(emulator.workbook, emulator.formulas);
    const workbook = await text(saved, "xl/workbook.xml");
    const tabs = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(tabs).toEqual(["ผ.02", "แผนภูมิ", "ข้อมูล", "บันทึก"]);
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;ผ.02&apos;!$1:$3</definedName>`
    );
    expect(workbook).not.toContain("&apos;ผ.01&apos;!$5:$6");
    // A name into the deleted sheet is #REF!, as Excel leaves it.
    expect(workbook).toContain(`<definedName name="รวมทั้งหมดห้าปี">#REF!</definedName>`);
    expect(await changedParts(book, saved)).not.toContain("xl/chartsheets/sheet1.xml");
  });

  it("a workbook made in memory is still written whole by ExcelJS", async () => {
    const emulator = new Emulator();
    await emulator.run(async (context) => {
      context.workbook.worksheets.add("Data").getRange("A1:B1").values = [["ก", 1]];
    });
    const back = await readXlsx(await writeXlsx(emulator.workbook, emulator.formulas));
    expect(gridOf(back, "Data")).toEqual([["ก", 1]]);
  });
});
