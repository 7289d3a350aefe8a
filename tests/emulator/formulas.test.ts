import { Emulator, MemoryWorkbook } from "../../src/emulator";
import { forHyperFormula } from "../../src/emulator/formulas";
import { seedBefore } from "../fixtures/seed";
import { seedSummary } from "../fixtures/seedTables";

function seedBook(): Emulator {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.addSheet("ผ.02");
  seedBefore().forEach((row, r) =>
    row.forEach((v, c) => v !== null && (sheet.cellForWrite(r, c).value = v))
  );
  workbook.addSheet("ผ.01");
  return new Emulator(workbook);
}

describe("formulas through HyperFormula, PLAN functions included", () => {
  it("=PLAN.SUMMARY spills the ผ.01 table and recalculates when a budget moves", async () => {
    const emulator = seedBook();
    await emulator.run(async (context) => {
      const summary = context.workbook.worksheets.getItem("ผ.01");
      summary.getRange("A1").formulas = [["=PLAN.SUMMARY('ผ.02'!A1:L60, TRUE)"]];
      const spill = summary.getRange("A1:M7");
      spill.load("values");
      await context.sync();
      expect(spill.values[6]).toEqual([
        "รวมทั้งหมด",
        "๒",
        "๑,๗๐๐,๐๐๐",
        ...Array(8).fill("๐"),
        "๒",
        "๑,๗๐๐,๐๐๐",
      ]);

      // Move both budgets to ๒๕๖๗, as the seed's amendment does: the spill follows.
      const plan = context.workbook.worksheets.getItem("ผ.02");
      const used = plan.getUsedRange();
      used.load("values");
      await context.sync();
      used.values.forEach((row, r) => {
        if (/^[๑1]$/.test(String(row[0])))
          plan.getRange(`E${r + 1}:F${r + 1}`).values = [["-", row[4]]];
      });
      spill.load("values");
      await context.sync();
      expect(spill.values.map((row) => row.slice(1))).toEqual(
        seedSummary().map((row) => row.slice(1))
      );
    });
  });

  it("PLAN.BUDGET errors show as #VALUE! with the message", async () => {
    const emulator = seedBook();
    await emulator.run(async (context) => {
      const cells = context.workbook.worksheets.getItem("ผ.01").getRange("A1:C1");
      cells.formulas = [
        [
          "=PLAN.BUDGET('ผ.02'!A1:L60, 4, 2566)",
          "=PLAN.BUDGET('ผ.02'!A1:L60, , 2571)",
          "=PLAN.THAINUM(A1)",
        ],
      ];
      cells.load("values");
      await context.sync();
      expect(cells.values).toEqual([[1400000, "#VALUE!", "๑,๔๐๐,๐๐๐"]]);
    });
    expect(emulator.formulas.errorMessage(emulator.workbook.sheet("ผ.01")!, 0, 1)).toContain(
      "ไม่พบปีงบประมาณ 2571"
    );
  });

  it("gives HyperFormula Excel's bare TRUE and FALSE, leaving text alone", () => {
    expect(forHyperFormula('=IF(TRUE, "TRUE", FALSE)')).toBe('=IF(TRUE(), "TRUE", FALSE())');
    expect(forHyperFormula("='TRUE sheet'!A1")).toBe("='TRUE sheet'!A1");
  });
});
