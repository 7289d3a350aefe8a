import type { MemorySheet, SheetEdit } from "./model";
import { CONTENT, Package, TYPES } from "./xlsxOpc";
import { cellRef, shiftRow, shiftsOf } from "./xlsxRefs";
import { insertElement } from "./xlsxSheet";
import { attribute, escapeXml, XML_HEAD } from "./xlsxXml";

/**
 * A sheet's notes (the comments part and the VML shapes Excel draws them with), written only when the notes
 * changed or moved with rows: a note the revision kept keeps its <comment> and its shape, moved to its row;
 * other VML shapes of the part (form controls) stay as they are.
 */

interface Note {
  row: number;
  col: number;
  text: string;
  /** Where the note was in the file, for a kept note. */
  from?: { row: number; col: number };
}

function notesOf(sheet: MemorySheet): Note[] {
  const notes: Note[] = [];
  sheet.rows.forEach((cells, row) => {
    for (let col = 0; col < (cells?.length ?? 0); col++) {
      const text = cells[col]?.note;
      if (text) notes.push({ row, col, text });
    }
  });
  return notes;
}

/** The file's notes where the edits put them. */
function movedNotes(base: MemorySheet | undefined, edits: SheetEdit[]): Note[] {
  if (!base) return [];
  const shifts = shiftsOf(edits);
  return notesOf(base).flatMap((note) => {
    let row: number | undefined = note.row;
    for (const shift of shifts) if (row !== undefined) row = shiftRow(row, shift);
    return row === undefined ? [] : [{ ...note, row, from: { row: note.row, col: note.col } }];
  });
}

const key = (n: { row: number; col: number }) => `${n.row},${n.col}`;

function noteShape(id: number, note: Note, z: number): string {
  const { row, col } = note;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPE_TYPE = `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** A VML shape moved to the row its note is on now. */
function movedShape(shape: string, note: Note): string {
  const delta = note.row - note.from!.row;
  return shape
    .replace(/<x:Row>\d+<\/x:Row>/, `<x:Row>${note.row}</x:Row>`)
    .replace(/<x:Anchor>([^<]*)<\/x:Anchor>/, (_, anchor: string) => {
      const n = anchor.split(",").map((v) => Number(v.trim()));
      n[2] += delta;
      n[6] += delta;
      return `<x:Anchor>${n.join(", ")}</x:Anchor>`;
    });
}

async function freeShapeBlock(pkg: Package): Promise<number> {
  let used = 0;
  for (const name of Object.keys(pkg.zip.files).filter((f) => f.endsWith(".vml"))) {
    const text = (await pkg.read(name)) ?? "";
    for (const m of text.matchAll(/<o:idmap\b[^>]*data="([^"]*)"/g))
      for (const n of m[1].split(/[\s,]+/)) used = Math.max(used, Number(n) || 0);
  }
  return used + 1;
}

/**
 * Brings a sheet part's notes in line with the sheet; returns the sheet's XML (given a <legacyDrawing> when it
 * gets its first notes). `own` is false for a copied or new sheet, whose notes parts are made afresh.
 */
export async function writeNotes(
  pkg: Package,
  part: string,
  sheetXml: string,
  base: MemorySheet | undefined,
  sheet: MemorySheet,
  edits: SheetEdit[],
  own: boolean
): Promise<string> {
  const now = notesOf(sheet);
  const kept = own ? movedNotes(base, edits) : [];
  const same =
    now.length === kept.length &&
    kept.every(
      (k) => k.row === k.from!.row && now.some((n) => key(n) === key(k) && n.text === k.text)
    );
  if ((own && same) || (!own && now.length === 0)) return sheetXml;

  const rels = own ? await pkg.relationships(part) : [];
  const commentsRel = rels.find((r) => r.type === TYPES.comments);
  const legacyId = /<legacyDrawing\b[^>]*r:id="([^"]*)"/.exec(sheetXml)?.[1];
  const vmlRel = rels.find((r) => r.id === legacyId);
  const commentsPath = commentsRel
    ? Package.target(part, commentsRel)
    : pkg.freeName("xl/comments", ".xml");
  const vmlPath = vmlRel
    ? Package.target(part, vmlRel)
    : pkg.freeName("xl/drawings/vmlDrawing", ".vml");
  const comments = commentsRel ? ((await pkg.read(commentsPath)) ?? "") : "";
  const vml = vmlRel ? ((await pkg.read(vmlPath)) ?? "") : "";

  const fileComments = new Map(
    [...comments.matchAll(/<comment\b([^>]*)>[\s\S]*?<\/comment>/g)].map((m) => [
      attribute(m[1], "ref"),
      m[0],
    ])
  );
  const fileShapes = new Map(
    [...vml.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)]
      .filter((m) => m[0].includes('ObjectType="Note"'))
      .map((m) => [`${/<x:Row>(\d+)/.exec(m[0])?.[1]},${/<x:Column>(\d+)/.exec(m[0])?.[1]}`, m[0]])
  );
  const keptAt = new Map(kept.map((k) => [key(k), k]));
  const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  const block = vml ? 0 : await freeShapeBlock(pkg);
  let nextId = Math.max(block * 1024, ...ids) + 1;
  const list: string[] = [];
  const shapes: string[] = [];
  now.forEach((note, i) => {
    const was = keptAt.get(key(note));
    const ref = cellRef(note.row, note.col);
    const from = was?.text === note.text ? was.from! : undefined;
    const comment = from && fileComments.get(cellRef(from.row, from.col));
    list.push(
      comment
        ? comment.replace(/(<comment\b[^>]*\bref=")[^"]*/, `$1${ref}`)
        : `<comment ref="${ref}" authorId="0"><text><r><t xml:space="preserve">${escapeXml(note.text)}</t></r></text></comment>`
    );
    const shape = from && fileShapes.get(key(from));
    shapes.push(shape ? movedShape(shape, { ...note, from }) : noteShape(nextId++, note, i + 1));
  });

  const commentList = `<commentList>${list.join("")}</commentList>`;
  pkg.write(
    commentsPath,
    comments
      ? comments.replace(
          /<commentList\s*\/>|<commentList>[\s\S]*?<\/commentList>/,
          () => commentList
        )
      : `${XML_HEAD}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author></author></authors>${commentList}</comments>`
  );
  let drawing = vml
    ? vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) =>
        shape.includes('ObjectType="Note"') ? "" : shape
      )
    : `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout></xml>`;
  if (!drawing.includes('id="_x0000_t202"'))
    drawing = drawing.replace(/(<\/o:shapelayout>|<xml\b[^>]*>)/, `$1${SHAPE_TYPE}`);
  const close = drawing.lastIndexOf("</xml>");
  pkg.write(vmlPath, drawing.slice(0, close) + shapes.join("") + drawing.slice(close));

  if (!commentsRel) {
    await pkg.relate(part, TYPES.comments, commentsPath);
    pkg.addOverride(commentsPath, CONTENT.comments);
  }
  if (!vmlRel) {
    pkg.addDefault("vml", CONTENT.vml);
    const id = await pkg.relate(part, TYPES.vml, vmlPath);
    sheetXml = insertElement(
      sheetXml.replace(/<legacyDrawing\b[^>]*\/>/, ""),
      "legacyDrawing",
      `<legacyDrawing r:id="${id}"/>`
    );
  }
  return sheetXml;
}
