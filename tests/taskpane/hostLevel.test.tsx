/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Emulator } from "../../src/emulator";
import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { NO_MERGES } from "../../src/excel/sheetDrawings";
import { App } from "../../src/taskpane/App";
import { sampleEmulator, SEED_AMENDMENTS } from "../fixtures/workbooks";

const global = globalThis as { Excel?: unknown; Office?: unknown };

afterEach(() => {
  delete global.Excel;
  delete global.Office;
});

describe("the task pane in Excel with ExcelApi 1.10", () => {
  jest.setTimeout(60000);

  it("says what this Excel cannot read, and that undo left the note of a round recorded in Microsoft 365", async () => {
    const recorded = await sampleEmulator();
    const book = await recorded.run((context) => readBook(context));
    await recorded.run((context) =>
      applyAmendment(context, book, SEED_AMENDMENTS[0], { id: "m365", at: new Date(0) })
    );
    const here = new Emulator(recorded.workbook, { excelApi: "1.10" });
    global.Excel = here.excel;
    global.Office = here.office;
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <App today={new Date(Date.UTC(2023, 6, 17))} />
      </FluentProvider>
    );
    expect(await screen.findByText(NO_MERGES.th)).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "ประวัติ/ยกเลิก" }));
    await user.click(screen.getByRole("button", { name: "ยกเลิกรายการล่าสุด" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    await user.click(within(dialog).getByText("ยกเลิกและคืนค่าเดิม"));
    expect(
      await screen.findByText(/ยกเลิกแล้ว: ทุกเซลล์กลับเป็นค่าเดิม · Excel รุ่นนี้ไม่มีบันทึกย่อ/)
    ).toBeInTheDocument();
    expect(here.workbook.sheets.flatMap((s) => s.rows.flat()).filter((c) => c?.note)).toHaveLength(
      1
    );
  });
});
