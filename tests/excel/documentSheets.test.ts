import { Emulator } from "../../src/emulator";
import { readXlsx, writeXlsx } from "../../src/emulator/xlsx";
import { writeDocumentSheets } from "../../src/excel/documentSheets";
import { seedRoundDocument } from "../fixtures/seedDocument";
import { gridOf } from "../fixtures/workbooks";

describe("the round's document as print-ready sheets", () => {
  it("writes each part to a sheet of its own: A4 in the part's orientation, fitted to width, print area set", async () => {
    const document = await seedRoundDocument();
    const emulator = new Emulator();
    emulator.workbook.addSheet("ผ.02");
    const names = await emulator.run((context) => writeDocumentSheets(context, document));
    expect(names).toEqual([
      "ปก ๒-๒๕๖๖",
      "ประกาศ ๒-๒๕๖๖",
      "สารบัญ ๒-๒๕๖๖",
      "หลักการและเหตุผล ๒-๒๕๖๖",
      "บทนำ ๒-๒๕๖๖",
      "ผ.01 ๒-๒๕๖๖",
      "ผ.02 ๒-๒๕๖๖",
      "ภาคผนวก ก ๒-๒๕๖๖",
    ]);
    const sheets = names.map((n) => emulator.workbook.sheet(n)!);
    expect(sheets.map((s) => s.pageSetup.orientation)).toEqual([
      ...Array(5).fill("Portrait"),
      ...Array(3).fill("Landscape"),
    ]);
    expect(sheets.every((s) => s.pageSetup.paperSize === "A4" && s.pageSetup.fitToWidth)).toBe(
      true
    );
    const appendix = gridOf(emulator.workbook, names[7]);
    expect(appendix.map((r) => r[0])).toContain("บัญชีโครงการและรายละเอียดการแก้ไข");
    expect(appendix.filter((r) => r[0] === "๑" || r[0] === "๒")).toHaveLength(2);
    expect(sheets[7].pageSetup.printArea).toBe(`A1:F${appendix.length}`);
    expect(sheets[7].pageSetup.printTitleRows).toBe("$8:$8");

    // Written again for the same round, the sheets are replaced, not added.
    await emulator.run((context) => writeDocumentSheets(context, document));
    expect(emulator.workbook.sheets).toHaveLength(9);
    const back = await readXlsx(await writeXlsx(emulator.workbook));
    expect(back.sheet(names[7])!.pageSetup).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: `A1:F${appendix.length}`,
    });
  });
});
