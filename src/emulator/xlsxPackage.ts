import JSZip from "jszip";
import { quoteSheet } from "../common/a1";
import type { FormulaEngine } from "./formulas";
import type { MemorySheet, MemoryWorkbook, NamedReference, PageSetup } from "./model";
import { DRAWING_TYPE, writeSheetDrawing } from "./xlsxDrawings";
import { writeNotes } from "./xlsxNotes";
import {
  CONTENT,
  Package,
  REL,
  relativePath,
  TYPES,
  type PartCodec,
  type Relationship,
} from "./xlsxOpc";
import { shiftFormula, shiftsOf } from "./xlsxRefs";
import type { SharedStrings } from "./xlsxRead";
import { patchSheet, sheetPieces } from "./xlsxSheet";
import { StyleBook } from "./xlsxStyles";
import { attribute, escapeRegex, escapeXml, unescapeXml, withAttribute, XML_HEAD } from "./xlsxXml";

/**
 * Saving a workbook that was read from a file writes back into that file's own package (issue 18: nothing the
 * revision did not change is lost). Every part the revision did not touch keeps its bytes: the logo and charts,
 * pivot tables, macros (an .xlsm stays one, with its vbaProject.bin and content type), themes, shared strings.
 * A changed sheet keeps its XML but for the cells that changed (xlsxSheet), rows inserted or deleted move what
 * lies below them there and in the drawing, notes, defined names and charts; sheets the add-in made are added as
 * parts, sheets it deleted are removed with what only they used.
 *
 * Why not a library: xlsx-populate 1.21.0 (the one whose aim is keeping a workbook's features) keeps the parts it
 * does not know, but it parses and re-serialises every sheet, styles.xml and sharedStrings.xml (an untouched
 * sheet comes back with a different <dimension>), and it cannot insert or delete rows at all — "very hard to
 * preserve all of the existing formula, chart, etc. references", its author says (dtjohnson/xlsx-populate#38),
 * while the add-in inserts rows on every addition. Patching the package as text with JSZip keeps each byte the
 * revision does not change, and costs one unzip and zip (tests/emulator/xlsxPackage.test.ts measures both).
 */

export interface LoadedPackage {
  bytes: Uint8Array;
  /** Each sheet the file had, as read (`base`), with the object the emulator edits and its part, in tab order. */
  sheets: { sheet: MemorySheet; base: MemorySheet; part: string }[];
  names: NamedReference[];
  /** The native inflate and deflate it was read with, if any: saving uses it too. */
  codec?: PartCodec;
  /** The worksheet parts' texts and the shared strings as read: the save does not inflate and decode them again. */
  sheetTexts: ReadonlyMap<string, string>;
  strings: SharedStrings;
}

/** Office.js paper names and their OOXML numbers. */
export const PAPER: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11 };

/** The part of a sheet the file did not have, before its cells are written into it. */
function emptySheet(sheet: MemorySheet): string {
  const setup = sheet.pageSetup;
  const attrs = [
    setup.paperSize && PAPER[setup.paperSize] ? ` paperSize="${PAPER[setup.paperSize]}"` : "",
    setup.orientation ? ` orientation="${setup.orientation.toLowerCase()}"` : "",
    setup.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "",
  ].join("");
  return (
    `${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    `${setup.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : ""}<dimension ref="A1"/>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData/>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `${attrs ? `<pageSetup${attrs}/>` : ""}</worksheet>`
  );
}

/**
 * The relationships a copied sheet keeps: hyperlinks, its own copy of the drawing (pictures shared, charts
 * copied) and printer settings. Notes are made afresh from the copy's cells; tables and pivot tables, whose
 * names must be unique in a workbook, are not copied. Returns the copy's XML without elements of what was left.
 */
async function copyRelationships(
  pkg: Package,
  from: { part: string; name: string },
  to: { part: string; name: string },
  xml: string
): Promise<string> {
  const kept: string[] = [];
  for (const rel of await pkg.relationships(from.part)) {
    let target: string | undefined;
    if (rel.type === TYPES.hyperlink && rel.external) target = rel.target;
    else if (rel.type === DRAWING_TYPE || rel.type === TYPES.printerSettings) {
      const source = Package.target(from.part, rel);
      const copy =
        rel.type === DRAWING_TYPE
          ? pkg.freeName("xl/drawings/drawing", ".xml")
          : pkg.freeName("xl/printerSettings/printerSettings", ".bin");
      await pkg.copyPart(source, copy, async (inner, innerTarget) => {
        if (inner.type !== TYPES.chart) return innerTarget;
        const chart = pkg.freeName("xl/charts/chart", ".xml");
        await pkg.copyPart(innerTarget, chart, async (_, t) => t);
        // As Excel copies a sheet: a chart of the sheet's own cells charts the copy's cells.
        const series = (await pkg.read(chart))!;
        const [was, now] = [from.name, to.name].map((name) => `${escapeXml(quoteSheet(name))}!`);
        pkg.write(chart, series.split(was).join(now));
        return chart;
      });
      target = relativePath(to.part, copy);
    }
    if (target === undefined) {
      xml = xml.replace(new RegExp(`<[\\w:]+\\b[^>]*\\br:id="${rel.id}"[^>]*/>`, "g"), "");
      continue;
    }
    kept.push(
      `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${escapeXml(target)}"${rel.external ? ' TargetMode="External"' : ""}/>`
    );
  }
  const rels = to.part.replace(/([^/]+)$/, "_rels/$1.rels");
  if (kept.length)
    pkg.write(
      rels,
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${kept.join("")}</Relationships>`
    );
  return xml.replace(/<tableParts\b[^>]*>\s*<\/tableParts>/, "");
}

/** A deleted sheet's part and what only it used: its drawing (and the drawing's charts), notes, printer settings. */
async function removeSheet(pkg: Package, part: string): Promise<void> {
  const owned = [DRAWING_TYPE, TYPES.comments, TYPES.vml, TYPES.printerSettings];
  for (const rel of await pkg.relationships(part)) {
    if (rel.external || !owned.includes(rel.type)) continue;
    const target = Package.target(part, rel);
    if (rel.type === DRAWING_TYPE)
      for (const inner of await pkg.relationships(target))
        if (inner.type === TYPES.chart) await removePart(pkg, Package.target(target, inner));
    await removePart(pkg, target);
  }
  await removePart(pkg, part);
}

async function removePart(pkg: Package, part: string): Promise<void> {
  const rels = part.replace(/([^/]+)$/, "_rels/$1.rels");
  if (pkg.has(rels)) pkg.remove(rels);
  pkg.remove(part);
}

/** Defined names' texts as Excel writes them, quotes included. */
const escapeName = (text: string) => escapeXml(text).replace(/'/g, "&apos;");

/** The print titles and print area of a sheet as defined names' texts ("'ผ.02'!$1:$3"). */
function printNames(sheet: MemorySheet): Record<string, string | undefined> {
  const { printTitleRows, printArea } = sheet.pageSetup;
  const absolute = (area: string) =>
    area
      .split(":")
      .map((cell) => cell.replace(/^\$?([A-Z]+)\$?(\d+)$/, "$$$1$$$2"))
      .join(":");
  return {
    "_xlnm.Print_Titles": printTitleRows && `${quoteSheet(sheet.name)}!${printTitleRows}`,
    "_xlnm.Print_Area": printArea && `${quoteSheet(sheet.name)}!${absolute(printArea)}`,
  };
}
const PRINT_FIELD: Record<string, keyof PageSetup> = {
  "_xlnm.Print_Titles": "printTitleRows",
  "_xlnm.Print_Area": "printArea",
};

/** A name's text with the rows of every file sheet shifted and renamed sheets renamed, as Excel keeps it. */
function followSheets(text: string, loaded: LoadedPackage, workbook: MemoryWorkbook): string {
  for (const { sheet, base } of loaded.sheets) {
    if (!workbook.sheets.includes(sheet)) {
      // A reference into a deleted sheet is #REF!, as Excel makes it.
      const area = `${escapeRegex(quoteSheet(base.name))}!\\$?[A-Z]*\\$?\\d*(?::\\$?[A-Z]*\\$?\\d*)?`;
      text = text.replace(new RegExp(area, "g"), "#REF!");
      continue;
    }
    for (const shift of shiftsOf(sheet.edits)) text = shiftFormula(text, base.name, false, shift);
    if (sheet.name !== base.name)
      text = text.split(`${quoteSheet(base.name)}!`).join(`${quoteSheet(sheet.name)}!`);
  }
  return text;
}

function definedNamesXml(
  xml: string,
  loaded: LoadedPackage,
  workbook: MemoryWorkbook,
  tabs: Tabs,
  owners: (LoadedPackage["sheets"][number] | undefined)[]
): string {
  const written: string[] = [];
  const regenerated = new Set<string>();
  const body = /<definedNames>([\s\S]*?)<\/definedNames>/.exec(xml)?.[1] ?? "";
  for (const m of body.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    let attrs = m[1];
    const name = attribute(attrs, "name") ?? "";
    const local = attribute(attrs, "localSheetId");
    if (local !== undefined) {
      const index = tabs.fromFile(Number(local));
      if (index < 0) continue;
      attrs = withAttribute(attrs, "localSheetId", String(index));
      const owner = owners[Number(local)];
      const field = PRINT_FIELD[name];
      if (owner && field && owner.sheet.pageSetup[field] !== owner.base.pageSetup[field]) {
        regenerated.add(`${name}@${index}`);
        continue;
      }
    }
    let text = followSheets(unescapeXml(m[2]), loaded, workbook);
    if (local === undefined && !name.startsWith("_xlnm.")) {
      const now = workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      const was = loaded.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!now) continue;
      if (now.formula !== was?.formula) text = now.formula.replace(/^=/, "");
    }
    const element = `<definedName${attrs}>${escapeName(text)}</definedName>`;
    written.push(attrs === m[1] && text === unescapeXml(m[2]) ? m[0] : element);
  }
  for (const n of workbook.names)
    if (!loaded.names.some((was) => was.name.toLowerCase() === n.name.toLowerCase()))
      written.push(
        `<definedName name="${escapeXml(n.name)}">${escapeName(n.formula.replace(/^=/, ""))}</definedName>`
      );
  workbook.sheets.forEach((sheet) => {
    const index = tabs.of(sheet);
    const fromFile = loaded.sheets.some((s) => s.sheet === sheet);
    for (const [name, text] of Object.entries(printNames(sheet)))
      if (text && (!fromFile || regenerated.has(`${name}@${index}`)))
        written.push(
          `<definedName name="${name}" localSheetId="${index}">${escapeName(text)}</definedName>`
        );
  });
  const element = written.length ? `<definedNames>${written.join("")}</definedNames>` : "";
  if (/<definedNames>[\s\S]*?<\/definedNames>/.test(xml))
    return xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, () => element);
  return xml.replace(/(<\/externalReferences>|<\/sheets>)/, (close) => `${close}${element}`);
}

/** A sheet element's relationship id, whatever the prefix of its namespace (r:id as Excel writes it). */
const relationshipId = (element: string) => /\s[\w.-]+:id="([^"]*)"/.exec(element)?.[1];

/** The tabs as they will be: the emulator's sheets in its order, and sheets it did not read (a chart sheet) kept. */
interface Tabs {
  /** Where the file's nth <sheet> is now, -1 when deleted. */
  fromFile(index: number): number;
  of(sheet: MemorySheet): number;
}

async function writeWorkbook(
  pkg: Package,
  loaded: LoadedPackage,
  workbook: MemoryWorkbook,
  added: Map<MemorySheet, string>
): Promise<void> {
  const path = "xl/workbook.xml";
  const xml = (await pkg.read(path))!;
  const rels = await pkg.relationships(path);
  const partOf = (element: string) => {
    const rel = rels.find((r) => r.id === relationshipId(element));
    return rel && Package.target(path, rel);
  };
  const fileTabs = [...xml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => ({
    element: m[0],
    part: partOf(m[0]),
  }));
  let sheetId = Math.max(
    0,
    ...[...xml.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]))
  );
  const list: { element: string; sheet?: MemorySheet; file?: number }[] = [];
  for (const sheet of workbook.sheets) {
    const state =
      sheet.visibility === "Visible"
        ? undefined
        : sheet.visibility === "Hidden"
          ? "hidden"
          : "veryHidden";
    const fromFile = loaded.sheets.find((s) => s.sheet === sheet);
    if (fromFile) {
      const file = fileTabs.findIndex((t) => t.part === fromFile.part);
      let attrs = fileTabs[file].element.slice("<sheet".length, -"/>".length);
      if (sheet.name !== fromFile.base.name)
        attrs = withAttribute(attrs, "name", escapeXml(sheet.name));
      if (sheet.visibility !== fromFile.base.visibility)
        attrs = withAttribute(
          attrs,
          "state",
          state ?? (attribute(attrs, "state") ? "visible" : undefined)
        );
      list.push({ element: `<sheet${attrs}/>`, sheet, file });
      continue;
    }
    const id = await pkg.relate(path, TYPES.worksheet, added.get(sheet)!);
    list.push({
      element: `<sheet name="${escapeXml(sheet.name)}" sheetId="${++sheetId}"${state ? ` state="${state}"` : ""} r:id="${id}"/>`,
      sheet,
    });
  }
  // Sheets the emulator does not read stay where they were.
  fileTabs.forEach((tab, file) => {
    if (!loaded.sheets.some((s) => s.part === tab.part))
      list.splice(Math.min(file, list.length), 0, { element: tab.element, file });
  });
  for (const gone of loaded.sheets.filter((s) => !workbook.sheets.includes(s.sheet))) {
    const rel = rels.find((r) => Package.target(path, r) === gone.part);
    if (rel) await pkg.unrelate(path, rel.id);
  }
  const tabs: Tabs = {
    fromFile: (index) => list.findIndex((t) => t.file === index),
    of: (sheet) => list.findIndex((t) => t.sheet === sheet),
  };
  const owners = fileTabs.map((tab) => loaded.sheets.find((s) => s.part === tab.part));
  let result = xml.replace(
    /<sheets>[\s\S]*?<\/sheets>/,
    () => `<sheets>${list.map((t) => t.element).join("")}</sheets>`
  );
  result = definedNamesXml(result, loaded, workbook, tabs, owners);
  result = result.replace(/(<workbookView\b[^>]*\bactiveTab=")(\d+)"/, (all, open, tab) =>
    Number(tab) < list.length ? all : `${open}0"`
  );
  if (result !== xml) pkg.write(path, result);
}

/** docProps/app.xml lists the sheets' names; Excel shows them in the file's properties. */
async function writeAppProperties(pkg: Package, workbook: MemoryWorkbook): Promise<void> {
  const path = "docProps/app.xml";
  const xml = await pkg.read(path);
  const count =
    xml &&
    /<vt:lpstr>Worksheets<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)<\/vt:i4>/.exec(xml);
  const titles =
    xml &&
    /<TitlesOfParts><vt:vector size="(\d+)" baseType="lpstr">([\s\S]*?)<\/vt:vector>/.exec(xml);
  if (!xml || !count || !titles) return;
  const items = [...titles[2].matchAll(/<vt:lpstr>([\s\S]*?)<\/vt:lpstr>/g)].map((m) => m[0]);
  const names = workbook.sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`);
  const next = [...names, ...items.slice(Number(count[1]))];
  if (next.join("") === items.join("")) return;
  pkg.write(
    path,
    xml
      .replace(count[0], count[0].replace(/<vt:i4>\d+/, `<vt:i4>${names.length}`))
      .replace(
        titles[0],
        `<TitlesOfParts><vt:vector size="${next.length}" baseType="lpstr">${next.join("")}</vt:vector>`
      )
  );
}

/** Chart series and other drawing-level references (<c:f>) follow the rows of the sheets they point at. */
async function shiftChartReferences(
  pkg: Package,
  loaded: LoadedPackage,
  workbook: MemoryWorkbook
): Promise<void> {
  const moved = (s: LoadedPackage["sheets"][number]) =>
    shiftsOf(s.sheet.edits).length > 0 || s.sheet.name !== s.base.name;
  if (!loaded.sheets.some((s) => moved(s) || !workbook.sheets.includes(s.sheet))) return;
  for (const path of Object.keys(pkg.zip.files).filter((f) =>
    /^xl\/charts\/chart\d+\.xml$/.test(f)
  )) {
    const xml = (await pkg.read(path))!;
    const result = xml.replace(
      /(<c:f>)([\s\S]*?)(<\/c:f>)/g,
      (_, open, text: string, close) =>
        `${open}${escapeXml(followSheets(unescapeXml(text), loaded, workbook))}${close}`
    );
    if (result !== xml) pkg.write(path, result);
  }
}

/** calcChain.xml lists formula cells by place; Excel rebuilds it when it is missing, not when it is wrong. */
async function dropCalculationChain(pkg: Package): Promise<void> {
  const rel = (await pkg.relationships("xl/workbook.xml")).find(
    (r: Relationship) => r.type === TYPES.calcChain
  );
  if (!rel) return;
  await pkg.unrelate("xl/workbook.xml", rel.id);
  pkg.remove(Package.target("xl/workbook.xml", rel));
}

/** Texts looked for along the shared strings before a map of them all is made (a change writes a few). */
const LOOKED_ALONG = 16;

/** The index of a plain text among the shared strings as read (a rich one is never taken), or undefined. */
function sharedStringIndex(strings: SharedStrings): (text: string) => number | undefined {
  const { texts, rich } = strings;
  let asked = 0;
  let index: Map<string, number> | undefined;
  const made = () => {
    const plain = new Map<string, number>();
    texts.forEach((text, i) => !rich.has(i) && !plain.has(text) && plain.set(text, i));
    return plain;
  };
  return (text) => {
    if (++asked > LOOKED_ALONG) return (index ??= made()).get(text);
    for (let i = texts.indexOf(text); i >= 0; i = texts.indexOf(text, i + 1))
      if (!rich.has(i)) return i;
    return undefined;
  };
}

export async function writePackage(
  loaded: LoadedPackage,
  workbook: MemoryWorkbook,
  formulas: FormulaEngine,
  widthInCharacters: (points: number) => number
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(loaded.bytes);
  const pkg = await new Package(zip, loaded.codec, loaded.sheetTexts).open();
  const styles = new StyleBook((await pkg.read("xl/styles.xml")) ?? "");
  const sharedString = sharedStringIndex(loaded.strings);
  const added = new Map<MemorySheet, string>();
  let sheetsChanged = false;
  for (const sheet of workbook.sheets) {
    const own = loaded.sheets.find((s) => s.sheet === sheet);
    const source = own ?? loaded.sheets.find((s) => s.sheet === sheet.copiedFrom);
    const part = own?.part ?? pkg.freeName("xl/worksheets/sheet", ".xml");
    let xml = source ? (await pkg.read(source.part))! : emptySheet(sheet);
    if (!own) {
      added.set(sheet, part);
      pkg.write(part, xml); // holds the name while the copy's drawing and notes are named
      if (source)
        xml = await copyRelationships(
          pkg,
          { part: source.part, name: source.base.name },
          { part, name: sheet.name },
          xml
        );
    }
    const patched = patchSheet({
      xml,
      base: source?.base,
      sheet,
      edits: sheet.edits,
      styles,
      // With no formula engine running (a book saved as read), a formula's result is the one the file had.
      computed: (row, col) => formulas.value(sheet, row, col) ?? sheet.cell(row, col)?.value,
      widthInCharacters,
      sharedString,
    });
    // The drawing and the notes edit the text outside <sheetData> alone.
    let outside = await writeSheetDrawing(pkg, part, patched.outside, source?.base, sheet);
    outside = await writeNotes(pkg, part, outside, source?.base, sheet, sheet.edits, Boolean(own));
    if (!own || outside !== patched.outsideAsRead || !patched.sheetDataKept) {
      pkg.write(part, sheetPieces({ ...patched, outside }));
      sheetsChanged = true;
    }
    if (!own) pkg.addOverride(part, CONTENT.worksheet);
  }
  for (const gone of loaded.sheets.filter((s) => !workbook.sheets.includes(s.sheet))) {
    await removeSheet(pkg, gone.part);
    sheetsChanged = true;
  }
  await shiftChartReferences(pkg, loaded, workbook);
  await writeWorkbook(pkg, loaded, workbook, added);
  const names = (sheets: MemorySheet[]) => sheets.map((s) => s.name).join("\u0000");
  if (names(workbook.sheets) !== names(loaded.sheets.map((s) => s.base)))
    await writeAppProperties(pkg, workbook);
  if (sheetsChanged) await dropCalculationChain(pkg);
  if (styles.changed) pkg.write("xl/styles.xml", styles.text);
  pkg.finish();
  return pkg.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
