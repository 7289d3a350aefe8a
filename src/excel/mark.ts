import type { AmendmentMark } from "../plan";

/* global Excel */

/** What the mark's placing needs of the budget cells under it: where they are and how their figures sit. */
export const MARK_CELLS = "top,left,width,height,format/verticalAlignment,format/font/size";

/** A line of text takes about one and a half times its font size (TH Sarabun New 16 pt: Excel's 24 pt row). */
const LINE = 1.5;
/** Excel's text box keeps 3.6 pt inside its top and bottom edges. */
const BOX_MARGINS = 7.2;
const LARGEST = 14;
const SMALLEST = 8;

export interface MarkPlace {
  top: number;
  left: number;
  width: number;
  height: number;
  fontSize: number;
}

/**
 * Where the round's text box goes over the project's budget cells: in the room the figures leave in the row
 * (under figures set at the top, as plan forms set them; above figures set at the bottom, Excel's default; the
 * larger side of centred ones), in a font that fits that room, so the figures stay readable on screen and in print.
 * A row with no such room (one line high) gets the smallest font against the cells' edge, covering as little as can be.
 */
export function markPlace(cells: Excel.Range): MarkPlace {
  const { top, left, width, height } = cells;
  const figures = Math.min(height, (cells.format.font.size ?? 11) * LINE);
  const free = height - figures;
  const alignment = String(cells.format.verticalAlignment ?? "Bottom");
  const above = alignment === "Top" ? 0 : alignment === "Bottom" ? free : free / 2;
  const below = free - above;
  const room = Math.max(above, below);
  const fontSize = Math.max(
    SMALLEST,
    Math.min(LARGEST, Math.floor((room - BOX_MARGINS) / (LINE - 0.25)))
  );
  const boxHeight = Math.min(height, Math.max(room, fontSize * (LINE - 0.25) + BOX_MARGINS));
  return {
    top: below >= above ? top + height - boxHeight : top,
    left,
    width,
    height: boxHeight,
    fontSize,
  };
}

/**
 * The round's text box, as offices mark an amended project on the page: no fill and no outline (a new text box in
 * Excel is white with a grey line, which would hide the figures), placed by markPlace.
 */
export function addMark(
  context: Excel.RequestContext,
  mark: AmendmentMark,
  over: Excel.Range
): void {
  const place = markPlace(over);
  const box = context.workbook.worksheets.getItem(mark.sheet).shapes.addTextBox(mark.text);
  box.name = mark.name;
  box.fill.clear();
  box.lineFormat.visible = false;
  box.textFrame.textRange.font.size = place.fontSize;
  box.top = place.top;
  box.left = place.left;
  box.width = place.width;
  box.height = place.height;
}
