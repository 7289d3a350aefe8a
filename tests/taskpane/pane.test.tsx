/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import type { Emulator } from "../../src/emulator";
import { APPENDIX_SHEET } from "../../src/plan";
import { PROJECT_NAMES } from "../fixtures/seed";
import { sampleEmulator, snapshotOf } from "../fixtures/workbooks";
import { renderPane, openTab, type User } from "./openPane";

const TODAY = new Date(Date.UTC(2023, 6, 17));
let emulator: Emulator;

beforeEach(async () => {
  emulator = await sampleEmulator();
});

const openAmendTab = (user: User) => openTab(user, "บันทึกการแก้ไข");

/** Typing Thai character by character is slow in jsdom; a user's paste goes through the same events. */
async function fill(user: User, box: HTMLElement, text: string) {
  await user.click(box);
  await user.paste(text);
}

async function chooseProject(user: User, name: string) {
  const box = screen.getByRole("combobox", { name: /โครงการ/ });
  await user.click(box);
  await user.paste(name.slice(0, 12));
  await user.click(await screen.findByRole("option", { name: new RegExp(name.slice(0, 12)) }));
}

/** The seed's second project moved as the seed records it, up to the preview. */
async function previewSeedAmendment(user: User) {
  await openAmendTab(user);
  await chooseProject(user, PROJECT_NAMES[1]);
  const round = screen.getByRole("textbox", { name: /แก้ไข ครั้งที่/ });
  await user.clear(round);
  await fill(user, round, "2/2566");
  await fill(user, screen.getByRole("textbox", { name: /เอกสาร/ }), "เพิ่มเติม ครั้งที่ ๑/๒๕๖๖");
  const [wasPage, nowPage] = screen.getAllByRole("textbox", { name: "หน้า" });
  await fill(user, wasPage, "11");
  await fill(user, nowPage, "6");
  await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
}

describe("the task pane", () => {
  jest.setTimeout(400000);

  it("shows the plan at a glance", async () => {
    renderPane(emulator, TODAY);
    expect(await screen.findByText("องค์การบริหารส่วนตำบลคลองวาฬ")).toBeInTheDocument();
    expect(screen.getByText("๒๕๖๖–๒๕๗๐")).toBeInTheDocument();
    const strategies = screen.getByRole("table", { name: "ยุทธศาสตร์" });
    expect(within(strategies).getByText("๑,๔๐๐,๐๐๐")).toBeInTheDocument();
    expect(within(strategies).getByText("๓๐๐,๐๐๐")).toBeInTheDocument();
  });

  it("fills in the defaults: the project's budget by year, its first budgeted year, the next round", async () => {
    const user = renderPane(emulator, TODAY);
    await openAmendTab(user);
    expect(screen.getByRole("textbox", { name: /แก้ไข ครั้งที่/ })).toHaveValue("1/2566");
    expect(screen.getByRole("textbox", { name: /เหตุผลการแก้ไข/ })).toHaveValue(
      "เพื่อให้แผนพัฒนาท้องถิ่นถูกต้องและสามารถนำไปปฏิบัติ"
    );
    await chooseProject(user, PROJECT_NAMES[0]);
    const budgets = screen.getByRole("table", { name: "งบประมาณรายปีของโครงการ" });
    // A row per year, the amount beside its year.
    const rows = within(budgets)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent)
      );
    expect(rows).toEqual([
      ["๒๕๖๖", "๑,๔๐๐,๐๐๐"],
      ["๒๕๖๗", "-"],
      ["๒๕๖๘", "-"],
      ["๒๕๖๙", "-"],
      ["๒๕๗๐", "-"],
    ]);
    expect(screen.getByRole("combobox", { name: "ย้ายจากปี" })).toHaveTextContent("๒๕๖๖");
    expect(screen.getByRole("combobox", { name: "ไปปี" })).toHaveTextContent("๒๕๖๗");
  });

  it("shows errors in Thai (English on the switch) and writes nothing", async () => {
    const user = renderPane(emulator, TODAY);
    await openAmendTab(user);
    const before = snapshotOf(emulator.workbook);
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
    expect(await screen.findByText("เลือกโครงการที่จะแก้ไข")).toBeInTheDocument();
    await chooseProject(user, PROJECT_NAMES[1]);
    await fill(user, screen.getByRole("textbox", { name: /จำนวนเงิน/ }), "9,999,999");
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
    expect(await screen.findByText(/เกินงบประมาณปี ๒๕๖๖/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "English" }));
    expect(
      await screen.findByText(/more than the 300,000 baht budgeted in 2566/)
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Apply" })).toBeDisabled();
    expect(snapshotOf(emulator.workbook)).toEqual(before);
  });

  it("previews every cell that will change, then applies, and Undo restores", async () => {
    const user = renderPane(emulator, TODAY);
    const original = snapshotOf(emulator.workbook);
    await previewSeedAmendment(user);
    const preview = await screen.findByRole("table", { name: "ดูตัวอย่างการเปลี่ยนแปลง" });
    expect(within(preview).getAllByRole("row").length).toBeGreaterThan(6);
    // Each cell says what it is, its figures with commas in Thai digits.
    expect(
      within(preview).getByText(/^'ผ.02'!F33 · งบประมาณปี ๒๕๖๗ · โครงการพัฒนาระบบ/)
    ).toBeInTheDocument();
    expect(within(preview).getAllByText(/ → ๓๐๐,๐๐๐$/).length).toBeGreaterThan(0);
    expect(
      screen.getByText(
        /ช่องปีงบประมาณ ๒๕๖๗ งบประมาณ ๓๐๐,๐๐๐ บาท ปรากฏในแผนพัฒนาท้องถิ่น \(พ.ศ. ๒๕๖๖-๒๕๗๐\) แก้ไข ครั้งที่ ๒\/๒๕๖๖ หน้า ๖ ลำดับที่ ๑/
      )
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    expect(await screen.findByText("บันทึกการแก้ไขแล้ว")).toBeInTheDocument();
    expect(
      screen.getByText(/ปิดประกาศให้ประชาชนทราบไม่น้อยกว่า ๓๐ วัน ตั้งแต่ ๑๗ กรกฎาคม ๒๕๖๖ ถึง ๑๖ สิงหาคม ๒๕๖๖/)
    ).toBeInTheDocument();
    expect(emulator.workbook.sheet(APPENDIX_SHEET)).toBeDefined();

    await user.click(screen.getByRole("tab", { name: "ประวัติ/ยกเลิก" }));
    await screen.findByText(/แก้ไข ครั้งที่ ๒\/๒๕๖๖: โครงการพัฒนาระบบ/);
    await user.click(screen.getByRole("button", { name: "ยกเลิกรายการล่าสุด" }));
    // Undo names what it restores and asks first.
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("ยกเลิกการแก้ไขนี้?")).toBeInTheDocument();
    expect(within(dialog).getByText(/แก้ไข ครั้งที่ ๒\/๒๕๖๖: โครงการพัฒนาระบบ/)).toBeInTheDocument();
    await user.click(within(dialog).getByText("ยกเลิกและคืนค่าเดิม"));
    expect(await screen.findByText("ยกเลิกแล้ว: ทุกเซลล์กลับเป็นค่าเดิม")).toBeInTheDocument();
    await waitFor(() => expect(snapshotOf(emulator.workbook)).toEqual(original));
  });

  it("says, when Excel stops the write half-way, that nothing was recorded and the workbook is as it was", async () => {
    const user = renderPane(emulator, TODAY);
    const original = snapshotOf(emulator.workbook);
    await previewSeedAmendment(user);
    await screen.findByRole("table", { name: "ดูตัวอย่างการเปลี่ยนแปลง" });
    // The apply's second sync (the write) fails at its fifth command, as another workbook taking focus would.
    emulator.options.failAt = {
      sync: emulator.syncs.length + 2,
      write: 5,
      code: "GeneralException",
    };
    await user.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    expect(
      await screen.findByText(/ไม่ได้บันทึกการแก้ไข: Excel หยุดการเขียนกลางคัน \(GeneralException/)
    ).toBeInTheDocument();
    expect(screen.getByText(/สมุดงานกลับเป็นเหมือนเดิมทุกเซลล์แล้ว/)).toBeInTheDocument();
    expect(emulator.syncs.some((s) => s.failed === "GeneralException")).toBe(true);
    await waitFor(() => expect(snapshotOf(emulator.workbook)).toEqual(original));
  }, 180000);

  it("uses the selected row of the sheet", async () => {
    const user = renderPane(emulator, TODAY);
    await openAmendTab(user);
    emulator.workbook.selection = { sheet: "ผ.02", area: { row: 32, col: 3, rows: 1, cols: 1 } };
    await user.click(screen.getByRole("button", { name: "ใช้แถวที่เลือกในชีต" }));
    expect(await screen.findByRole("combobox", { name: /โครงการ/ })).toHaveValue(PROJECT_NAMES[1]);
    emulator.workbook.selection = { sheet: "ผ.02", area: { row: 0, col: 0, rows: 1, cols: 1 } };
    await user.click(screen.getByRole("button", { name: "ใช้แถวที่เลือกในชีต" }));
    expect(await screen.findByText(/แถว 1 ของชีต ผ.02 ไม่ใช่แถวโครงการ/)).toBeInTheDocument();
  });

  it("says what it looked for when the workbook holds no plan", async () => {
    emulator.workbook.sheets = [];
    emulator.workbook.addSheet("Sheet1").cellForWrite(0, 0).value = "สวัสดี";
    renderPane(emulator, TODAY);
    expect(await screen.findByText("ไม่พบแผนในสมุดงานนี้")).toBeInTheDocument();
    expect(screen.getByText(/ตัวอ่านมองหาหัวตาราง ที่ \| โครงการ/)).toBeInTheDocument();
  });
});
