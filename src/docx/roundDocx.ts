/* global Blob */
import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from "docx";
import { toThaiDigits } from "../common/thaiDigits";
import type { Block, CellValue, DocumentPart, RoundDocument } from "../plan";

/**
 * Writes a round's document as Word (.docx) with the `docx` library: A4, TH Sarabun New, 16 pt text on portrait
 * pages and 14 pt lines over 12 pt tables on landscape ones, all on exact line heights so Word and LibreOffice
 * break pages alike; table headers repeat on every page. Each page of the model is a section of its own, its number
 * in Thai digits written in its header from หลักการและเหตุผล on, so the numbers are the ones the สารบัญ lists
 * whatever program opens the file. Runs in the pane (a Blob) and the command (bytes).
 */
const FONT = "TH Sarabun New";
const CM = 567; // twips
const A4 = { short: 11906, long: 16838 };

interface PageStyle {
  /** Half-points and exact line height in twips, for text, titles and table cells. */
  text: number;
  line: number;
  title: number;
  titleLine: number;
  cell: number;
  cellLine: number;
  margin: { top: number; bottom: number; left: number; right: number; header: number };
  /** Width between the margins, in twips. */
  width: number;
}

const PORTRAIT: PageStyle = {
  text: 32,
  line: 360,
  title: 36,
  titleLine: 480,
  cell: 28,
  cellLine: 340,
  margin: { top: 2 * CM, bottom: 1.5 * CM, left: 2.5 * CM, right: 2 * CM, header: 1 * CM },
  width: A4.short - 4.5 * CM,
};
const LANDSCAPE: PageStyle = {
  text: 28,
  line: 300,
  title: 32,
  titleLine: 380,
  cell: 24,
  cellLine: 270,
  margin: { top: 1.3 * CM, bottom: 1 * CM, left: 1.5 * CM, right: 1.5 * CM, header: 0.6 * CM },
  width: A4.long - 3 * CM,
};

const run = (text: string, size: number, bold = false) =>
  new TextRun({ text, font: FONT, size, sizeComplexScript: size, bold, boldComplexScript: bold });

function paragraphs(block: Block, style: PageStyle): (Paragraph | Table)[] {
  const line = { line: style.line, lineRule: LineRuleType.EXACT };
  const text = (value: string, options: ConstructorParameters<typeof Paragraph>[0] & object = {}) =>
    new Paragraph({ spacing: line, ...options, children: [run(value, style.text)] });
  switch (block.kind) {
    case "title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: style.titleLine, lineRule: LineRuleType.EXACT },
          children: [run(block.text, style.title, true)],
        }),
      ];
    case "center":
      return [text(block.text, { alignment: AlignmentType.CENTER })];
    case "signature":
      return [text(block.text, { alignment: AlignmentType.CENTER, indent: { left: 8 * CM } })];
    case "paragraph":
      return [
        text(block.text, {
          alignment: AlignmentType.THAI_DISTRIBUTE,
          indent: { firstLine: 1.25 * CM },
        }),
      ];
    case "bullet":
      return [text(block.text, { indent: { left: 1.25 * CM, hanging: 0.5 * CM } })];
    case "contents":
      return [
        text("หน้า", { alignment: AlignmentType.RIGHT }),
        ...block.entries.map((e) =>
          text(`${e.text}\t${e.page ? toThaiDigits(String(e.page)) : ""}`, {
            indent: e.indent ? { left: 1 * CM } : undefined,
            tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
          })
        ),
      ];
    case "table":
      return [table(block, style)];
    case "pageBreak":
      return []; // pages are sections (see pages below)
  }
}

/** A figure ("๑,๔๐๐,๐๐๐", "-"), set right as the forms print them. */
const FIGURE = /^[\d๐-๙,.-]+$/;

const cellText = (value: CellValue) => (value === null || value === undefined ? "" : String(value));

function cell(
  value: CellValue,
  style: PageStyle,
  width: number,
  options: { columnSpan?: number; rowSpan?: number; header?: boolean } = {}
) {
  return new TableCell({
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan,
    verticalAlign: options.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 57, right: 57 },
    children: cellText(value)
      .split("\n")
      .map(
        (line) =>
          new Paragraph({
            alignment: options.header
              ? AlignmentType.CENTER
              : FIGURE.test(line)
                ? AlignmentType.RIGHT
                : AlignmentType.LEFT,
            spacing: { line: style.cellLine, lineRule: LineRuleType.EXACT },
            // A word joiner on each side of a comma keeps "๑,๔๐๐,๐๐๐" on one line in Thai line breaking.
            children: [
              run(
                FIGURE.test(line) ? line.replace(/,/g, "\u2060,\u2060") : line,
                style.cell,
                options.header
              ),
            ],
          })
      ),
  });
}

/**
 * A table with its header merged as the forms print it: a first-row cell spans the empty cells after it that have
 * words under them ("งบประมาณ" over the years), and the row below when that is empty ("ที่", "โครงการ").
 */
function table(block: Extract<Block, { kind: "table" }>, style: PageStyle): Table {
  const { header, rows, widths } = block;
  const total = widths.reduce((a, b) => a + b, 0);
  const columns = widths.map((w) => Math.floor((w / total) * style.width));
  const width = (from: number, span: number) =>
    columns.slice(from, from + span).reduce((a, b) => a + b, 0);
  const [first, second] = header.map((row) => row.map(cellText));
  const covered = header.map((row) => row.map(() => false));
  const headerRows = header.map((cells, h) => {
    const children: TableCell[] = [];
    cells.forEach((value, c) => {
      if (covered[h][c]) return;
      let span = 1;
      while (h === 0 && second && c + span < cells.length && !first[c + span] && second[c + span]) {
        covered[0][c + span] = true;
        span++;
      }
      const rowSpan = h === 0 && second !== undefined && !second[c] ? 2 : undefined;
      if (rowSpan) covered[1][c] = true;
      const columnSpan = span > 1 ? span : undefined;
      children.push(cell(value, style, width(c, span), { columnSpan, rowSpan, header: true }));
    });
    return new TableRow({ tableHeader: true, children });
  });
  const bodyRows = rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map((v, c) => cell(v, style, columns[c])),
      })
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: style.width, type: WidthType.DXA },
    columnWidths: columns,
    rows: [...headerRows, ...bodyRows],
  });
}

/** A part's pages: its blocks between page breaks. */
function pages(part: DocumentPart): Block[][] {
  const result: Block[][] = [[]];
  for (const block of part.blocks) {
    if (block.kind === "pageBreak") result.push([]);
    else result[result.length - 1].push(block);
  }
  return result;
}

function section(part: DocumentPart, blocks: Block[], pageNumber?: number): ISectionOptions {
  const landscape = part.orientation === "landscape";
  const style = landscape ? LANDSCAPE : PORTRAIT;
  const number =
    pageNumber === undefined ? [] : [run(toThaiDigits(String(pageNumber)), style.text)];
  return {
    properties: {
      page: {
        size: {
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          width: A4.short,
          height: A4.long,
        },
        margin: style.margin,
      },
    },
    headers: {
      default: new Header({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: number })],
      }),
    },
    children: blocks.flatMap((block) => paragraphs(block, style)),
  };
}

export function roundDocx(document: RoundDocument): Document {
  let page = 0;
  return new Document({
    creator: "local-plan-addin",
    title: document.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: PORTRAIT.text, sizeComplexScript: PORTRAIT.text } },
      },
    },
    sections: document.parts.flatMap((part) =>
      pages(part).map((blocks) => section(part, blocks, part.numbered ? ++page : undefined))
    ),
  });
}

/** The .docx as bytes (the command line writes them to a file). */
export async function roundDocxBytes(document: RoundDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(roundDocx(document)));
}

/** The .docx as a Blob (the pane offers it for download). */
export function roundDocxBlob(document: RoundDocument): Promise<Blob> {
  return Packer.toBlob(roundDocx(document));
}
