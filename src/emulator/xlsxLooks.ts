import { XMLParser } from "fast-xml-parser";
import type { BorderSide, BorderStyle, Cell, Font } from "./model";

/**
 * The looks of styles.xml: each cell format (an xf, a cell's `s`) as the model's formats, made once per format
 * and shared by every cell that has it (a 200,000-row book has a few dozen formats, not a look per cell). The
 * objects are never changed in place: the emulator gives a cell a new font or borders object when it sets them.
 */

export type Look = Readonly<
  Pick<
    Cell,
    "numberFormat" | "font" | "wrapText" | "horizontalAlignment" | "verticalAlignment" | "borders"
  >
>;

/** Number formats by their built-in id (ECMA-376 18.8.30), those with no <numFmt> in the file. */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const BORDER: Record<string, BorderStyle> = {
  thin: "Continuous",
  medium: "Continuous",
  thick: "Continuous",
  hair: "Continuous",
  dashed: "Dash",
  dotted: "Dot",
  double: "Double",
};
const HORIZONTAL: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
  fill: "Fill",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const VERTICAL: Record<string, string> = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ["numFmt", "font", "border", "xf"].includes(name),
});

type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);
const node = (value: unknown): Node | undefined =>
  value !== null && typeof value === "object" ? (value as Node) : undefined;
/** A flag element (<b/>, <i/>, wrapText="1"): on unless it says 0 or false. */
const flag = (value: unknown) => {
  const text = node(value)
    ? (node(value)!.val as string | undefined)
    : (value as string | undefined);
  return value !== undefined && text !== "0" && text !== "false";
};

function fontOf(source: Node | undefined): Font | undefined {
  // An empty <font/> gives no font; one with children gives what the model keeps of them.
  if (!source || Object.keys(source).length === 0) return undefined;
  const font: Font = {};
  const name = node(source.name)?.val;
  const size = Number(node(source.sz)?.val);
  const argb = node(source.color)?.rgb;
  if (name) font.name = String(name);
  if (Number.isFinite(size) && size > 0) font.size = size;
  if (flag(source.b)) font.bold = true;
  if (flag(source.i)) font.italic = true;
  if (typeof argb === "string") font.color = `#${argb.slice(-6)}`;
  return Object.freeze(font);
}

function bordersOf(source: Node | undefined): Look["borders"] {
  if (!source) return undefined;
  let borders: Partial<Record<BorderSide, BorderStyle>> | undefined;
  for (const side of ["top", "bottom", "left", "right"] as BorderSide[]) {
    const style = node(source[side])?.style;
    if (typeof style === "string") (borders ??= {})[side] = BORDER[style] ?? "Continuous";
  }
  return borders && Object.freeze(borders);
}

/** The look of every cell format of a styles.xml, by its index; index 0 and unknown ones have none. */
export function readLooks(xml: string | undefined): (index: number) => Look | undefined {
  const root = node(xml ? node(parser.parse(xml))?.styleSheet : undefined) ?? {};
  const formats = new Map(
    nodes(node(root.numFmts)?.numFmt).map((f) => [Number(f.numFmtId), String(f.formatCode)])
  );
  const fonts = nodes(node(root.fonts)?.font).map(fontOf);
  const borders = nodes(node(root.borders)?.border).map(bordersOf);
  const looks = nodes(node(root.cellXfs)?.xf).map((xf, i): Look | undefined => {
    if (i === 0) return undefined;
    const look: Partial<Record<keyof Look, unknown>> = {};
    const id = Number(xf.numFmtId ?? 0);
    const format = id ? (formats.get(id) ?? BUILT_IN[id]) : undefined;
    if (format && format !== "General") look.numberFormat = format;
    const font = fonts[Number(xf.fontId ?? 0)];
    if (font) look.font = font;
    const alignment = node(xf.alignment);
    if (alignment && flag(alignment.wrapText)) look.wrapText = true;
    const horizontal = alignment && HORIZONTAL[String(alignment.horizontal)];
    const vertical = alignment && VERTICAL[String(alignment.vertical)];
    if (horizontal) look.horizontalAlignment = horizontal;
    if (vertical) look.verticalAlignment = vertical;
    const border = borders[Number(xf.borderId ?? 0)];
    if (border) look.borders = border;
    return Object.keys(look).length ? Object.freeze(look as Look) : undefined;
  });
  return (index) => looks[index];
}
