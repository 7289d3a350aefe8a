/* global TextEncoder */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import type { MemorySheet, MemoryWorkbook, Shape } from "./model";

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

function shapesOf(anchor: Node): Shape[] {
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
  // A group's shapes are placed by the group's anchor.
  const groups = list(anchor.grpSp);
  const sps = [...list(anchor.sp), ...groups.flatMap((g) => list(g.sp))];
  const shapes: Shape[] = sps.map((sp) => ({
    name: String(((sp.nvSpPr as Node)?.cNvPr as Node)?.name ?? ""),
    type: "GeometricShape",
    text: textOf(sp),
    area: { ...area },
  }));
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
    sheet.shapes.push(...anchors.flatMap(shapesOf));
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

function anchorXml(sheet: MemorySheet, shape: Shape, id: number): string {
  const { row, col, rows, cols } = shape.area;
  const paragraphs = shape.text
    .split("\n")
    .map(
      (line) =>
        `<a:p><a:r><a:rPr lang="th-TH" sz="1400"><a:latin typeface="TH SarabunPSK"/><a:cs typeface="TH SarabunPSK"/></a:rPr><a:t>${escape(line)}</a:t></a:r></a:p>`
    )
    .join("");
  const x = Math.round(sheet.columnLeft(col) * EMU_PER_POINT);
  const y = Math.round(sheet.rowTop(row) * EMU_PER_POINT);
  const cx = Math.round((sheet.columnLeft(col + cols) - sheet.columnLeft(col)) * EMU_PER_POINT);
  const cy = Math.round((sheet.rowTop(row + rows) - sheet.rowTop(row)) * EMU_PER_POINT);
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${col + cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${escape(shape.name)}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
    `<xdr:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></xdr:spPr>` +
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
