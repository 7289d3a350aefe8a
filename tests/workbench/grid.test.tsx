/** @jest-environment jsdom */
import "../taskpane/setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { Emulator } from "../../src/emulator";
import { readXlsx } from "../../src/emulator/xlsx";
import { Grid } from "../../src/workbench/Grid";
import { readSheetView } from "../../src/workbench/sheetView";
import { borderedTable } from "../fixtures/borderedTable";

/** The grid of the bordered table's sheet as the workbench draws it, after `edit` through Office.js. */
async function drawn(edit?: (sheet: Excel.Worksheet) => void) {
  const workbook = await readXlsx(await borderedTable());
  const emulator = new Emulator(workbook);
  if (edit)
    await emulator.run(async (context) => {
      edit(context.workbook.worksheets.getItem("ผ.02"));
      await context.sync();
    });
  const view = await readSheetView(emulator, workbook.sheet("ผ.02")!);
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <Grid view={view} onSelect={() => undefined} />
    </FluentProvider>
  );
  const cell = (ref: string) => container.querySelector<HTMLElement>(`td[data-cell="${ref}"]`);
  return { view, cell };
}

describe("the workbench grid", () => {
  it("draws the borders of empty cells that carry only a format, down to the last such row", async () => {
    const { view, cell } = await drawn();
    // Row 1 holds the values; rows 2-4 and 6 are empty, bordered in the file.
    expect(view.rows).toBe(6);
    for (const ref of ["A2", "A4", "B3", "A6"]) {
      expect(cell(ref)!.style.borderTop).toBe("1px solid #444");
      expect(cell(ref)!.style.borderLeft).toBe("1px solid #444");
    }
    expect(cell("C3")!.style.borderTop).toBe("");
    expect(cell("A5")!.style.borderTop).toBe("");
    expect(cell("A1")!.style.borderBottom).toBe("1px solid #444");
  });

  it("draws them where a row inserted moved them, and not where their formats were cleared", async () => {
    const { view, cell } = await drawn((sheet) => {
      sheet.getRange("3:3").insert("Down" as Excel.InsertShiftDirection);
      sheet.getRange("A5:B8").clear("Formats" as Excel.ClearApplyTo);
    });
    // The inserted row 3 takes row 2's formats; the file's row 6 (now 7) was cleared with the rows about it.
    expect(view.rows).toBe(4);
    expect(cell("A3")!.style.borderTop).toBe("1px solid #444");
    expect(cell("A4")!.style.borderTop).toBe("1px solid #444");
    expect(cell("A5")).toBeNull();
  });
});
