/* global TextEncoder */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import {
  TEXT_BOX_FILL,
  TEXT_BOX_FONT_SIZE,
  TEXT_BOX_LINE,
  type MemorySheet,
  type MemoryWorkbook,
  type Shape,
} from "./model";

/**
 * Text boxes in .xlsx files, which ExcelJS leaves out: read from the drawing parts (xl/drawings/*.xml, each
 * anchor's from/to cells and its text) and written back as drawing parts of the sheets that have them.
 */

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) =>
    ["sheet", "Relationship", "twoCellAnchor", "oneCellAnchor", "sp", "grpSp", "p", "r"].includes(
      name
    ),
});

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node];

const DRAWING_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

/** Resolves "../drawings/drawing1.xml" against "xl/worksheets/sheet1.xml". */
function resolvePath(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relsPath(part: string): string {
  const at = part.lastIndexOf("/");
  return `${part.slice(0, at)}/_rels/${part.slice(at + 1)}.rels`;
}

async function xml(zip: JSZip, path: string): Promise<Node | undefined> {
  const file = zip.file(path);
  return file ? (parser.parse(await file.async("string")) as Node) : undefined;
}

async function relationships(zip: JSZip, part: string): Promise<Node[]> {
  const rels = await xml(zip, relsPath(part));
  return list((rels?.Relationships as Node | undefined)?.Relationship);
}

/** Each sheet's name and its part ("xl/worksheets/sheet1.xml"), in the workbook's order. */
async function sheetParts(zip: JSZip): Promise<{ name: string; part: string }[]> {
  const workbook = await xml(zip, "xl/workbook.xml");
  const rels = await relationships(zip, "xl/workbook.xml");
  const sheets = list(((workbook?.workbook as Node)?.sheets as Node)?.sheet);
  return sheets.flatMap((sheet) => {
    const rel = rels.find((r) => r.Id === sheet.id);
    return rel
      ? [{ name: String(sheet.name), part: resolvePath("xl/workbook.xml", String(rel.Target)) }]
      : [];
  });
}

function textOf(sp: Node): string {
  const body = sp.txBody as Node | undefined;
  return list(body?.p)
    .map((p) =>
      list(p.r)
        .map((r) => {
          const t = r.t;
          return typeof t === "object" && t !== null
            ? String((t as Node)["#text"] ?? "")
            : String(t ?? "");
        })
        .join("")
    )
    .join("\n");
}

/** A colour of a fill or outline: "#RRGGBB" when given as one, null for none, undefined for the theme's. */
function colourOf(props: Node | undefined): string | null | undefined {
  if (!props) return undefined;
  if ("noFill" in props) return null;
  const rgb = ((props.solidFill as Node | undefined)?.srgbClr as Node | undefined)?.val;
  return rgb === undefined ? undefined : `#${String(rgb).toUpperCase()}`;
}

/** The size of the first run's text, in points. */
function fontSizeOf(sp: Node): number | undefined {
  const run = list((sp.txBody as Node | undefined)?.p).flatMap((p) => list(p.r))[0];
  const size = Number((run?.rPr as Node | undefined)?.sz);
  return Number.isFinite(size) && size > 0 ? size / 100 : undefined;
}

const points = (emu: unknown) => Number(emu ?? 0) / EMU_PER_POINT;

function shapesOf(sheet: MemorySheet, anchor: Node): Shape[] {
  const from = anchor.from as Node;
  const to = (anchor.to as Node | undefined) ?? from;
  const row = Number(from.row);
  const col = Number(from.col);
  // "to" is the cell holding the bottom-right corner; at offset 0 the shape ends at that cell's edge.
  const past = (offset: unknown) => (Number(offset) > 0 ? 1 : 0);
  const area = {
    row,
    col,
    rows: Math.max(1, Number(to.row) - row + past(to.rowOff)),
    cols: Math.max(1, Number(to.col) - col + past(to.colOff)),
  };
  const inset = {
    top: points(from.rowOff),
    left: points(from.colOff),
    bottom: past(to.rowOff) ? Math.max(0, sheet.rowHeight(Number(to.row)) - points(to.rowOff)) : 0,
    right: past(to.colOff) ? Math.max(0, sheet.columnWidth(Number(to.col)) - points(to.colOff)) : 0,
  };
  const placed = Object.values(inset).some((n) => n > 0) ? { inset } : {};
  // A group's shapes are placed by the group's anchor.
  const groups = list(anchor.grpSp);
  const sps = [...list(anchor.sp), ...groups.flatMap((g) => list(g.sp))];
  const shapes: Shape[] = sps.map((sp) => {
    const spPr = sp.spPr as Node | undefined;
    const fill = colourOf(spPr);
    const line = colourOf(spPr?.ln as Node | undefined);
    const fontSize = fontSizeOf(sp);
    return {
      name: String(((sp.nvSpPr as Node)?.cNvPr as Node)?.name ?? ""),
      type: "GeometricShape",
      text: textOf(sp),
      area: { ...area },
      ...placed,
      ...(fill !== undefined ? { fill } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(fontSize !== undefined ? { fontSize } : {}),
    };
  });
  if ("pic" in anchor) shapes.push({ name: "", type: "Image", text: "", area });
  if ("cxnSp" in anchor) shapes.push({ name: "", type: "Line", text: "", area });
  return shapes;
}

/** Adds the text boxes (and, as placeholders, pictures and lines) of every sheet's drawing part. */
export async function readDrawings(
  data: ArrayBuffer | Uint8Array,
  workbook: MemoryWorkbook
): Promise<void> {
  // Part names are stored uncompressed in the zip: a file without drawing parts is not opened a second time.
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!containsText(bytes, "xl/drawings/drawing")) return;
  const zip = await JSZip.loadAsync(data);
  for (const { name, part } of await sheetParts(zip)) {
    const sheet = workbook.sheet(name);
    const drawing = (await relationships(zip, part)).find((r) => r.Type === DRAWING_TYPE);
    if (!sheet || !drawing) continue;
    const root = (await xml(zip, resolvePath(part, String(drawing.Target))))?.wsDr as
      Node | undefined;
    if (!root) continue;
    const anchors = [...list(root.twoCellAnchor), ...list(root.oneCellAnchor)];
    sheet.shapes.push(...anchors.flatMap((anchor) => shapesOf(sheet, anchor)));
  }
}

function containsText(bytes: Uint8Array, text: string): boolean {
  const needle = new TextEncoder().encode(text);
  for (let at = bytes.indexOf(needle[0]); at >= 0; at = bytes.indexOf(needle[0], at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const EMU_PER_POINT = 12700;

const rgb = (colour: string) => colour.replace(/^#/, "").toUpperCase();

/** The fill and outline as Excel writes them: none, or a solid colour (a new text box: white, a grey line). */
function fillXml(shape: Shape): string {
  const fill = shape.fill === undefined ? TEXT_BOX_FILL : shape.fill;
  const line = shape.line === undefined ? TEXT_BOX_LINE : shape.line;
  return (
    (fill === null ? "<a:noFill/>" : `<a:solidFill><a:srgbClr val="${rgb(fill)}"/></a:solidFill>`) +
    (line === null
      ? "<a:ln><a:noFill/></a:ln>"
      : `<a:ln w="9525" cmpd="sng"><a:solidFill><a:srgbClr val="${rgb(line)}"/></a:solidFill></a:ln>`)
  );
}

/** An anchor's corner: the cell it falls in and the offset into it (at a cell's far edge, the next cell). */
function cornerXml(
  tag: "from" | "to",
  col: number,
  colOff: number,
  row: number,
  rowOff: number
): string {
  const emu = (p: number) => Math.round(p * EMU_PER_POINT);
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>${emu(colOff)}</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${emu(rowOff)}</xdr:rowOff></xdr:${tag}>`;
}

function anchorXml(sheet: MemorySheet, shape: Shape, id: number): string {
  const { row, col, rows, cols } = shape.area;
  const inset = shape.inset ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const size = Math.round((shape.fontSize ?? TEXT_BOX_FONT_SIZE) * 100);
  const paragraphs = shape.text
    .split("\n")
    .map(
      (line) =>
        `<a:p><a:r><a:rPr lang="th-TH" sz="${size}"><a:latin typeface="TH SarabunPSK"/><a:cs typeface="TH SarabunPSK"/></a:rPr><a:t>${escape(line)}</a:t></a:r></a:p>`
    )
    .join("");
  const at = sheet.shapePosition(shape);
  const emu = (p: number) => Math.round(p * EMU_PER_POINT);
  const lastRow = row + rows - 1;
  const lastCol = col + cols - 1;
  const to =
    inset.bottom > 0 || inset.right > 0
      ? cornerXml(
          "to",
          lastCol,
          sheet.columnWidth(lastCol) - inset.right,
          lastRow,
          sheet.shownHeight(lastRow) - inset.bottom
        )
      : cornerXml("to", col + cols, 0, row + rows, 0);
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    cornerXml("from", col, inset.left, row, inset.top) +
    to +
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${escape(shape.name)}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
    `<xdr:spPr><a:xfrm><a:off x="${emu(at.left)}" y="${emu(at.top)}"/><a:ext cx="${emu(at.width)}" cy="${emu(at.height)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fillXml(shape)}</xdr:spPr>` +
    `<xdr:txBody><a:bodyPr wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>${paragraphs}</xdr:txBody></xdr:sp>` +
    `<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Elements that follow <drawing> in a worksheet part, in the schema's order. */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]|<\/worksheet>/;

/** Writes the text boxes of every sheet that has them into the .xlsx ExcelJS wrote. */
export async function writeDrawings(
  data: Uint8Array,
  workbook: MemoryWorkbook
): Promise<Uint8Array> {
  const withText = workbook.sheets.filter((s) =>
    s.shapes.some((shape) => shape.type === "GeometricShape")
  );
  if (withText.length === 0) return data;
  const zip = await JSZip.loadAsync(data);
  const parts = await sheetParts(zip);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let n = 0;
  for (const sheet of withText) {
    const part = parts.find((p) => p.name === sheet.name)?.part;
    if (!part) continue;
    do n++;
    while (zip.file(`xl/drawings/drawing${n}.xml`));
    const drawingPath = `xl/drawings/drawing${n}.xml`;
    const anchors = sheet.shapes
      .filter((s) => s.type === "GeometricShape")
      .map((shape, i) => anchorXml(sheet, shape, i + 2))
      .join("");
    zip.file(
      drawingPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors}</xdr:wsDr>`
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`
    );
    const relsFile = relsPath(part);
    const rels =
      (await zip.file(relsFile)?.async("string")) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const id = "rIdTextBoxes";
    zip.file(
      relsFile,
      rels.replace(
        "</Relationships>",
        `<Relationship Id="${id}" Type="${DRAWING_TYPE}" Target="../drawings/drawing${n}.xml"/></Relationships>`
      )
    );
    let sheetXml = await zip.file(part)!.async("string");
    if (!/xmlns:r=/.test(sheetXml.slice(0, 2000)))
      sheetXml = sheetXml.replace(
        "<worksheet ",
        `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `
      );
    const at = sheetXml.search(AFTER_DRAWING);
    zip.file(part, `${sheetXml.slice(0, at)}<drawing r:id="${id}"/>${sheetXml.slice(at)}`);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
