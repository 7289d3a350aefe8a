/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { DOCUMENT_SHEET, readSettings } from "../../src/plan";
import { sampleEmulator, SEED_AMENDMENTS } from "../fixtures/workbooks";
import { gridOf } from "../fixtures/workbooks";
import { renderPane, openTab } from "./openPane";

describe("the pane's จัดทำเอกสาร tab", () => {
  jest.setTimeout(400000);

  it("asks the profile once, keeps it and the register in the workbook, and previews the round's parts", async () => {
    const emulator = await sampleEmulator();
    for (const [i, request] of SEED_AMENDMENTS.entries()) {
      const book = await emulator.run((context) => readBook(context));
      await emulator.run((context) =>
        applyAmendment(context, book, request, { id: `s${i}`, at: new Date(0) })
      );
    }
    const user = renderPane(emulator, new Date(Date.UTC(2023, 6, 20)));
    await openTab(user, "จัดทำเอกสาร");
    const type = async (name: RegExp | string, text: string) => {
      const box = screen.getByRole("textbox", { name });
      await user.clear(box);
      await user.click(box);
      await user.paste(text);
    };
    expect(screen.getByRole("textbox", { name: /ชื่อองค์กรปกครองส่วนท้องถิ่น/ })).toHaveValue(
      "องค์การบริหารส่วนตำบลคลองวาฬ"
    );

    const kept = () =>
      readSettings({ sheet: DOCUMENT_SHEET, values: gridOf(emulator.workbook, DOCUMENT_SHEET) });

    // The round the revisions recorded is in the register with their approval date; lacking an announcement
    // date, it is not offered for a document, and the pane says what it lacks.
    const register = screen.getByRole("table", { name: /ทะเบียน/ });
    const roundRow = () => within(register).getByText("แก้ไข ครั้งที่ ๒/๒๕๖๖").closest("tr")!;
    expect(within(roundRow()).getByText("๑๗/๗/๒๕๖๖")).toBeInTheDocument();
    expect(screen.getByText(/แก้ไข ครั้งที่ ๒\/๒๕๖๖: ยังจัดทำเอกสารไม่ได้/)).toBeInTheDocument();
    expect(screen.getByText(/ยังไม่มีวันที่ประกาศ/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "ดูตัวอย่างเอกสาร" })).toBeDisabled();

    await type(/^อำเภอ/, "เมืองประจวบคีรีขันธ์");
    await type(/^จังหวัด/, "ประจวบคีรีขันธ์");
    await type(/ชื่อผู้บริหาร/, "นายสมชาย ปี่แก้ว");
    await type(/ตำแหน่งผู้บริหาร/, "นายกองค์การบริหารส่วนตำบลคลองวาฬ");
    await user.click(screen.getByRole("button", { name: "บันทึกข้อมูลลงสมุดงาน" }));
    expect(await screen.findByText("บันทึกข้อมูลหน่วยงานและทะเบียนลงสมุดงานแล้ว")).toBeInTheDocument();
    expect(kept().profile.executiveName).toBe("นายสมชาย ปี่แก้ว");
    expect(emulator.workbook.sheet(DOCUMENT_SHEET)!.visibility).toBe("Hidden");

    // An earlier round is added by hand, and is in the workbook as soon as the pane says saved.
    const entry = async (round: string, approved: string, announced: string) => {
      await type(/ครั้งที่ \(รวมครั้งก่อนใช้โปรแกรม\)/, round);
      await type(/^วันที่ผู้บริหารเห็นชอบ/, approved);
      await type(/^วันที่ประกาศ/, announced);
      await user.click(screen.getByRole("button", { name: "บันทึกในทะเบียน" }));
    };
    await entry("เพิ่มเติม ครั้งที่ 1/2566", "6/2/2566", "6/2/66");
    expect(await screen.findByText("บันทึกครั้งที่ลงทะเบียนในสมุดงานแล้ว")).toBeInTheDocument();
    expect(kept().rounds.map((r) => [r.round.kind, r.round.number])).toEqual([["เพิ่มเติม", 1]]);

    // An announcement before its approval is refused with the reason, and nothing is written.
    await user.click(screen.getByRole("button", { name: "แก้ แก้ไข ครั้งที่ ๒/๒๕๖๖" }));
    expect(screen.getByRole("textbox", { name: /^วันที่ผู้บริหารเห็นชอบ/ })).toHaveValue("17/7/2566");
    await type(/^วันที่ประกาศ/, "16/7/2566");
    await user.click(screen.getByRole("button", { name: "บันทึกในทะเบียน" }));
    expect(await screen.findByText(/วันที่ประกาศ ๑๖\/๗\/๒๕๖๖ ก่อนวันที่เห็นชอบ/)).toBeInTheDocument();
    expect(kept().rounds).toHaveLength(1);
    // Edited: the round's announcement date, written to the workbook.
    await type(/^วันที่ประกาศ/, "๑๗ ก.ค. ๖๖");
    await user.click(screen.getByRole("button", { name: "บันทึกในทะเบียน" }));
    await waitFor(() => expect(kept().rounds).toHaveLength(2));
    expect(within(roundRow()).getAllByText("๑๗/๗/๒๕๖๖")).toHaveLength(2);

    // A round typed by mistake is taken out again, in the workbook too.
    await entry("เปลี่ยนแปลง ครั้งที่ 9/2566", "1/8/2566", "");
    expect(await within(register).findByText("เปลี่ยนแปลง ครั้งที่ ๙/๒๕๖๖")).toBeInTheDocument();
    await waitFor(() => expect(kept().rounds).toHaveLength(3));
    await user.click(screen.getByRole("button", { name: "ลบ เปลี่ยนแปลง ครั้งที่ ๙/๒๕๖๖" }));
    await waitFor(() => expect(kept().rounds).toHaveLength(2));
    // A round with no revision recorded says so, and is not offered.
    expect(screen.queryByText(/เปลี่ยนแปลง ครั้งที่ ๙\/๒๕๖๖: ยังจัดทำเอกสารไม่ได้/)).toBeNull();
    expect(screen.getByText(/เพิ่มเติม ครั้งที่ ๑\/๒๕๖๖: ยังจัดทำเอกสารไม่ได้/)).toBeInTheDocument();

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
    // The round's document is made: the round is closed to further revisions.
    await waitFor(() =>
      expect(kept().rounds.find((r) => r.round.kind === "แก้ไข")?.documentedOn).toEqual(
        new Date(Date.UTC(2023, 6, 20))
      )
    );
  });
});
