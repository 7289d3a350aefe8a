/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { App } from "../../src/taskpane/App";
import { DOCUMENT_SHEET, readSettings } from "../../src/plan";
import { sampleEmulator, SEED_AMENDMENTS } from "../fixtures/workbooks";
import { gridOf } from "../fixtures/workbooks";

describe("the pane's จัดทำเอกสาร tab", () => {
  jest.setTimeout(60000);

  it("asks the profile once, keeps it and the register in the workbook, and previews the round's parts", async () => {
    const emulator = await sampleEmulator();
    for (const [i, request] of SEED_AMENDMENTS.entries()) {
      const book = await emulator.run((context) => readBook(context));
      await emulator.run((context) =>
        applyAmendment(context, book, request, { id: `s${i}`, at: new Date(0) })
      );
    }
    (globalThis as { Excel?: unknown }).Excel = emulator.excel;
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <App today={new Date(Date.UTC(2023, 6, 20))} />
      </FluentProvider>
    );
    await screen.findByText("องค์การบริหารส่วนตำบลคลองวาฬ");
    await user.click(screen.getByRole("tab", { name: "จัดทำเอกสาร" }));
    const type = async (name: RegExp | string, text: string) => {
      const box = screen.getByRole("textbox", { name });
      await user.clear(box);
      await user.click(box);
      await user.paste(text);
    };
    expect(screen.getByRole("textbox", { name: /ชื่อองค์กรปกครองส่วนท้องถิ่น/ })).toHaveValue(
      "องค์การบริหารส่วนตำบลคลองวาฬ"
    );

    // Without the rest of the profile, the document says what is missing.
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างเอกสาร" }));
    expect(await screen.findByText(/ยังไม่มีข้อมูลหน่วยงาน: อำเภอ, จังหวัด/)).toBeInTheDocument();

    await type(/^อำเภอ/, "เมืองประจวบคีรีขันธ์");
    await type(/^จังหวัด/, "ประจวบคีรีขันธ์");
    await type(/ชื่อผู้บริหาร/, "นายสมชาย ปี่แก้ว");
    await type(/ตำแหน่งผู้บริหาร/, "นายกองค์การบริหารส่วนตำบลคลองวาฬ");
    for (const [round, date] of [
      ["เพิ่มเติม ครั้งที่ 1/2566", "6/2/2566"],
      ["แก้ไข ครั้งที่ 2/2566", "๑๗/๗/๒๕๖๖"],
    ]) {
      await type(/ครั้งที่ \(รวมครั้งก่อนใช้โปรแกรม\)/, round);
      await type(/^วันที่ผู้บริหารเห็นชอบ/, date);
      await type(/^วันที่ประกาศ/, date);
      await user.click(screen.getByRole("button", { name: "เพิ่มในทะเบียน" }));
    }
    const register = screen.getByRole("table", { name: /ทะเบียน/ });
    expect(within(register).getAllByText("๑๗/๗/๒๕๖๖")).toHaveLength(2);
    // A round typed by mistake is taken out again before the register is kept.
    await type(/ครั้งที่ \(รวมครั้งก่อนใช้โปรแกรม\)/, "เปลี่ยนแปลง ครั้งที่ 9/2566");
    await user.click(screen.getByRole("button", { name: "เพิ่มในทะเบียน" }));
    expect(within(register).getByText("เปลี่ยนแปลง ครั้งที่ ๙/๒๕๖๖")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "ลบ เปลี่ยนแปลง ครั้งที่ ๙/๒๕๖๖" }));
    expect(within(register).queryByText("เปลี่ยนแปลง ครั้งที่ ๙/๒๕๖๖")).toBeNull();

    await user.click(screen.getByRole("button", { name: "บันทึกข้อมูลลงสมุดงาน" }));
    expect(await screen.findByText("บันทึกข้อมูลหน่วยงานและทะเบียนลงสมุดงานแล้ว")).toBeInTheDocument();
    const kept = readSettings({
      sheet: DOCUMENT_SHEET,
      values: gridOf(emulator.workbook, DOCUMENT_SHEET),
    });
    expect(kept.profile.executiveName).toBe("นายสมชาย ปี่แก้ว");
    expect(kept.rounds.map((r) => [r.round.kind, r.round.number])).toEqual([
      ["เพิ่มเติม", 1],
      ["แก้ไข", 2],
    ]);
    expect(emulator.workbook.sheet(DOCUMENT_SHEET)!.visibility).toBe("Hidden");

    await user.click(screen.getByRole("tab", { name: "จัดทำเอกสาร" }));
    await user.click(await screen.findByRole("button", { name: "ดูตัวอย่างเอกสาร" }));
    const parts = await screen.findByRole("table", { name: "ส่วนของเอกสาร" });
    const row = (name: string) => within(parts).getByText(name).closest("tr")!;
    expect(within(row("หลักการและเหตุผล")).getByText("๑")).toBeInTheDocument();
    expect(within(row("บทนำ")).getByText("๒–๓")).toBeInTheDocument();
    expect(within(row("ภาคผนวก ก")).getByText("๗–๘")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "สร้างชีตพร้อมพิมพ์" }));
    expect(await screen.findByText(/สร้างชีตพร้อมพิมพ์ของทุกส่วนแล้ว/)).toBeInTheDocument();
    expect(emulator.workbook.sheet("ภาคผนวก ก ๒-๒๕๖๖")!.pageSetup.orientation).toBe("Landscape");
  });
});
