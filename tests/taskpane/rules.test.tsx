/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { applyAmendment } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { DEFAULT_REASON } from "../../src/plan";
import { PROJECT_NAMES } from "../fixtures/seed";
import { sampleEmulator, SEED_AMENDMENTS, snapshotOf } from "../fixtures/workbooks";
import { renderPane, openTab } from "./openPane";

describe("the pane's rules on a round, its reason and its words", () => {
  jest.setTimeout(400000);

  it("offers a recorded round as 'add to', fills an empty reason visibly, and speaks English with Arabic digits", async () => {
    const emulator = await sampleEmulator();
    const book = await emulator.run((context) => readBook(context));
    await emulator.run((context) =>
      applyAmendment(context, book, SEED_AMENDMENTS[0], { id: "s0", at: new Date(0) })
    );
    const user = renderPane(emulator, new Date(Date.UTC(2023, 6, 20)));
    await openTab(user, "บันทึกการแก้ไข");
    const round = screen.getByRole("textbox", { name: /แก้ไข ครั้งที่/ });
    expect(round).toHaveValue("3/2566");

    await user.click(screen.getByRole("combobox", { name: /โครงการ/ }));
    await user.paste(PROJECT_NAMES[1].slice(0, 12));
    await user.click(
      await screen.findByRole("option", { name: new RegExp(PROJECT_NAMES[1].slice(0, 12)) })
    );
    await user.clear(round);
    await user.click(round);
    await user.paste("2/2566");
    // The round is recorded already: offered with its date, never taken silently.
    const join = screen.getByRole("checkbox", { name: "เพิ่มในแก้ไข ครั้งที่ ๒/๒๕๖๖ (เห็นชอบ ๑๗/๗/๒๕๖๖)" });
    expect(join).not.toBeChecked();
    const before = snapshotOf(emulator.workbook);
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
    expect(
      await screen.findByText(
        /แก้ไข ครั้งที่ ๒\/๒๕๖๖ มีอยู่แล้ว \(เห็นชอบ ๑๗\/๗\/๒๕๖๖\): เลือก "เพิ่มในแก้ไข ครั้งที่ ๒\/๒๕๖๖"/
      )
    ).toBeInTheDocument();
    await user.click(join);
    const approved = screen.getByRole("textbox", { name: /วันที่ผู้บริหารเห็นชอบ/ });
    expect(approved).toHaveValue("17/7/2566");
    expect(approved).toBeDisabled();

    // The reason emptied: the standard wording goes into the field, and the pane says so.
    const reason = screen.getByRole("textbox", { name: "เหตุผลการแก้ไข" });
    await user.clear(reason);
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
    await screen.findByRole("table", { name: "ดูตัวอย่างการเปลี่ยนแปลง" });
    expect(reason).toHaveValue(DEFAULT_REASON);
    expect(screen.getByText("เว้นว่างไว้ จึงใส่ข้อความมาตรฐานให้ แก้ได้")).toBeInTheDocument();
    // The appendix row under the headings the form prints, เดิม and ใหม่ apart.
    const row = screen.getByLabelText("แถวที่จะเพิ่มในชีต");
    expect(within(row).getByText("รายละเอียดในแผนพัฒนาท้องถิ่น (เดิม)")).toBeInTheDocument();
    expect(within(row).getByText("รายละเอียดในแผนพัฒนาท้องถิ่น (แก้ไขใหม่)")).toBeInTheDocument();
    expect(snapshotOf(emulator.workbook)).toEqual(before);

    // A เปลี่ยนแปลง gives its reason as one.
    await user.click(screen.getByRole("radio", { name: /เปลี่ยนรายละเอียด/ }));
    expect(screen.getByRole("textbox", { name: "เหตุผลการเปลี่ยนแปลง" })).toBeInTheDocument();

    // English: Arabic digits in the budgets and years, the kind's words in English.
    await user.click(screen.getByRole("button", { name: "English" }));
    const budgets = screen.getByRole("table", { name: "The project's budget by year" });
    expect(within(budgets).getByText("2566")).toBeInTheDocument();
    expect(within(budgets).getAllByText(/^\d{1,3}(,\d{3})+$/).length).toBeGreaterThan(0);
    expect(screen.getByRole("textbox", { name: "Reason for the change" })).toBeInTheDocument();
  });
});
