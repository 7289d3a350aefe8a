/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { readBook } from "../../src/excel/readBook";
import { budgetIn, readPlan } from "../../src/plan";
import { PROJECT_NAMES } from "../fixtures/seed";
import { sampleEmulator } from "../fixtures/workbooks";
import { renderPane, openTab, type User } from "./openPane";

/** The sample plan open in the pane, on its บันทึกการแก้ไข tab. */
async function openAmendTab(today: Date) {
  const emulator = await sampleEmulator();
  const user = renderPane(emulator, today);
  await openTab(user, "บันทึกการแก้ไข");
  return { emulator, user };
}

async function chooseProject(user: User, name: string) {
  await user.click(screen.getByRole("combobox", { name: /โครงการ/ }));
  await user.paste(name.slice(0, 12));
  await user.click(await screen.findByRole("option", { name: new RegExp(name.slice(0, 12)) }));
}

describe("the pane records every kind of revision", () => {
  jest.setTimeout(400000);

  it("proposes the kind's own round, shows the project as it is, and writes what was changed", async () => {
    const { emulator, user } = await openAmendTab(new Date(Date.UTC(2023, 7, 1)));
    await user.click(screen.getByRole("radio", { name: /เปลี่ยนรายละเอียด/ }));
    expect(screen.getByRole("textbox", { name: /เปลี่ยนแปลง ครั้งที่/ })).toHaveValue("1/2566");
    await chooseProject(user, PROJECT_NAMES[1]);
    const unit = screen.getByRole("textbox", { name: "หน่วยงานรับผิดชอบ" });
    expect(unit).toHaveValue("กองช่าง");
    await user.clear(unit);
    await user.paste("กองคลัง");
    const budget = screen.getByRole("textbox", { name: "งบประมาณปี ๒๕๖๘" });
    await user.clear(budget);
    await user.paste("120,000");
    await user.click(screen.getByRole("textbox", { name: /เอกสาร/ }));
    await user.paste("เพิ่มเติม ครั้งที่ ๑/๒๕๖๖");
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
    await screen.findByRole("table", { name: "ดูตัวอย่างการเปลี่ยนแปลง" });
    await user.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    expect(await screen.findByText("บันทึกการแก้ไขแล้ว")).toBeInTheDocument();
    expect(
      screen.getByText(/เปิดข้อของระเบียบที่ใช้กับการเปลี่ยนแปลง แล้วดำเนินการตามนั้น/)
    ).toBeInTheDocument();

    const plan = readPlan((await emulator.run((context) => readBook(context))).sheets);
    const changed = plan.projects.find((p) => p.name === PROJECT_NAMES[1])!;
    expect([changed.unit, budgetIn(changed, 2566), budgetIn(changed, 2568)]).toEqual([
      "กองคลัง",
      300000,
      120000,
    ]);
  });

  it("adds a new project (เพิ่มเติม) to the sheet of the tactic and work plan chosen", async () => {
    const { emulator, user } = await openAmendTab(new Date(Date.UTC(2023, 10, 1)));
    await user.click(screen.getByRole("radio", { name: /เพิ่มโครงการใหม่/ }));
    expect(screen.getByRole("textbox", { name: /เพิ่มเติม ครั้งที่/ })).toHaveValue("1/2567");
    await user.click(screen.getByRole("combobox", { name: /กลยุทธ์และแผนงาน/ }));
    await user.click(screen.getByRole("option", { name: "๖.๒ แผนงานอุตสาหกรรมและการโยธา" }));
    await user.click(screen.getByRole("textbox", { name: "ชื่อโครงการ" }));
    await user.paste("โครงการจัดทำระบบสารสนเทศงานทะเบียน");
    await user.click(screen.getByRole("textbox", { name: "งบประมาณปี ๒๕๖๘" }));
    await user.paste("500,000");
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
    await screen.findByRole("table", { name: "ดูตัวอย่างการเปลี่ยนแปลง" });
    await user.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    expect(await screen.findByText("บันทึกการแก้ไขแล้ว")).toBeInTheDocument();
    // Ready for the next project of the round: its fields blank, the round kept.
    expect(screen.getByRole("textbox", { name: "ชื่อโครงการ" })).toHaveValue("");
    expect(screen.getByRole("textbox", { name: "งบประมาณปี ๒๕๖๘" })).toHaveValue("");
    expect(screen.getByRole("textbox", { name: /เพิ่มเติม ครั้งที่/ })).toHaveValue("1/2567");

    const plan = readPlan((await emulator.run((context) => readBook(context))).sheets);
    const added = plan.projects.at(-1)!;
    expect([added.name, added.tactic, added.order, added.round, budgetIn(added, 2568)]).toEqual([
      "โครงการจัดทำระบบสารสนเทศงานทะเบียน",
      "6.2",
      "1",
      "เพิ่มเติม ครั้งที่ 1/2567",
      500000,
    ]);
  });

  it("adds a project under a work plan new to its tactic: offered apart, previewed with the new sheet and the new ผ.01 row, written", async () => {
    const { emulator, user } = await openAmendTab(new Date(Date.UTC(2023, 10, 1)));
    await user.click(screen.getByRole("radio", { name: /เพิ่มโครงการใหม่/ }));
    await user.click(screen.getByRole("combobox", { name: /กลยุทธ์และแผนงาน/ }));
    const fresh = screen.getByRole("group", { name: /สร้างชีตใหม่/ });
    expect(
      within(fresh).queryByRole("option", { name: "๖.๒ แผนงานอุตสาหกรรมและการโยธา" })
    ).toBeNull();
    await user.click(within(fresh).getByRole("option", { name: "๖.๒ แผนงานการศึกษา" }));
    await user.click(screen.getByRole("textbox", { name: "ชื่อโครงการ" }));
    await user.paste("โครงการห้องสมุดประชาชน");
    await user.click(screen.getByRole("textbox", { name: "งบประมาณปี ๒๕๖๘" }));
    await user.paste("300,000");
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
    expect(await screen.findByText(/สร้างชีตใหม่ "ผ.02 \(2\)" ตามแบบชีต "ผ.02"/)).toBeInTheDocument();
    // The preview lists the ผ.01 row the revision inserts.
    expect(
      screen.getByRole("cell", { name: /^- → ๖ ยุทธศาสตร์.*\(๒\) แผนงานการศึกษา$/ })
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    expect(await screen.findByText("บันทึกการแก้ไขแล้ว")).toBeInTheDocument();
    expect(screen.getByText(/สร้างชีตใหม่ "ผ.02 \(2\)"/)).toBeInTheDocument();

    const plan = readPlan((await emulator.run((context) => readBook(context))).sheets);
    const added = plan.projects.at(-1)!;
    expect([added.sheet, added.tactic, added.workPlan, budgetIn(added, 2568)]).toEqual([
      "ผ.02 (2)",
      "6.2",
      "แผนงานการศึกษา",
      300000,
    ]);
  });

  it("moves a project to another tactic and work plan (แก้ไข), the mark naming where it came from", async () => {
    const { emulator, user } = await openAmendTab(new Date(Date.UTC(2023, 7, 1)));
    await user.click(screen.getByRole("radio", { name: /ย้ายไปแผนงานอื่น/ }));
    await chooseProject(user, PROJECT_NAMES[0]);
    await user.click(screen.getByRole("combobox", { name: /ย้ายไปกลยุทธ์และแผนงาน/ }));
    await user.click(screen.getByRole("option", { name: "๖.๒ แผนงานอุตสาหกรรมและการโยธา" }));
    await user.click(screen.getByRole("textbox", { name: /เอกสาร/ }));
    await user.paste("เพิ่มเติม ครั้งที่ ๑/๒๕๖๖");
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
    await screen.findByRole("table", { name: "ดูตัวอย่างการเปลี่ยนแปลง" });
    await user.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    expect(await screen.findByText("บันทึกการแก้ไขแล้ว")).toBeInTheDocument();
    const plan = readPlan((await emulator.run((context) => readBook(context))).sheets);
    expect(plan.projects.map((p) => [p.name, p.tactic])).toEqual([
      [PROJECT_NAMES[1], "6.2"],
      [PROJECT_NAMES[0], "6.2"],
    ]);
    expect(emulator.workbook.sheet("ผ.02")!.shapes.map((s) => s.text)).toEqual([
      "แผนงานเคหะและชุมชน แก้ไข ครั้งที่ ๑/๒๕๖๖",
    ]);
  });
});
