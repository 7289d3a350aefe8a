/** @jest-environment jsdom */
import "./setup";
import { screen } from "@testing-library/react";
import { Emulator } from "../../src/emulator";
import { generateOfficeBook } from "../fixtures/officeBook";
import { renderPane } from "./openPane";

/** Fiscal year 2568: the book's marks name แก้ไข ครั้งที่ 2 / 2568, so the pane proposes 3/2568. */
const TODAY = new Date(Date.UTC(2025, 2, 1));

describe("the task pane on a book typed as offices type theirs", () => {
  jest.setTimeout(400000);

  it("opens the findings with their counting line, shows a project's rounds, applies and marks the row", async () => {
    const book = generateOfficeBook(8);
    const emulator = new Emulator(book.workbook);
    const user = renderPane(emulator, TODAY);
    expect(await screen.findByText("เทศบาลเมืองตัวอย่างบนดอย")).toBeInTheDocument();
    expect(
      screen.getByText(/^ผ\.01 ไม่ตรงรายละเอียด ๑ แถว · ยอดรวมใน ผ\.01 ไม่ตรง ๑ แถว/)
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "ผ.01 ไม่ตรงรายละเอียด (๑ แถว)" })).toBeInTheDocument();
    expect(screen.getByText(/^(แก้ไข|เพิ่มเติม) ครั้งที่ ๒\/๒๕๖๘$/)).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "บันทึกการแก้ไข" }));
    expect(screen.getByRole("textbox", { name: /แก้ไข ครั้งที่/ })).toHaveValue("3/2568");
    const marked = book.projects.find((p) => p.marks[0] === "แก้ไข ครั้งที่ 2 / 2568")!;
    const box = screen.getByRole("combobox", { name: /โครงการ/ });
    await user.click(box);
    await user.paste(marked.name.replace(/ \(ต่อเนื่อง\)$/, ""));
    const options = await screen.findAllByRole("option", { name: /แก้ไข ครั้งที่ ๒\/๒๕๖๘/ });
    await user.click(options[0]);
    expect(screen.getByText(/ประวัติการแก้ไข: .*แก้ไข ครั้งที่ ๒\/๒๕๖๘/)).toBeInTheDocument();
    await user.click(screen.getByRole("textbox", { name: /เอกสาร/ }));
    await user.paste("แก้ไข ครั้งที่ ๒/๒๕๖๘");
    await user.click(screen.getByRole("button", { name: "ดูตัวอย่างการเปลี่ยนแปลง" }));
    await screen.findByRole("table", { name: "ดูตัวอย่างการเปลี่ยนแปลง" });
    const shapesBefore = emulator.workbook.sheet(marked.sheet)!.shapes.length;
    await user.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    expect(await screen.findByText("บันทึกการแก้ไขแล้ว")).toBeInTheDocument();
    const shapes = emulator.workbook.sheet(marked.sheet)!.shapes;
    expect(shapes.length).toBe(shapesBefore + 1);
    expect(shapes.at(-1)!.text).toBe("แก้ไข ครั้งที่ ๓/๒๕๖๘");
    expect(shapes.at(-1)!.area.row).toBe(marked.row);
  });
});
