import {
  cellAddress,
  message,
  parseAddress,
  type CellEdit,
  type CellRef,
  type Message,
} from "../plan";

/**
 * A live ผ.01 (=PLAN.SUMMARY over the plan's range) recalculates by itself, but only over the range it names:
 * rows a revision adds below that range would be left out. The formula's range grows to take them in; what it
 * cannot take in (a project on another sheet than the one it reads) is told to the user.
 */
export interface LiveSummaryChange {
  /** The formula, re-pointed, where it must grow. */
  grow?: { cell: CellRef; before: string; after: string };
  notice?: Message;
}

const LIVE =
  /^=PLAN\.SUMMARY\(\s*((?:'[^']+'|[^'!,()]+)!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)\s*(,.*)?\)$/i;

export function liveSummaryChange(
  anchor: CellRef,
  formula: string,
  edits: readonly CellEdit[]
): LiveSummaryChange {
  const match = LIVE.exec(formula.trim());
  if (!match) return {};
  const range = parseAddress(match[1]);
  const plan = edits.filter((e) => e.role !== "summary" && e.cell.sheet !== anchor.sheet);
  const outside = plan.filter((e) => e.cell.sheet !== range.sheet);
  if (outside.length > 0) {
    return {
      notice: message(
        `ผ.01 เป็นสูตร PLAN.SUMMARY ที่อ่านเฉพาะ ${match[1]}: โครงการในชีต ${outside[0].cell.sheet} อยู่นอกนั้น กด ปรับปรุง ผ.01 (แบบสูตร) ในแท็บ ผ.01 ให้สูตรอ่านทุกชีต`,
        `The ผ.01 is a PLAN.SUMMARY formula that reads ${match[1]} only, and the project on ${outside[0].cell.sheet} is outside it: press Refresh ผ.01 (formula) on the ผ.01 tab so that it reads every sheet`
      ),
    };
  }
  const lastRow = Math.max(...plan.map((e) => e.cell.row));
  if (plan.length === 0 || lastRow < range.row + range.rows) return {};
  const grown = cellAddress({
    sheet: range.sheet,
    row: range.row,
    col: range.col,
  });
  const end = cellAddress({ sheet: "", row: lastRow, col: range.col + range.cols - 1 });
  return {
    grow: {
      cell: anchor,
      before: formula,
      after: `=PLAN.SUMMARY(${grown}:${end}${match[2] ?? ""})`,
    },
  };
}
