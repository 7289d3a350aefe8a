/* global TextEncoder, TextDecoder */
import type JSZip from "jszip";
import { attribute, escapeRegex, XML_HEAD } from "./xlsxXml";

/**
 * The package around the parts (Open Packaging Conventions): relationships, content types and free part names,
 * edited as text so that what is not changed keeps its bytes. Everything is written to the zip only at the end.
 */

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const TYPES = {
  worksheet: `${REL}/worksheet`,
  drawing: `${REL}/drawing`,
  comments: `${REL}/comments`,
  vml: `${REL}/vmlDrawing`,
  hyperlink: `${REL}/hyperlink`,
  chart: `${REL}/chart`,
  image: `${REL}/image`,
  printerSettings: `${REL}/printerSettings`,
  calcChain: `${REL}/calcChain`,
  sharedStrings: `${REL}/sharedStrings`,
};
export const CONTENT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

/** Resolves "../drawings/drawing1.xml" against "xl/worksheets/sheet1.xml". */
export function resolvePath(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

export function relsPath(part: string): string {
  const at = part.lastIndexOf("/");
  return `${part.slice(0, at)}/_rels/${part.slice(at + 1)}.rels`;
}

/** Characters from which a part is deflated at the fastest level. */
const LARGE_PART = 1 << 22;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A faster inflate and deflate of parts than JSZip's own (the CLI gives Node's zlib); the browser has none. */
export interface PartCodec {
  /** A part's bytes, or undefined when the codec cannot read it (JSZip then does). */
  inflate(file: JSZip.JSZipObject): Uint8Array | undefined;
  /** What zip.file takes for a large part: its text (given in pieces, never joined) as UTF-8, deflated. */
  deflate(pieces: readonly string[]): object;
}

/**
 * A part's text to write: whole, or in pieces written one after another (a sheet of 200,000 rows as slices of the
 * text read and the rows written anew, never copied into one string).
 */
export type PartText = string | readonly string[];

const joined = (text: PartText) => (typeof text === "string" ? text : text.join(""));
const lengthOf = (text: PartText) =>
  typeof text === "string" ? text.length : text.reduce((sum, piece) => sum + piece.length, 0);

export class Package {
  private readonly texts = new Map<string, PartText | null>();
  private types = "";
  private typesAsRead = "";

  /** `asRead`: texts of parts already read from this package (the sheets), not inflated and decoded again. */
  constructor(
    readonly zip: JSZip,
    private readonly codec?: PartCodec,
    private readonly asRead: ReadonlyMap<string, string> = new Map()
  ) {}

  async open(): Promise<this> {
    this.types = (await this.read("[Content_Types].xml")) ?? "";
    this.typesAsRead = this.types;
    return this;
  }

  /** A part's text as it is now (written in this save or as in the file); undefined when there is none. */
  async read(path: string): Promise<string | undefined> {
    if (this.texts.has(path)) {
      const text = this.texts.get(path);
      return text === null || text === undefined ? undefined : joined(text);
    }
    if (this.asRead.has(path)) return this.asRead.get(path);
    const file = this.zip.file(path);
    const bytes = file && this.codec?.inflate(file);
    // A byte-order mark stays, as JSZip's own decoding keeps it.
    return bytes
      ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)
      : file?.async("string");
  }

  write(path: string, text: PartText): void {
    this.texts.set(path, text);
  }

  has(path: string): boolean {
    return this.texts.has(path) ? this.texts.get(path) !== null : this.zip.file(path) !== null;
  }

  remove(path: string): void {
    this.texts.set(path, null);
    this.removeOverride(path);
  }

  /** A part name not yet taken: xl/drawings/drawing3.xml. */
  freeName(prefix: string, extension: string): string {
    for (let n = 1; ; n++) {
      const path = `${prefix}${n}${extension}`;
      if (!this.has(path)) return path;
    }
  }

  async relationships(part: string): Promise<Relationship[]> {
    const xml = (await this.read(relsPath(part))) ?? "";
    return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => ({
      id: attribute(m[1], "Id") ?? "",
      type: attribute(m[1], "Type") ?? "",
      target: attribute(m[1], "Target") ?? "",
      external: attribute(m[1], "TargetMode") === "External",
    }));
  }

  /** The part a relationship of `part` points at ("xl/drawings/drawing1.xml"). */
  static target(part: string, rel: Relationship): string {
    return resolvePath(part, rel.target);
  }

  /** Adds a relationship from `part` to `target` (a path in the package) and returns its id. */
  async relate(part: string, type: string, target: string): Promise<string> {
    const path = relsPath(part);
    const xml =
      (await this.read(path)) ??
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const taken = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const relative = relativePath(part, target);
    const element = `<Relationship Id="${id}" Type="${type}" Target="${relative}"/>`;
    this.write(
      path,
      /<Relationships\b[^>]*\/>/.test(xml)
        ? xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`)
        : xml.replace("</Relationships>", `${element}</Relationships>`)
    );
    return id;
  }

  async unrelate(part: string, id: string): Promise<void> {
    const path = relsPath(part);
    const xml = await this.read(path);
    if (xml)
      this.write(
        path,
        xml.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*?(/>|></Relationship>)`), "")
      );
  }

  addOverride(path: string, contentType: string): void {
    if (this.types.includes(`PartName="/${path}"`)) return;
    this.types = this.types.replace(
      "</Types>",
      `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`
    );
  }

  private removeOverride(path: string): void {
    this.types = this.types.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${escapeRegex(path)}"[^>]*/>`),
      ""
    );
  }

  addDefault(extension: string, contentType: string): void {
    if (new RegExp(`<Default\\b[^>]*Extension="${extension}"`, "i").test(this.types)) return;
    this.types = this.types.replace(
      /<Types\b[^>]*>/,
      (open) => `${open}<Default Extension="${extension}" ContentType="${contentType}"/>`
    );
  }

  /** The content type of a part as [Content_Types].xml gives it. */
  contentType(path: string): string | undefined {
    const override = new RegExp(`<Override\\b[^>]*PartName="/${escapeRegex(path)}"[^>]*/>`).exec(
      this.types
    );
    if (override) return attribute(override[0], "ContentType");
    const extension = path.slice(path.lastIndexOf(".") + 1);
    const byDefault = new RegExp(`<Default\\b[^>]*Extension="${extension}"[^>]*/>`, "i").exec(
      this.types
    );
    return byDefault ? attribute(byDefault[0], "ContentType") : undefined;
  }

  /** Copies a part (and, through `copyTarget`, what it relates to) under a new name. */
  async copyPart(
    from: string,
    to: string,
    copyTarget: (rel: Relationship, target: string) => Promise<string | undefined>
  ): Promise<void> {
    const type = this.contentType(from);
    const file = this.zip.file(from);
    if (this.texts.has(from)) this.write(to, (await this.read(from))!);
    else if (file) this.zip.file(to, await file.async("uint8array"));
    if (type && this.types.includes(`PartName="/${from}"`)) this.addOverride(to, type);
    const rels = await this.relationships(from);
    if (rels.length === 0) return;
    let xml = (await this.read(relsPath(from)))!;
    for (const rel of rels) {
      if (rel.external) continue;
      const target = await copyTarget(rel, Package.target(from, rel));
      if (target)
        xml = xml.replace(
          new RegExp(`(<Relationship\\b[^>]*\\bId="${rel.id}"[^>]*\\bTarget=")[^"]*`),
          `$1${relativePath(to, target)}`
        );
    }
    this.write(relsPath(to), xml);
  }

  /**
   * Writes every changed part into the zip, made UTF-8 by the platform's encoder. A large part (a sheet of 200,000
   * rows) is deflated at the fastest level: four times as fast, a few percent larger; the codec encodes and deflates
   * its pieces a few megabytes at a time (the browser, with none, joins them). Parts left as they were keep their
   * compressed bytes.
   */
  finish(): void {
    for (const [path, text] of this.texts) {
      if (text === null) this.zip.remove(path);
      else if (lengthOf(text) < LARGE_PART) this.zip.file(path, joined(text));
      else if (this.codec)
        this.zip.file(path, this.codec.deflate(typeof text === "string" ? [text] : text) as never);
      else
        this.zip.file(path, new TextEncoder().encode(joined(text)), {
          compression: "DEFLATE",
          compressionOptions: { level: 1 },
        });
    }
    if (this.types !== this.typesAsRead) this.zip.file("[Content_Types].xml", this.types);
  }
}

/** "xl/drawings/drawing1.xml" as seen from "xl/worksheets/sheet1.xml": "../drawings/drawing1.xml". */
export function relativePath(from: string, target: string): string {
  const base = from.split("/").slice(0, -1);
  const parts = target.split("/");
  let common = 0;
  while (common < base.length && base[common] === parts[common]) common++;
  return [...Array(base.length - common).fill(".."), ...parts.slice(common)].join("/");
}
