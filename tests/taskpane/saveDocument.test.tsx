/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { decodeRoundDocument } from "../../src/docx/roundTransfer";
import { saveDocumentSettings } from "../../src/excel/documentSettings";
import { readBook } from "../../src/excel/readBook";
import { readPlan } from "../../src/plan";
import { DocumentPanel } from "../../src/taskpane/DocumentPanel";
import { amendedSample, SEED_SETTINGS } from "../fixtures/seedDocument";
import { downloadedBlobs, fakeOffice } from "./standIns";

describe("the pane's Save as Word (.docx), by platform", () => {
  jest.setTimeout(60000);

  it("opens the browser page on Windows, downloads on the web, and offers the print-ready sheets where it cannot", async () => {
    const emulator = await amendedSample();
    await emulator.run((context) => saveDocumentSettings(context, SEED_SETTINGS));
    const book = await emulator.run((context) => readBook(context));
    (globalThis as { Excel?: unknown }).Excel = emulator.excel;
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <DocumentPanel book={book} plan={readPlan(book.sheets)} language="th" onSaved={() => {}} />
      </FluentProvider>
    );
    await user.click(screen.getByRole("combobox", { name: /ครั้งที่ \(เพิ่มเติม/ }));
    await user.click(screen.getByRole("option", { name: "แก้ไข ครั้งที่ ๒/๒๕๖๖" }));
    const save = screen.getByRole("button", { name: "บันทึกเป็น Word (.docx)" });

    const opened = fakeOffice("PC", { OpenBrowserWindowApi: "1.1" });
    await user.click(save);
    expect(
      await screen.findByText(
        "เปิดหน้าบันทึกเอกสารในเบราว์เซอร์แล้ว: ไฟล์ .docx จะลงโฟลเดอร์ดาวน์โหลดของเบราว์เซอร์"
      )
    ).toBeInTheDocument();
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]);
    expect(url.href.slice(0, -url.hash.length)).toBe(
      new URL("document.html", window.location.href).href
    );
    expect((await decodeRoundDocument(url.hash)).title).toBe(
      "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒/๒๕๖๖"
    );

    fakeOffice("OfficeOnline", {});
    const downloads = downloadedBlobs();
    await user.click(save);
    expect(
      await screen.findByText("บันทึกไฟล์ .docx ลงโฟลเดอร์ดาวน์โหลดของเบราว์เซอร์แล้ว")
    ).toBeInTheDocument();
    expect(downloads.map((d) => d.name)).toEqual([
      "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒-๒๕๖๖.docx",
    ]);

    fakeOffice("Mac", {});
    await user.click(save);
    const warning = (await screen.findByText(/Excel รุ่นนี้เปิดเบราว์เซอร์เพื่อบันทึกไฟล์ไม่ได้/)).closest(
      ".fui-MessageBar"
    ) as HTMLElement;
    await user.click(within(warning).getByRole("button", { name: "สร้างชีตพร้อมพิมพ์" }));
    expect(await screen.findByText(/สร้างชีตพร้อมพิมพ์ของทุกส่วนแล้ว/)).toBeInTheDocument();
    expect(emulator.workbook.sheet("ภาคผนวก ก ๒-๒๕๖๖")).toBeDefined();
  });
});
