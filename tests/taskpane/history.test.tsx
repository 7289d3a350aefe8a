/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { applyRevision } from "../../src/excel/amend";
import { readBook } from "../../src/excel/readBook";
import { HistoryPanel } from "../../src/taskpane/HistoryPanel";
import type { Language } from "../../src/taskpane/i18n";
import { movementWords } from "../../src/taskpane/movementWords";
import { REVISION_KINDS } from "../fixtures/revisionKinds";
import { sampleEmulator } from "../fixtures/workbooks";

describe("the history tab", () => {
  it("says what each kind of revision did in the pane's language: English words and Arabic digits in English", async () => {
    const emulator = await sampleEmulator();
    // A budget moved, a project's details changed, a project added, a project moved to another work plan.
    for (const kind of [0, 1, 2, 4]) {
      const [, plan] = REVISION_KINDS[kind];
      const book = await emulator.run((context) => readBook(context));
      const revision = { ...plan(book), id: `h${kind}` };
      await emulator.run((context) =>
        applyRevision(context, book, revision, { id: revision.id, at: new Date(0) })
      );
    }
    const book = await emulator.run((context) => readBook(context));
    const shown = (language: Language) => {
      const { unmount } = render(
        <FluentProvider theme={webLightTheme}>
          <HistoryPanel book={book} language={language} onUndone={() => {}} />
        </FluentProvider>
      );
      const lines = screen.getAllByRole("listitem").map((li) => li.lastChild!.textContent);
      unmount();
      return lines;
    };
    expect(shown("en")).toEqual([
      "What changed: Moved 300,000 baht from 2566 to 2567",
      "What changed: Changed target, the 2568 budget to 200,000 baht",
      "What changed: Project added",
      "What changed: Moved from แผนงานเคหะและชุมชน (ผ.02)",
    ]);
    expect(shown("th")).toEqual([
      "สิ่งที่เปลี่ยน: ย้ายงบประมาณ ๓๐๐,๐๐๐ บาท จากปี ๒๕๖๖ ไปปี ๒๕๖๗",
      "สิ่งที่เปลี่ยน: เปลี่ยนแปลง เป้าหมาย, งบประมาณปี ๒๕๖๘ เป็น ๒๐๐,๐๐๐ บาท",
      "สิ่งที่เปลี่ยน: เพิ่มโครงการ",
      "สิ่งที่เปลี่ยน: ย้ายจากแผนงานเคหะและชุมชน (ผ.02)",
    ]);
  });

  it("shows words of no known shape as they are, their digits Arabic in English", () => {
    expect(movementWords("ปรับข้อความ ๓ แห่ง", "en")).toBe("ปรับข้อความ 3 แห่ง");
    expect(movementWords("ปรับข้อความ ๓ แห่ง", "th")).toBe("ปรับข้อความ ๓ แห่ง");
  });
});
