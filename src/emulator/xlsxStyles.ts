import type { BorderSide, BorderStyle, Cell } from "./model";
import { escapeRegex, escapeXml } from "./xlsxXml";

/**
 * The workbook's styles.xml, grown only when a written cell needs a look that no cell of the file has: a font,
 * border, number format and cell format (xf) appended at the end, so every existing style index keeps its meaning.
 */

type Look = Pick<
  Cell,
  "numberFormat" | "font" | "wrapText" | "horizontalAlignment" | "verticalAlignment" | "borders"
>;

/** The formats of a cell as one comparable text (fills and the rest the model does not keep are not in it). */
export function lookKey(cell: Cell | undefined): string {
  if (!cell) return "{}";
  const look: Look = {
    numberFormat: cell.numberFormat,
    font: cell.font,
    wrapText: cell.wrapText,
    horizontalAlignment: cell.horizontalAlignment,
    verticalAlignment: cell.verticalAlignment,
    borders: cell.borders,
  };
  return JSON.stringify(look, (_, value) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .filter((k) => value[k] !== undefined && value[k] !== false)
            .map((k) => [k, value[k]])
        )
      : value
  );
}

/** Number formats Excel knows by id, without a <numFmt>. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const BORDER_XML: Record<BorderStyle, string | undefined> = {
  Continuous: "thin",
  Dash: "dashed",
  Dot: "dotted",
  Double: "double",
  None: undefined,
};
/** Office.js horizontal alignments as the file writes them. */
export const HORIZONTAL: Record<string, string> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  Fill: "fill",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const VERTICAL: Record<string, string> = {
  Top: "top",
  Center: "center",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};

export class StyleBook {
  private readonly made = new Map<string, number>();
  changed = false;

  constructor(private xml: string) {}

  get text(): string {
    return this.xml;
  }

  /** The index of a cell format with this look, made (and cached) when none was given. */
  indexFor(cell: Cell): number {
    const key = lookKey(cell);
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numberFormatId(cell.numberFormat ?? "General");
    const fontId = cell.font ? this.append("fonts", "font", this.fontXml(cell.font)) : 0;
    const borderId = cell.borders ? this.append("borders", "border", borderXml(cell.borders)) : 0;
    const alignment = [
      cell.horizontalAlignment && HORIZONTAL[cell.horizontalAlignment]
        ? ` horizontal="${HORIZONTAL[cell.horizontalAlignment]}"`
        : "",
      cell.verticalAlignment && VERTICAL[cell.verticalAlignment]
        ? ` vertical="${VERTICAL[cell.verticalAlignment]}"`
        : "",
      cell.wrapText ? ` wrapText="1"` : "",
    ].join("");
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${borderId ? ' applyBorder="1"' : ""}` +
      (alignment ? ` applyAlignment="1"><alignment${alignment}/></xf>` : "/>");
    const index = this.append("cellXfs", "xf", xf);
    this.made.set(key, index);
    return index;
  }

  private numberFormatId(format: string): number {
    if (BUILT_IN_FORMATS[format] !== undefined) return BUILT_IN_FORMATS[format];
    const escaped = escapeXml(format);
    const existing = new RegExp(
      `<numFmt numFmtId="(\\d+)" formatCode="${escapeRegex(escaped)}"`
    ).exec(this.xml);
    if (existing) return Number(existing[1]);
    const ids = [...this.xml.matchAll(/<numFmt numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    const id = Math.max(163, ...ids) + 1;
    if (!/<numFmts[\s>]/.test(this.xml))
      this.xml = this.xml.replace(/<fonts[\s>]/, (at) => `<numFmts count="0"></numFmts>${at}`);
    this.append("numFmts", "numFmt", `<numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    return id;
  }

  /** A font as the model has it; what it leaves out is the workbook's default font's. */
  private fontXml(font: NonNullable<Cell["font"]>): string {
    const defaults = /<fonts[^>]*>\s*<font>([\s\S]*?)<\/font>/.exec(this.xml)?.[1] ?? "";
    const size = font.size ?? Number(/<sz val="([\d.]+)"/.exec(defaults)?.[1] ?? 11);
    const name = font.name ?? /<name val="([^"]*)"/.exec(defaults)?.[1] ?? "Calibri";
    return (
      `<font>${font.bold ? "<b/>" : ""}${font.italic ? "<i/>" : ""}<sz val="${size}"/>` +
      `${font.color ? `<color rgb="FF${font.color.replace("#", "").toUpperCase()}"/>` : ""}` +
      `<name val="${escapeXml(name)}"/></font>`
    );
  }

  /** Appends an element to a counted list (<fonts count="3">…</fonts>) and returns its index. */
  private append(list: string, item: string, xml: string): number {
    const open = new RegExp(`<${list}(\\s[^>]*)?(/?)>`).exec(this.xml);
    if (!open) throw new Error(`styles.xml has no <${list}>`);
    const start = open.index + open[0].length;
    let end: number;
    let body: string;
    if (open[2] === "/") {
      end = start;
      body = "";
    } else {
      end = this.xml.indexOf(`</${list}>`, start);
      body = this.xml.slice(start, end);
    }
    const index = countElements(body, item);
    const attrs = (open[1] ?? "").replace(/\scount="\d+"/, "");
    this.xml =
      this.xml.slice(0, open.index) +
      `<${list} count="${index + 1}"${attrs}>${body}${xml}</${list}>` +
      this.xml.slice(open[2] === "/" ? start : end + list.length + 3);
    this.changed = true;
    return index;
  }
}

function borderXml(borders: Partial<Record<BorderSide, BorderStyle>>): string {
  const side = (name: BorderSide) => {
    const style = borders[name] && BORDER_XML[borders[name]!];
    return style ? `<${name} style="${style}"><color auto="1"/></${name}>` : `<${name}/>`;
  };
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

/** Direct children named `item` (<font>, not <fonts> or a nested element of another name). */
function countElements(body: string, item: string): number {
  let depth = 0;
  let count = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0 && m[2] === item) count++;
      if (!m[3]) depth++;
    }
  }
  return count;
}
