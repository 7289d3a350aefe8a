/** @jest-environment jsdom */
import "../taskpane/setup";
import { readFileSync } from "fs";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Workbench } from "../../src/workbench/Workbench";
import { SAMPLE_FILE } from "../../scripts/make-sample";
import { sampleEmulator } from "../fixtures/workbooks";

/* global window, File */

const sampleFile = (name: string) => {
  const file = new File([readFileSync(SAMPLE_FILE)], name);
  // jsdom's File has no arrayBuffer(); a browser's does.
  const bytes = readFileSync(SAMPLE_FILE);
  Object.defineProperty(file, "arrayBuffer", {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  return file;
};

/** A write through Office.js, as the task pane in its frame makes one. */
async function editCell(text: string) {
  await act(() =>
    window.workbenchExcel!.run(async (context) => {
      context.workbook.worksheets.getItem("ผ.01").getRange("A1").values = [[text]];
      await context.sync();
    })
  );
}

const cellA1 = () =>
  window.workbenchExcel!.run(async (context) => {
    const range = context.workbook.worksheets.getItem("ผ.01").getRange("A1").load("values");
    await context.sync();
    return range.values[0][0];
  });

describe("the workbench", () => {
  jest.setTimeout(120000);

  it("asks before opening another file over unsaved changes (button or drag and drop), and opens at once when there are none", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <Workbench initial={await sampleEmulator()} fileName="plan.xlsx" />
      </FluentProvider>
    );
    const picker = screen.getByLabelText("เปิดไฟล์ .xlsx (Open)");
    const title = /ทิ้งการแก้ไขที่ยังไม่ได้บันทึก\? \(Discard unsaved changes\?\)/;

    // Nothing changed yet: another file opens without a question.
    await user.upload(picker, sampleFile("first.xlsx"));
    expect(await screen.findByText("first.xlsx")).toBeInTheDocument();
    expect(screen.queryByText(title)).toBeNull();

    // A change, then another file: the workbench asks, and cancel keeps the book and its change.
    await editCell("แก้ไขแล้ว");
    await user.upload(picker, sampleFile("second.xlsx"));
    // Tabster, Fluent's focus manager, may mark the page and the dialog aria-hidden for a moment in jsdom as the
    // dialog takes focus: the dialog and its buttons are found hidden or not.
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(dialog).toHaveTextContent(title);
    expect(dialog).toHaveTextContent(/first\.xlsx มีการแก้ไขที่ยังไม่ได้บันทึก การเปิด second\.xlsx จะทิ้ง/);
    // Tabster, Fluent's focus manager, may hide the page from assistive tools for a moment as the dialog takes
    // focus: the buttons are looked up in the dialog itself, hidden or not.
    await user.click(within(dialog).getByRole("button", { name: "ยกเลิก (Cancel)", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByText("first.xlsx")).toBeInTheDocument();
    expect(await cellA1()).toBe("แก้ไขแล้ว");

    // Dropped on the workbench: the same question; discarding opens the dropped file.
    fireEvent.drop(screen.getByText("first.xlsx"), {
      dataTransfer: { files: [sampleFile("dropped.xlsx")] },
    });
    const asked = await screen.findByRole("dialog", { hidden: true });
    await user.click(
      within(asked).getByRole("button", {
        name: "ทิ้งการแก้ไขและเปิดไฟล์ (Discard and open)",
        hidden: true,
      })
    );
    expect(await screen.findByText("dropped.xlsx")).toBeInTheDocument();
    expect(await cellA1()).toBe("บัญชีสรุปโครงการพัฒนา");

    // The book just opened holds no change: the next file opens at once.
    await user.upload(picker, sampleFile("third.xlsx"));
    expect(await screen.findByText("third.xlsx")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
