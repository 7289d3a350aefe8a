/** @jest-environment jsdom */
import "../taskpane/setup";
import { readFileSync } from "fs";
import JSZip from "jszip";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Workbench } from "../../src/workbench/Workbench";
import { SAMPLE_FILE } from "../../scripts/make-sample";
import { sampleEmulator } from "../fixtures/workbooks";
import { buildFeatureBook, FEATURE_BOOK_PARTS } from "../fixtures/featureBook";

/* global window, File, Blob, URL, FileReader, HTMLAnchorElement */

/** A file as the browser hands it over (jsdom's File has no arrayBuffer(); a browser's does). */
const fileOf = (bytes: Uint8Array, name: string) => {
  const file = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(file, "arrayBuffer", {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  return file;
};
const sampleFile = (name: string) => fileOf(readFileSync(SAMPLE_FILE), name);

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

const OPEN = "เปิดไฟล์ .xlsx/.xlsm (Open)";

/** What the workbench's Save hands the browser to download: the file's name, its type and its bytes. */
async function savedFile(click: () => Promise<void>) {
  let blob: Blob | undefined;
  let name = "";
  URL.createObjectURL = (b: Blob) => ((blob = b), "blob:saved");
  URL.revokeObjectURL = () => undefined;
  const download = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    name = this.download;
  });
  await click();
  await waitFor(() => expect(name).not.toBe(""));
  download.mockRestore();
  const bytes = await new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob!);
  });
  return { name, type: blob!.type, zip: await JSZip.loadAsync(bytes) };
}

/** The workbench on the sample, as plan.xlsx: the user and the Open picker. */
async function openWorkbench() {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <Workbench initial={await sampleEmulator()} fileName="plan.xlsx" />
    </FluentProvider>
  );
  return { user, picker: screen.getByLabelText(OPEN) };
}

describe("the workbench", () => {
  jest.setTimeout(120000);

  it("asks before opening another file over unsaved changes (button or drag and drop), and opens at once when there are none", async () => {
    const { user, picker } = await openWorkbench();
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

  it("opens an .xlsm by the picker and saves it as .xlsm, macros kept; the picker takes no other kind of file", async () => {
    const { user, picker } = await openWorkbench();
    // An .xls is not offered: the picker passes it over and the book stays.
    await user.upload(picker, sampleFile("old.xls"));
    expect(screen.getByText("plan.xlsx")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "บันทึกเป็น .xlsx (Save)" })).toBeInTheDocument();

    await user.upload(picker, fileOf(await buildFeatureBook(), "office.xlsm"));
    expect(await screen.findByText("office.xlsm")).toBeInTheDocument();
    const save = screen.getByRole("button", { name: "บันทึกเป็น .xlsm (Save)" });
    const saved = await savedFile(() => user.click(save));
    // A Blob's type is kept in lower case.
    expect([saved.name, saved.type]).toEqual([
      "office.xlsm",
      "application/vnd.ms-excel.sheet.macroenabled.12",
    ]);
    expect(saved.zip.file(FEATURE_BOOK_PARTS.macros)).not.toBeNull();
  });
});
