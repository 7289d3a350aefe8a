/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { Emulator } from "../../src/emulator";
import { readBook } from "../../src/excel/readBook";
import { checkBook } from "../../src/plan";
import { generateOfficeBook } from "../fixtures/officeBook";
import { generateRoundBook } from "../fixtures/roundBook";
import { renderPane } from "./openPane";

const TODAY = new Date(Date.UTC(2025, 2, 1));

const open = (emulator: Emulator) => renderPane(emulator, TODAY);

describe("the pane's findings (issue 19)", () => {
  jest.setTimeout(60000);

  it("lists every finding by kind and sheet, counted as the counting line counts, and a click selects its cell", async () => {
    const truth = generateRoundBook();
    const emulator = new Emulator(truth.workbook);
    const user = open(emulator);
    expect(
      await screen.findByText("ผ.01 ไม่ตรงรายละเอียด ๑ แถว · ยอดรวมในชีตไม่ตรง ๒ แถว")
    ).toBeInTheDocument();
    // The first kind is open; the others open on a click.
    const sheetTotals = screen.getByRole("button", { name: "ยอดรวมในชีตไม่ตรง (๒ แถว)" });
    expect(sheetTotals).toHaveAttribute("aria-expanded", "false");
    await user.click(sheetTotals);
    expect(screen.getByRole("button", { name: "ผ.02 ยุทธ1 (๑ แถว)" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "ผ.02 ยุทธ2 (๑ แถว)" })).toBeInTheDocument();
    const leftOut = screen.getByText(/ยอดรวมแถว 14 ไม่รวมโครงการแถว 15, 16 ที่เพิ่มภายหลัง/);
    await user.click(within(leftOut.closest("li")!).getByRole("button"));
    expect(emulator.workbook.selection).toEqual({
      sheet: "ผ.02 ยุทธ1",
      area: { row: 13, col: 4, rows: 1, cols: 1 },
    });
  });

  it("lists every one of a large book's findings once every group is opened", async () => {
    const book = generateOfficeBook(8);
    const emulator = new Emulator(book.workbook);
    const findings = checkBook(
      await emulator.run((context) => readBook(context)).then((b) => b.sheets)
    );
    const user = open(emulator);
    await screen.findByText("เทศบาลเมืองตัวอย่างบนดอย");
    const list = screen.getByRole("heading", { name: /ข้อควรตรวจสอบในแผน/ }).parentElement!;
    for (;;) {
      const closed = within(list)
        .queryAllByRole("button")
        .filter((b) => b.getAttribute("aria-expanded") === "false");
      if (closed.length === 0) break;
      for (const button of closed) await user.click(button);
    }
    expect(list.querySelectorAll("li")).toHaveLength(findings.length);
  });
});
