import type { FileLooks } from "./model";
import type { Look } from "./xlsxLooks";
import { rowAtOrAfter } from "./xlsxRowFind";
import { attributeOf, columnOf, elements, type Found } from "./xlsxScan";

/**
 * The look of any cell of a sheet as its file has it, found when asked: the reader keeps no cell for a format alone
 * (`<c r="A9" s="3"/>`, a sheet formatted down to row 1,048,576), so Range.format and the workbench ask here for the
 * cells the model does not hold. The row is found by halving the sheet's text (xlsxRowFind); the last row asked
 * for is kept, as a format is read across a row (an inserted row copies the 16,384 formats of the row above).
 *
 * As Excel gives them: a cell element's own style (none: style 0); for a cell the row has no element of, the row's
 * style when the row says customFormat; else (and for a row inserted since) its column's (<col style>).
 */
export function fileLooks(
  xml: string,
  data: Found | undefined,
  rest: string,
  look: (index: number) => Look | undefined
): FileLooks {
  const columns = [...elements(rest, "col")].flatMap((col) => {
    const style = Number(attributeOf(col.tag, "style") ?? 0);
    const min = Number(attributeOf(col.tag, "min"));
    const max = Number(attributeOf(col.tag, "max") ?? min);
    return style > 0 && min > 0 ? [{ first: min - 1, last: max - 1, style }] : [];
  });
  const columnStyle = (col: number) =>
    columns.find((c) => col >= c.first && col <= c.last)?.style ?? 0;
  let keptRow = -1;
  let kept: { cells: Map<number, number>; rowStyle?: number } | undefined;

  const rowStyles = (row: number) => {
    if (row === keptRow) return kept;
    keptRow = row;
    kept = undefined;
    const found =
      !data || data.empty ? undefined : rowAtOrAfter(xml, row + 1, data.bodyStart, data.bodyEnd);
    // A row without a number (Excel always writes one) makes halving unsafe: its cells' looks are not read then.
    if (!found || found.number !== row + 1) return kept;
    const tag = xml.slice(found.start, found.tagEnd);
    const custom = attributeOf(tag, "customFormat");
    const rowStyle =
      custom === "1" || custom === "true" ? Number(attributeOf(tag, "s") ?? 0) : undefined;
    const cells = new Map<number, number>();
    let col = -1;
    for (const c of elements(xml, "c", found.tagEnd, found.end)) {
      const ref = attributeOf(c.tag, "r");
      col = ref ? columnOf(ref) : col + 1;
      cells.set(col, Number(attributeOf(c.tag, "s") ?? 0));
    }
    return (kept = { cells, rowStyle });
  };

  return (row, col) => {
    const styles = row === undefined ? undefined : rowStyles(row);
    const style = styles?.cells.get(col) ?? styles?.rowStyle ?? columnStyle(col);
    return style > 0 ? look(style) : undefined;
  };
}
