/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { readBook } from "../../src/excel/readBook";
import { readPlan } from "../../src/plan";
import type { Language } from "../../src/taskpane/i18n";
import { Overview } from "../../src/taskpane/Overview";
import { sampleEmulator } from "../fixtures/workbooks";

describe("the overview's strategies", () => {
  it("are the pane's small table: each strategy with its five-year total, its number in the language's digits", async () => {
    const emulator = await sampleEmulator();
    const book = await emulator.run((context) => readBook(context));
    const plan = readPlan(book.sheets);
    const table = (language: Language, label: string) => {
      const { unmount } = render(
        <FluentProvider theme={webLightTheme}>
          <Overview book={book} plan={plan} findings={[]} language={language} />
        </FluentProvider>
      );
      const rows = within(screen.getByRole("table", { name: label }))
        .getAllByRole("row")
        .map((row) => [...row.children].map((cell) => cell.textContent));
      unmount();
      return rows;
    };
    expect(table("th", "ยุทธศาสตร์")).toEqual([
      ["ยุทธศาสตร์", "งบประมาณรวม (บาท)"],
      ["๔ ยุทธศาสตร์การบริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม", "๑,๔๐๐,๐๐๐"],
      ["๖ ยุทธศาสตร์การบริหารจัดการองค์กร", "๓๐๐,๐๐๐"],
    ]);
    expect(table("en", "Strategy")).toEqual([
      ["Strategy", "Total budget (baht)"],
      ["4 ยุทธศาสตร์การบริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม", "1,400,000"],
      ["6 ยุทธศาสตร์การบริหารจัดการองค์กร", "300,000"],
    ]);
  });
});
