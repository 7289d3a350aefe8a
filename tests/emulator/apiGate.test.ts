import { readFileSync } from "fs";
import { API_SETS_FILE, generateApiSets, parseTag } from "../../scripts/generate-api-sets";
import { Emulator, type ExcelApiLevel } from "../../src/emulator";
import { LATEST_EXCEL_API, memberSet } from "../../src/emulator/officejs/apiGate";

describe("the requirement-set table (apiSets.generated.json)", () => {
  it("is what the script reads out of @types/office-js (run `npm run api-sets` after updating it)", () => {
    expect(readFileSync(API_SETS_FILE, "utf8")).toBe(generateApiSets());
  });

  it("holds each member's own tag, its class's where it has none, and a later set for writing", () => {
    expect(memberSet("Range", "getMergedAreasOrNullObject", "get")).toBe("1.13");
    expect(memberSet("Range", "top", "get")).toBe("1.10");
    expect(memberSet("ShapeCollection", "getItemOrNullObject", "get")).toBe("1.14");
    expect(memberSet("ShapeCollection", "getItem", "get")).toBe("1.9");
    expect(memberSet("NoteCollection", "items", "get")).toBe("1.18");
    expect(memberSet("Worksheet", "visibility", "get")).toBe("1.1");
    expect(memberSet("Worksheet", "visibility", "set")).toBe("1.2");
    expect(memberSet("Workbook", "linkedWorkbooks", "get")).toBe("ExcelApiOnline 1.1");
    expect(memberSet("Range", "constructor", "get")).toBeUndefined();
    expect(parseTag("ExcelApi 1.1 for get, 1.8 for set")).toEqual({ get: "1.1", set: "1.8" });
    expect(parseTag("ExcelApi 1.2 for options; 1.7 for password")).toBe("1.2");
    expect(Number(LATEST_EXCEL_API.split(".")[1])).toBeGreaterThanOrEqual(20);
  });
});

describe("the emulator at a host level", () => {
  const at = (excelApi: ExcelApiLevel, platform?: "desktop" | "web") => {
    const emulator = new Emulator(undefined, { excelApi, platform });
    emulator.workbook.addSheet("S");
    return emulator;
  };
  const isSetSupported = (emulator: Emulator) =>
    emulator.office.context.requirements.isSetSupported.bind(emulator.office.context.requirements);

  it("answers isSetSupported as Excel 2021, Excel 2024 and Microsoft 365 do", () => {
    const excel2021 = isSetSupported(at("1.14"));
    expect([excel2021("ExcelApi", "1.14"), excel2021("ExcelApi", "1.15")]).toEqual([true, false]);
    expect([excel2021("ExcelApi", "1.9"), excel2021("ExcelApi")]).toEqual([true, true]);
    expect([excel2021("SharedRuntime", "1.1"), excel2021("SharedRuntime", "1.2")]).toEqual([
      true,
      false,
    ]);
    expect(excel2021("CustomFunctionsRuntime", "1.3")).toBe(true);
    expect(excel2021("ExcelApiDesktop", "1.1")).toBe(false);
    const excel2024 = isSetSupported(at("1.17"));
    expect([excel2024("ExcelApi", "1.17"), excel2024("ExcelApi", "1.18")]).toEqual([true, false]);
    expect(excel2024("SharedRuntime", "1.2")).toBe(true);
    const microsoft365 = isSetSupported(at("latest"));
    expect(microsoft365("ExcelApi", LATEST_EXCEL_API)).toBe(true);
    expect([microsoft365("ExcelApiDesktop", "1.1"), microsoft365("ExcelApiOnline", "1.1")]).toEqual(
      [true, false]
    );
    expect(isSetSupported(at("latest", "web"))("ExcelApiOnline", "1.1")).toBe(true);
    expect(microsoft365("WordApi", "1.1")).toBe(false);
  });

  it("fails a member above its level at sync with ApiNotFound, having applied what came before, as Excel does", async () => {
    const emulator = at("1.17");
    const error = await emulator
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [["before"]];
        sheet.notes.add("A1", "a note");
        sheet.getRange("A2").values = [["after"]];
        await context.sync();
      })
      .catch((e) => e);
    expect(error).toMatchObject({
      code: "ApiNotFound",
      message: expect.stringMatching(/could not be found.*newer version of Excel/),
      debugInfo: { errorLocation: "Worksheet.notes" },
    });
    const sheet = emulator.workbook.sheet("S")!;
    expect([sheet.cell(0, 0)?.value, sheet.cell(0, 0)?.note, sheet.cell(1, 0)]).toEqual([
      "before",
      undefined,
      undefined,
    ]);
  });

  it("queues the call without complaint: only the sync fails", async () => {
    const emulator = at("1.13");
    await emulator.run(async (context) => {
      const shapes = context.workbook.worksheets.getItem("S").shapes;
      const mark = shapes.getItemOrNullObject("TextBox 1");
      await expect(context.sync()).rejects.toMatchObject({
        code: "ApiNotFound",
        debugInfo: { errorLocation: "ShapeCollection.getItemOrNullObject" },
      });
      expect(() => mark.isNullObject).toThrow(/isNullObject/);
    });
  });

  it("refuses a property loaded or written above the level, and reads what the level has", async () => {
    const load = (level: ExcelApiLevel) =>
      at(level).run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("B2").load("address,top");
        await context.sync();
        return [range.address, range.top];
      });
    await expect(load("1.9")).rejects.toMatchObject({ debugInfo: { errorLocation: "Range.top" } });
    await expect(load("1.10")).resolves.toEqual(["S!B2", 15]);

    const hide = at("1.1");
    hide.workbook.addSheet("T");
    await hide.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("T").load("visibility");
      await context.sync();
      expect(sheet.visibility).toBe("Visible");
      sheet.visibility = "Hidden" as Excel.SheetVisibility;
      await expect(context.sync()).rejects.toMatchObject({
        debugInfo: { errorLocation: "Worksheet.visibility" },
      });
    });
  });

  it("grants Microsoft 365 every numbered set, and refuses the web's own members on the desktop", async () => {
    const latest = at("latest");
    await latest.run(async (context) => {
      const note = context.workbook.worksheets.getItem("S").notes;
      note.add("A1", "a note");
      await context.sync();
    });
    expect(latest.workbook.sheet("S")!.cell(0, 0)?.note).toBe("a note");
    await expect(
      latest.run(async (context) => {
        context.workbook.worksheets.getItem("S").protection.load("isPasswordProtected");
        await context.sync();
      })
    ).rejects.toMatchObject({
      debugInfo: { errorLocation: "WorksheetProtection.isPasswordProtected" },
    });
  });
});
