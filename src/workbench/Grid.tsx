import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { columnLetters } from "../plan";
import type { SheetView } from "./sheetView";

const useStyles = makeStyles({
  scroller: { overflow: "auto", flexGrow: 1, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: "16px" },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: 400,
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
    paddingRight: "4px",
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "0 3px",
    verticalAlign: "bottom",
    overflow: "hidden",
    whiteSpace: "nowrap",
    lineHeight: "1.15",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  anchor: { position: "relative", overflow: "visible" },
  textBox: {
    position: "absolute",
    left: 0,
    top: 0,
    zIndex: 1,
    boxSizing: "border-box",
    padding: "0 4px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    // Transparent, as the .xlsx writes it: the figures under a mark stay readable.
    backgroundColor: "transparent",
    fontSize: "14px",
    textAlign: "left",
    whiteSpace: "pre-wrap",
    pointerEvents: "none",
  },
});

interface Props {
  view: SheetView;
  selected?: { row: number; col: number };
  onSelect(row: number, col: number): void;
}

/** The sheet as a grid: merged cells span, bold, wrap and borders show, widths follow the sheet. */
export function Grid({ view, selected, onSelect }: Props): React.JSX.Element {
  const styles = useStyles();
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of view.merges) {
    spans.set(`${m.row},${m.col}`, { rowSpan: m.rows, colSpan: m.cols });
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++)
        if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const width = (c: number) => Math.round((view.columnWidths[c] ?? 48) / 0.75);
  const boxes = new Map<string, SheetView["textBoxes"]>();
  for (const box of view.textBoxes) {
    const key = `${box.row},${box.col}`;
    boxes.set(key, [...(boxes.get(key) ?? []), box]);
  }
  const spanWidth = (col: number, cols: number) =>
    Array.from({ length: cols }, (_, i) => width(col + i)).reduce((a, b) => a + b, 0);
  return (
    <div className={styles.scroller} data-testid="grid">
      <table
        className={styles.table}
        aria-label={view.name}
        style={{ width: 44 + spanWidth(0, view.cols) }}
      >
        <colgroup>
          <col style={{ width: 44 }} />
          {Array.from({ length: view.cols }, (_, c) => (
            <col key={c} style={{ width: width(c) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: view.cols }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: view.rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: view.cols }, (_, c) => {
                const key = `${r},${c}`;
                if (covered.has(key)) return null;
                const cell = view.cell(r, c);
                const look = view.look(r, c);
                const border = (side: "top" | "bottom" | "left" | "right") =>
                  look?.borders?.[side] && look.borders[side] !== "None"
                    ? "1px solid #444"
                    : undefined;
                const isSelected = selected?.row === r && selected?.col === c;
                return (
                  <td
                    key={c}
                    {...spans.get(key)}
                    data-cell={`${columnLetters(c)}${r + 1}`}
                    className={mergeClasses(
                      styles.cell,
                      isSelected && styles.selected,
                      boxes.has(key) && styles.anchor
                    )}
                    onClick={() => onSelect(r, c)}
                    title={view.error(r, c) ?? cell?.note}
                    style={{
                      fontWeight: look?.font?.bold ? 700 : undefined,
                      whiteSpace: look?.wrapText ? "pre-wrap" : undefined,
                      textAlign:
                        (look?.horizontalAlignment?.toLowerCase() as "left") ??
                        (typeof cell?.value === "number" ? "right" : undefined),
                      verticalAlign:
                        look?.verticalAlignment === "Top"
                          ? "top"
                          : look?.verticalAlignment === "Center"
                            ? "middle"
                            : undefined,
                      borderTop: border("top"),
                      borderBottom: border("bottom"),
                      borderLeft: border("left"),
                      borderRight: border("right"),
                      backgroundColor: cell?.note ? "#fff8d6" : undefined,
                    }}
                  >
                    {view.text[r]?.[c] ?? ""}
                    {boxes.get(key)?.map((box, i) => (
                      <div
                        key={i}
                        role="note"
                        className={styles.textBox}
                        style={{ width: spanWidth(box.col, box.cols) }}
                      >
                        {box.text}
                      </div>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
