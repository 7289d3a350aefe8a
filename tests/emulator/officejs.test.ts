import { Emulator, EXCEL_WEB_PAYLOAD_LIMIT, MemoryWorkbook, OfficeError } from "../../src/emulator";
import { boxBorders } from "../../src/excel/cells";

function emulatorWith(...sheets: [string, unknown[][]][]): Emulator {
  const workbook = new MemoryWorkbook();
  for (const [name, rows] of sheets) {
    const sheet = workbook.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach(
        (value, c) => value !== undefined && (sheet.cellForWrite(r, c).value = value as never)
      )
    );
  }
  return new Emulator(workbook);
}

async function rejection(promise: Promise<unknown>): Promise<OfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OfficeError) return error;
    throw error;
  }
  throw new Error("expected Excel to refuse");
}

describe("Excel.run, proxies, load and sync", () => {
  it("reads a property only after load and sync, as Office.js does", async () => {
    const emulator = emulatorWith([
      "แผน",
      [
        ["ที่", "โครงการ"],
        [1, "โครงการ ก"],
      ],
    ]);
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("แผน").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address");
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([
        ["ที่", "โครงการ"],
        [1, "โครงการ ก"],
      ]);
      expect(range.address).toBe("'แผน'!A1:B2");
      expect(range.toJSON()).toEqual({ values: range.values, address: range.address });
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("loads with arrays, objects and nested paths", async () => {
    const emulator = emulatorWith(["S", [[1]]]);
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      range.load(["rowCount", "columnCount"]);
      range.format.load({ wrapText: true, font: { name: true } });
      range.load("format/font/size");
      await context.sync();
      expect([range.rowCount, range.columnCount]).toEqual([1, 1]);
      expect(range.format.wrapText).toBe(false);
      expect(range.format.font.name).toBe("Calibri");
      expect(range.format.font.size).toBe(11);
    });
  });

  it("queues writes until sync and counts every sync and its bytes", async () => {
    const emulator = emulatorWith(["S", []]);
    await emulator.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B1").values = [["ก", 2]];
      expect(emulator.workbook.sheet("S")!.cell(0, 0)).toBeUndefined();
      await context.sync();
      expect(emulator.workbook.sheet("S")!.cell(0, 0)!.value).toBe("ก");
    });
    expect(emulator.syncs).toHaveLength(1);
    expect(emulator.syncs[0].requestBytes).toBeGreaterThan(JSON.stringify([["ก", 2]]).length);
  });

  it("worksheets: getItem, getItemOrNullObject, add, delete, active, visibility, name, position", async () => {
    const emulator = emulatorWith(["ผ.01", []], ["ผ.02", []]);
    await emulator.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const missing = sheets.getItemOrNullObject("ภาคผนวก ก");
      const present = sheets.getItemOrNullObject("ผ.02");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);

      const added = sheets.add("ภาคผนวก ก");
      added.load("name, position, visibility");
      await context.sync();
      expect([added.name, added.position, added.visibility]).toEqual(["ภาคผนวก ก", 2, "Visible"]);

      added.visibility = "Hidden" as Excel.SheetVisibility;
      added.position = 0;
      sheets.getItem("ผ.01").name = "สรุป ผ.01";
      sheets.getItem("ผ.02").activate();
      sheets.load("items/name");
      const active = sheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["ภาคผนวก ก", "สรุป ผ.01", "ผ.02"]);
      expect(active.name).toBe("ผ.02");

      sheets.getItem("ภาคผนวก ก").delete();
      await context.sync();
      expect(emulator.workbook.sheets.map((s) => s.name)).toEqual(["สรุป ผ.01", "ผ.02"]);
    });
  });

  it("refuses what Excel refuses: a missing sheet, a duplicate name, a bad address", async () => {
    const emulator = emulatorWith(["S", []]);
    expect(
      (
        await rejection(
          emulator.run(async (c) => {
            c.workbook.worksheets.getItem("ไม่มี").load("name");
            await c.sync();
          })
        )
      ).code
    ).toBe("ItemNotFound");
    expect(
      (
        await rejection(
          emulator.run(async (c) => {
            c.workbook.worksheets.add("s");
            await c.sync();
          })
        )
      ).code
    ).toBe("ItemAlreadyExists");
    expect(
      (
        await rejection(
          emulator.run(async (c) => {
            c.workbook.worksheets.getItem("S").getRange("A0").load("values");
            await c.sync();
          })
        )
      ).code
    ).toBe("InvalidArgument");
  });

  it("a used range loaded after a write of the same batch, or in a later batch, takes the write in", async () => {
    const emulator = emulatorWith(["S", [["a", "b"]]]);
    await emulator.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const before = sheet.getUsedRange(true).load("address");
      const merges = sheet.getUsedRange(true).getMergedAreasOrNullObject();
      sheet.getRange("C3").values = [["c"]];
      const after = sheet.getUsedRange(true).load("address");
      sheet.getRange("A1:C3").clear();
      const cleared = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect([before.address, after.address, cleared.isNullObject]).toEqual([
        "S!A1:B1",
        "S!A1:C3",
        true,
      ]);
      expect(merges.isNullObject).toBe(true);
      sheet.getRange("B2").values = [["d"]];
      await context.sync();
      const later = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(later.address).toBe("S!B2");
      // Typed by hand between two batches.
      emulator.workbook.sheet("S")!.cellForWrite(3, 3).value = "typed";
      const typed = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(typed.address).toBe("S!B2:D4");
    });
    emulator.workbook.sheet("S")!.cellForWrite(4, 4).value = "e";
    const outside = await emulator.run(async (context) => {
      const used = context.workbook.worksheets.getItem("S").getUsedRange(true).load("address");
      await context.sync();
      return used.address;
    });
    expect(outside).toBe("S!B2:E5");
  });

  it("ranges: used range, getCell, resized and offset ranges, text and number formats", async () => {
    const emulator = emulatorWith([
      "S",
      [[], [undefined, undefined, "หัว", 1400000], [undefined, undefined, "x", 300000.5]],
    ]);
    await emulator.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const used = sheet.getUsedRange(true);
      used.load("address, rowIndex, columnIndex, rowCount, columnCount");
      const cell = used.getCell(1, 1);
      cell.load("address, values");
      const bigger = used.getResizedRange(1, 0).getOffsetRange(0, 1);
      bigger.load("address");
      const empty = context.workbook.worksheets.add("E").getUsedRangeOrNullObject();
      const numbers = sheet.getRange("D2:D3");
      numbers.numberFormat = [["#,##0"], ["[$-D000041E]#,##0.00"]];
      numbers.load("text, numberFormat");
      await context.sync();
      expect([
        used.address,
        used.rowIndex,
        used.columnIndex,
        used.rowCount,
        used.columnCount,
      ]).toEqual(["S!C2:D3", 1, 2, 2, 2]);
      expect([cell.address, cell.values]).toEqual(["S!D3", [[300000.5]]]);
      expect(bigger.address).toBe("S!D2:E4");
      expect(empty.isNullObject).toBe(true);
      expect(numbers.text).toEqual([["1,400,000"], ["๓๐๐,๐๐๐.๕๐"]]);
      expect(numbers.numberFormat).toEqual([["#,##0"], ["[$-D000041E]#,##0.00"]]);
    });
  });

  it("a 2-D write must match the range's size; a single value fills it", async () => {
    const emulator = emulatorWith(["S", []]);
    const error = await rejection(
      emulator.run(async (c) => {
        c.workbook.worksheets.getItem("S").getRange("A1:B2").values = [[1, 2]];
        await c.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(/doesn't match the size/);
    await emulator.run(async (c) => {
      c.workbook.worksheets.getItem("S").getRange("A1:B2").values = "-" as never;
    });
    expect(emulator.workbook.sheet("S")!.cell(1, 1)!.value).toBe("-");
  });

  it("a string that starts with = written to values becomes a formula; a quote prefix keeps it text, as in Excel", async () => {
    const emulator = emulatorWith(["S", [[2, 3]]]);
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("C1:D1");
      range.values = [["=A1+B1", "'=A1"]];
      range.load("values, formulas");
      await context.sync();
      expect(range.formulas).toEqual([["=A1+B1", "=A1"]]);
      expect(range.values).toEqual([[5, "=A1"]]);
      expect(emulator.workbook.sheet("S")!.cell(0, 3)).toEqual({
        value: "=A1",
        formula: undefined,
      });
    });
  });

  it("formats: font, wrap, alignment, column width, borders, merge and unmerge, clear", async () => {
    const emulator = emulatorWith([
      "S",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ]);
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B2");
      range.format.font.name = "TH Sarabun New";
      range.format.font.size = 16;
      range.format.font.bold = true;
      range.format.wrapText = true;
      range.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      range.format.columnWidth = 120;
      // Every edge and inside line, as the add-in draws its tables.
      boxBorders(range);
      range.getRow(0).merge();
      range.format.load("wrapText, columnWidth, horizontalAlignment");
      range.format.font.load("name, size, bold");
      const top = range.format.borders.getItem("InsideHorizontal");
      top.load("style");
      await context.sync();
      expect([range.format.font.name, range.format.font.size, range.format.font.bold]).toEqual([
        "TH Sarabun New",
        16,
        true,
      ]);
      expect([
        range.format.wrapText,
        range.format.columnWidth,
        range.format.horizontalAlignment,
      ]).toEqual([true, 120, "Center"]);
      expect(top.style).toBe("Continuous");
      expect(emulator.workbook.sheet("S")!.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }]);
      range.unmerge();
      range.getCell(1, 1).clear("Contents");
      await context.sync();
      expect(emulator.workbook.sheet("S")!.merges).toEqual([]);
      expect(emulator.workbook.sheet("S")!.cell(1, 1)).toMatchObject({
        value: null,
        font: { name: "TH Sarabun New" },
      });
    });
  });

  it("named items and the selected range", async () => {
    const emulator = emulatorWith(["ผ.02", [[1], [2]]]);
    emulator.workbook.selection = { sheet: "ผ.02", area: { row: 1, col: 0, rows: 1, cols: 1 } };
    await emulator.run(async (context) => {
      context.workbook.names.add(
        "PlanIndex",
        context.workbook.worksheets.getItem("ผ.02").getRange("A1:A2")
      );
      const selected = context.workbook.getSelectedRange();
      selected.load("address, values, rowIndex");
      const named = context.workbook.names.getItem("PlanIndex");
      named.load("formula");
      const values = named.getRange();
      values.load("values");
      const nothing = context.workbook.names.getItemOrNullObject("ไม่มี");
      await context.sync();
      expect([selected.address, selected.values, selected.rowIndex]).toEqual([
        "'ผ.02'!A2",
        [[2]],
        1,
      ]);
      expect(named.formula).toBe("='ผ.02'!A1:A2");
      expect(values.values).toEqual([[1], [2]]);
      expect(nothing.isNullObject).toBe(true);
      context.workbook.getSelectedRange().getCell(0, 0).getOffsetRange(-1, 0).select();
    });
    expect(emulator.workbook.selection?.area.row).toBe(0);
  });

  it("a protected sheet refuses writes, and nothing of that write lands", async () => {
    const emulator = emulatorWith(["S", [["เดิม"]]]);
    const error = await rejection(
      emulator.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.protection.protect();
        await context.sync();
        sheet.protection.load("protected");
        await context.sync();
        expect(sheet.protection.protected).toBe(true);
        sheet.getRange("A1").values = [["ใหม่"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
    expect(emulator.workbook.sheet("S")!.cell(0, 0)!.value).toBe("เดิม");
  });

  it("refuses a sync whose request or response is over Excel on the web's 5 MB payload limit", async () => {
    const big = Array.from({ length: 2000 }, (_, r) =>
      Array.from({ length: 30 }, (_, c) => `แถว ${r} คอลัมน์ ${c} ข้อความยาวพอสมควร`)
    );
    const emulator = emulatorWith(["S", big]);
    emulator.options.payloadLimit = EXCEL_WEB_PAYLOAD_LIMIT;
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("S").getUsedRange().load("values");
        await context.sync();
      })
    );
    // A small request whose answer is too large.
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(emulator.syncs.at(-1)!.requestBytes).toBeLessThan(1000);
    expect(emulator.syncs.at(-1)!.responseBytes).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT);
    const write = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:AD2000").values = big;
        await context.sync();
      })
    );
    expect(write.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(emulator.syncs.at(-1)!.requestBytes).toBeGreaterThan(EXCEL_WEB_PAYLOAD_LIMIT);
  });

  it("notes and page layout", async () => {
    const emulator = emulatorWith(["S", [["x"]]]);
    await emulator.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.notes.add("A1", "แก้ไข ครั้งที่ ๒/๒๕๖๖");
      sheet.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
      sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
      sheet.pageLayout.setPrintTitleRows("$1:$6");
      sheet.notes.load("items");
      sheet.pageLayout.load("orientation, paperSize");
      await context.sync();
      expect(sheet.notes.items).toEqual([{ address: "S!A1", content: "แก้ไข ครั้งที่ ๒/๒๕๖๖" }]);
      expect([sheet.pageLayout.orientation, sheet.pageLayout.paperSize]).toEqual([
        "Landscape",
        "A4",
      ]);
      sheet.notes.getItem("A1").delete();
    });
    expect(emulator.workbook.sheet("S")!.cell(0, 0)!.note).toBeUndefined();
    expect(emulator.workbook.sheet("S")!.pageSetup.printTitleRows).toBe("$1:$6");
  });
});

describe("more of what Office.js documents", () => {
  it("a collection's items need load and sync; getCount answers after sync", async () => {
    const emulator = emulatorWith(["A", []], ["B", []]);
    await emulator.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const count = sheets.getCount();
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  it("a proxy stays bound to its sheet when the sheet is renamed in the same batch; a deleted one is gone", async () => {
    const emulator = emulatorWith(["เดิม", [["x"]]], ["อื่น", []]);
    await emulator.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("เดิม");
      sheet.name = "ใหม่";
      sheet.getRange("A2").values = [["y"]];
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("ใหม่");
      expect(emulator.workbook.sheet("ใหม่")!.cell(1, 0)!.value).toBe("y");
    });
    const gone = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("อื่น").delete();
        await context.sync();
        context.workbook.worksheets.getItem("อื่น").load("name");
        await context.sync();
      })
    );
    expect(gone.code).toBe("ItemNotFound");
  });

  it("a failing batch keeps the writes queued before the failure, as Excel does (no rollback)", async () => {
    const emulator = emulatorWith(["S", []]);
    await rejection(
      emulator.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [["ก่อน"]];
        sheet.getRange("A2:B2").values = [["ไม่พอดี"]];
        sheet.getRange("A3").values = [["หลัง"]];
        await context.sync();
      })
    );
    const sheet = emulator.workbook.sheet("S")!;
    expect([sheet.cell(0, 0)?.value, sheet.cell(2, 0)?.value]).toEqual(["ก่อน", undefined]);
  });

  it("empty cells read as empty strings and sheet names match without regard to case", async () => {
    const emulator = emulatorWith(["Plan", [[1]]]);
    await emulator.run(async (context) => {
      const range = context.workbook.worksheets.getItem("PLAN").getRange("A1:B1").load("values");
      await context.sync();
      expect(range.values).toEqual([[1, ""]]);
    });
  });
});

describe("shapes (text boxes) and positions", () => {
  it("adds a text box, places it over cells by points, reads its text and deletes it", async () => {
    const emulator = emulatorWith(["ผ.02", [["x"]]]);
    const sheet = emulator.workbook.sheet("ผ.02")!;
    sheet.rowHeights[0] = 30;
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("ผ.02");
      const cell = ws.getRange("F4:G4").load("top,left,width,height");
      await context.sync();
      expect([cell.top, cell.left, cell.width, cell.height]).toEqual([60, 240, 96, 15]);
      const box = ws.shapes.addTextBox("แก้ไข ครั้งที่ 2/2566");
      box.name = "แก้ไข 2/2566 โครงการ ก";
      box.top = cell.top;
      box.left = cell.left;
      box.width = cell.width;
      box.height = cell.height;
      await context.sync();
    });
    expect(sheet.shapes).toEqual([
      {
        name: "แก้ไข 2/2566 โครงการ ก",
        type: "GeometricShape",
        text: "แก้ไข ครั้งที่ 2/2566",
        area: { row: 3, col: 5, rows: 1, cols: 2 },
        // As Excel makes a new text box: filled white, outlined grey.
        fill: "#FFFFFF",
        line: "#808080",
      },
    ]);
    await emulator.run(async (context) => {
      const shapes = context.workbook.worksheets
        .getItem("ผ.02")
        .shapes.load("items/name,items/type,items/top");
      await context.sync();
      expect(shapes.items.map((s) => [s.name, s.type, s.top])).toEqual([
        ["แก้ไข 2/2566 โครงการ ก", "GeometricShape", 60],
      ]);
      const text = shapes.items[0].textFrame.textRange.load("text");
      await context.sync();
      expect(text.text).toBe("แก้ไข ครั้งที่ 2/2566");
      const missing = context.workbook.worksheets.getItem("ผ.02").shapes.getItemOrNullObject("ไม่มี");
      shapes.items[0].delete();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(sheet.shapes).toEqual([]);
  });

  it("loads every sheet's shapes with the sheet list, and the rows' heights and hiding from the first row down", async () => {
    const emulator = emulatorWith(["ก", [["x"], [null], ["y"]]], ["ข", [[1]]]);
    const sheet = emulator.workbook.sheet("ก")!;
    sheet.rowHeights[1] = 40;
    sheet.rowHeights[3] = 20;
    sheet.hiddenRows[0] = true;
    sheet.shapes.push({
      name: "ป้าย",
      type: "GeometricShape",
      text: "แบบ ผ.02",
      area: { row: 2, col: 0, rows: 1, cols: 1 },
    });
    await emulator.run(async (context) => {
      const sheets = context.workbook.worksheets.load(
        "items/name,items/shapes/items/name,items/shapes/items/type,items/shapes/items/top"
      );
      await context.sync();
      // Row 1 is hidden: it keeps its height but takes no room, so the shape on row 3 sits 40 points down.
      expect(sheets.items.map((s) => s.shapes.items.map((b) => [b.name, b.type, b.top]))).toEqual([
        [["ป้าย", "GeometricShape", 40]],
        [],
      ]);
      const ws = sheets.items[0];
      const rows = ws
        .getRangeByIndexes(0, 0, 1, 1)
        .getBoundingRect(ws.getRange("C2:C4"))
        .getRowProperties({ rowIndex: true, rowHidden: true, format: { rowHeight: true } });
      const third = ws.getRange("A3").load("top");
      await context.sync();
      expect(rows.value).toEqual([
        { rowIndex: 0, rowHidden: true, format: { rowHeight: 15 } },
        { rowIndex: 1, rowHidden: false, format: { rowHeight: 40 } },
        { rowIndex: 2, rowHidden: false, format: { rowHeight: 15 } },
        { rowIndex: 3, rowHidden: false, format: { rowHeight: 20 } },
      ]);
      expect(third.top).toBe(40);
    });
    expect(emulator.syncs).toHaveLength(2);
  });

  it("gives a range's merged areas, or a null object when it has none", async () => {
    const emulator = emulatorWith(["ผ.02", [["a", "b", "c"]]]);
    emulator.workbook.sheet("ผ.02")!.merges.push({ row: 0, col: 1, rows: 1, cols: 2 });
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("ผ.02");
      const merged = ws.getRange("A1:C1").getMergedAreasOrNullObject().load("address,areaCount");
      const none = ws.getRange("A2:C2").getMergedAreasOrNullObject().load("address");
      await context.sync();
      expect([merged.address, merged.areaCount]).toEqual(["'ผ.02'!B1:C1", 1]);
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe("sheets copied and rows inserted, as Excel does them", () => {
  it("copies a sheet after another with its cells, formats, merges and shapes, named as Excel names a copy", async () => {
    const emulator = emulatorWith(
      [
        "แบบ",
        [
          ["หัว", null],
          [1, 2],
        ],
      ],
      ["อื่น", [["x"]]]
    );
    const source = emulator.workbook.sheet("แบบ")!;
    source.cellForWrite(0, 0).font = { bold: true };
    source.merges = [{ row: 0, col: 0, rows: 1, cols: 2 }];
    source.shapes = [
      {
        name: "ป้าย",
        type: "GeometricShape",
        text: "แบบ ผ.02",
        area: { row: 0, col: 1, rows: 1, cols: 1 },
      },
    ];
    source.columnWidths = [80, 40];
    await emulator.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const copy = sheets.getItem("แบบ").copy("After" as never, sheets.getItem("อื่น"));
      copy.load("name");
      await context.sync();
      expect(copy.name).toBe("แบบ (2)");
    });
    expect(emulator.workbook.sheets.map((s) => s.name)).toEqual(["แบบ", "อื่น", "แบบ (2)"]);
    const copy = emulator.workbook.sheet("แบบ (2)")!;
    expect([copy.cell(0, 0), copy.merges, copy.shapes, copy.columnWidths]).toEqual([
      source.cell(0, 0),
      source.merges,
      source.shapes,
      source.columnWidths,
    ]);
    copy.cellForWrite(0, 0).font!.bold = false;
    expect(source.cell(0, 0)!.font!.bold).toBe(true);
  });

  it("inserts a whole row: cells, merges, shapes and formulas below move down; deleting it puts all back", async () => {
    const emulator = emulatorWith(["ผ.01", [["ก", 1], ["ข", 2], ["รวม"]]]);
    const sheet = emulator.workbook.sheet("ผ.01")!;
    sheet.merges = [
      { row: 2, col: 0, rows: 1, cols: 1 },
      { row: 0, col: 0, rows: 1, cols: 1 },
    ];
    sheet.shapes = [
      {
        name: "m",
        type: "GeometricShape",
        text: "แก้ไข",
        area: { row: 1, col: 1, rows: 1, cols: 1 },
      },
    ];
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("ผ.01");
      ws.getRange("B3").formulas = [["=SUM(B1:B2)"]];
      await context.sync();
      ws.getRange("2:2").insert("Down" as never);
      ws.getRange("A2:B2").values = [["ค", 5]];
      const total = ws.getRange("B4").load("values,formulas");
      await context.sync();
      expect([total.formulas[0][0], total.values[0][0]]).toEqual(["=SUM(B1:B3)", 8]);
    });
    expect(sheet.shapes[0].area.row).toBe(2);
    expect(sheet.merges.map((m) => m.row)).toEqual([3, 0]);
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("ผ.01");
      ws.getRange("2:2").delete("Up" as never);
      const total = ws.getRange("B3").load("values,formulas");
      await context.sync();
      expect([total.formulas[0][0], total.values[0][0]]).toEqual(["=SUM(B1:B2)", 3]);
    });
    expect(sheet.shapes[0].area.row).toBe(1);
    expect(sheet.merges.map((m) => m.row)).toEqual([2, 0]);
    await expect(
      emulator.run(async (context) => {
        context.workbook.worksheets
          .getItem("ผ.01")
          .getRange("A1:B1")
          .insert("Down" as never);
        await context.sync();
      })
    ).rejects.toThrow(/whole rows only/);
  });

  it("gives an inserted row the formats of the row above, as Excel's Insert does (Format Same As Above); a row inserted at the top gets none", async () => {
    const emulator = emulatorWith([
      "ผ.01",
      [
        ["แผนงาน", 1],
        ["รวม", 1],
      ],
    ]);
    const sheet = emulator.workbook.sheet("ผ.01")!;
    const box = {
      top: "Continuous",
      bottom: "Continuous",
      left: "Continuous",
      right: "Continuous",
    } as const;
    sheet.cellForWrite(0, 0).borders = { ...box };
    Object.assign(sheet.cellForWrite(0, 1), { borders: { ...box }, horizontalAlignment: "Right" });
    sheet.cellForWrite(1, 0).font = { bold: true };
    await emulator.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("ผ.01");
      ws.getRange("2:2").insert("Down" as never);
      ws.getRange("1:1").insert("Down" as never);
      const inserted = ws.getRange("B3").load("values");
      inserted.format.load("horizontalAlignment");
      const edge = inserted.format.borders.getItem("EdgeBottom" as never).load("style");
      const top = ws
        .getRange("A1")
        .format.borders.getItem("EdgeBottom" as never)
        .load("style");
      await context.sync();
      expect([inserted.values, inserted.format.horizontalAlignment, edge.style]).toEqual([
        [[""]],
        "Right",
        "Continuous",
      ]);
      expect(top.style).toBe("None");
    });
    // A copy, not the same object: the row above keeps its own formats, and the รวม row below its own.
    sheet.cell(2, 0)!.borders!.bottom = "Double";
    expect(sheet.cell(1, 0)!.borders!.bottom).toBe("Continuous");
    expect([sheet.cell(3, 0)?.font, sheet.cell(2, 0)?.font, sheet.cell(0, 0)]).toEqual([
      { bold: true },
      undefined,
      undefined,
    ]);
  });
});

describe("a sheet copied relative to itself", () => {
  it("is refused with InvalidArgument, as Excel refuses it (office-js #775); relative to another sheet it is not", async () => {
    const emulator = emulatorWith(["A", [["a"]]], ["B", [["b"]]]);
    const error = await rejection(
      emulator.run(async (context) => {
        const a = context.workbook.worksheets.getItem("A");
        a.copy("After" as Excel.WorksheetPositionType, context.workbook.worksheets.getItem("A"));
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(emulator.workbook.sheets.map((s) => s.name)).toEqual(["A", "B"]);
    await emulator.run(async (context) => {
      const a = context.workbook.worksheets.getItem("A");
      a.copy("Before" as Excel.WorksheetPositionType, context.workbook.worksheets.getItem("B"));
      await context.sync();
    });
    expect(emulator.workbook.sheets.map((s) => s.name)).toEqual(["A", "A (2)", "B"]);
  });
});
