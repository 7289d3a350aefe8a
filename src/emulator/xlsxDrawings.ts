import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import {
  TEXT_BOX_FILL,
  TEXT_BOX_FONT_SIZE,
  TEXT_BOX_LINE,
  type MemorySheet,
  type MemoryWorkbook,
  type Shape,
  type SheetEdit,
} from "./model";
import { Package, relsPath, resolvePath } from "./xlsxOpc";
import { shiftRow } from "./xlsxRefs";
import { insertElement } from "./xlsxSheet";
import { escapeXml } from "./xlsxXml";

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

export const DRAWING_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

async function xml(zip: JSZip, path: string): Promise<Node | undefined> {
  const file = zip.file(path);
  return file ? (parser.parse(await file.async("string")) as Node) : undefined;
}

async function relationships(zip: JSZip, part: string): Promise<Node[]> {
  const rels = await xml(zip, relsPath(part));
  return list((rels?.Relationships as Node | undefined)?.Relationship);
}

/** Each sheet's name and its part ("xl/worksheets/sheet1.xml"), in the workbook's order. */
export async function sheetParts(zip: JSZip): Promise<{ name: string; part: string }[]> {
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

function shapesOf(sheet: MemorySheet, anchor: Node, key: string): Shape[] {
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
      anchor: key,
      ...placed,
      ...(fill !== undefined ? { fill } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(fontSize !== undefined ? { fontSize } : {}),
    };
  });
  if ("pic" in anchor) shapes.push({ name: "", type: "Image", text: "", area, anchor: key });
  if ("cxnSp" in anchor) shapes.push({ name: "", type: "Line", text: "", area, anchor: key });
  return shapes;
}

/**
 * Adds the text boxes (and, as placeholders, pictures and lines) of every sheet's drawing part, each with the key
 * of its anchor ("twoCellAnchor#2": the third of its kind in the part) for the writer.
 */
export async function readDrawings(zip: JSZip, workbook: MemoryWorkbook): Promise<void> {
  for (const { name, part } of await sheetParts(zip)) {
    const sheet = workbook.sheet(name);
    const drawing = (await relationships(zip, part)).find((r) => r.Type === DRAWING_TYPE);
    if (!sheet || !drawing) continue;
    const root = (await xml(zip, resolvePath(part, String(drawing.Target))))?.wsDr as
      Node | undefined;
    if (!root) continue;
    for (const kind of ["twoCellAnchor", "oneCellAnchor"])
      sheet.shapes.push(...list(root[kind]).flatMap((a, i) => shapesOf(sheet, a, `${kind}#${i}`)));
  }
}

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

export function anchorXml(sheet: MemorySheet, shape: Shape, id: number): string {
  const { row, col, rows, cols } = shape.area;
  const inset = shape.inset ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const size = Math.round((shape.fontSize ?? TEXT_BOX_FONT_SIZE) * 100);
  const paragraphs = shape.text
    .split("\n")
    .map(
      (line) =>
        `<a:p><a:r><a:rPr lang="th-TH" sz="${size}"><a:latin typeface="TH SarabunPSK"/><a:cs typeface="TH SarabunPSK"/></a:rPr><a:t>${escapeXml(line)}</a:t></a:r></a:p>`
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
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${escapeXml(shape.name)}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
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

const ANCHOR = /<(\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;

/** An anchor's from/to rows moved by the sheet's row shifts (a row deleted under it pulls it up to the cut). */
function shiftAnchor(anchor: string, edits: SheetEdit[]): string {
  return anchor.replace(/<(\w+:)?(from|to)>([\s\S]*?)<\/\1\2>/g, (corner: string) =>
    corner.replace(/(<(?:\w+:)?row>)(\d+)(<\/(?:\w+:)?row>)/, (_, open, row, close) => {
      let at = Number(row);
      for (const edit of edits) if (edit.kind === "shift") at = shiftRow(at, edit) ?? edit.at;
      return `${open}${at}${close}`;
    })
  );
}

/**
 * Brings a sheet's drawing part in line with its text boxes: anchors the revision did not touch (the logo, a
 * chart, other shapes) kept as they are (moved with rows), deleted text boxes gone, new ones appended. A sheet with
 * no drawing part gets one for its first text box. Returns the sheet's XML (with a <drawing> when added).
 */
export async function writeSheetDrawing(
  pkg: Package,
  part: string,
  sheetXml: string,
  base: MemorySheet | undefined,
  sheet: MemorySheet
): Promise<string> {
  const boxes = sheet.shapes.filter((s) => s.type === "GeometricShape");
  const rel = (await pkg.relationships(part)).find((r) => r.type === DRAWING_TYPE);
  if (!rel) {
    if (boxes.length === 0) return sheetXml;
    const path = pkg.freeName("xl/drawings/drawing", ".xml");
    pkg.write(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${boxes.map((shape, i) => anchorXml(sheet, shape, i + 2)).join("")}</xdr:wsDr>`
    );
    pkg.addOverride(path, "application/vnd.openxmlformats-officedocument.drawing+xml");
    const id = await pkg.relate(part, DRAWING_TYPE, path);
    return insertElement(withRelationshipNamespace(sheetXml), "drawing", `<drawing r:id="${id}"/>`);
  }
  const path = Package.target(part, rel);
  const xml = (await pkg.read(path)) ?? "";
  const fromFile = new Map((base?.shapes ?? []).map((s) => [s.anchor, s]));
  const counts: Record<string, number> = {};
  let nextId =
    Math.max(
      1,
      ...[...xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]))
    ) + 1;
  const patched = xml.replace(ANCHOR, (anchor: string, _prefix, kind: string) => {
    const key = `${kind}#${(counts[kind] = (counts[kind] ?? -1) + 1)}`;
    const was = fromFile.get(key);
    if (!was) return shiftAnchor(anchor, sheet.edits); // a chart or shape the model does not keep
    const now = sheet.shapes.filter((s) => s.anchor === key);
    if (now.length === 0) return "";
    const box = now.length === 1 && now[0].type === "GeometricShape" ? now[0] : undefined;
    if (box && !sameBox(box, was)) return anchorXml(sheet, box, nextId++);
    return shiftAnchor(anchor, sheet.edits);
  });
  const added = boxes
    .filter((s) => s.anchor === undefined)
    .map((shape) => anchorXml(sheet, shape, nextId++));
  const close = patched.lastIndexOf("</");
  const result = patched.slice(0, close) + added.join("") + patched.slice(close);
  if (result !== xml) pkg.write(path, result);
  return sheetXml;
}

/** A text box as read, but for the row it moved to with inserted or deleted rows. */
function sameBox(now: Shape, was: Shape): boolean {
  const key = (s: Shape) => JSON.stringify({ ...s, area: { ...s.area, row: 0 } });
  return key(now) === key(was);
}

function withRelationshipNamespace(sheetXml: string): string {
  return /xmlns:r=/.test(sheetXml.slice(0, 2000))
    ? sheetXml
    : sheetXml.replace(
        "<worksheet ",
        `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `
      );
}
