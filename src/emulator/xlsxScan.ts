/**
 * Scanning XML text without a parser: a worksheet part of a 200,000-row book is some 85 MB, and a tree of it (or a
 * match object per cell) costs seconds and gigabytes. These helpers find what they need by position in the text;
 * a search for what may be absent (an attribute, a <v>) is made in the tag's or cell's own slice of the text, so
 * that it never runs on through the rest of the part.
 */

export const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Whether a character ends an element's name in a start tag (`>`, `/` or white space): `<c ` is a cell, `<col` not. */
export const endsName = (code: number) =>
  code === 62 /* > */ || code === 47 /* / */ || isSpace(code);

/** The value of an attribute of a start tag's text (`<c r="A1" s="3">`, or in single quotes), or undefined. */
export function attributeOf(tag: string, name: string): string | undefined {
  const key = `${name}=`;
  for (let at = tag.indexOf(key); at >= 0; at = tag.indexOf(key, at + 1)) {
    const quote = tag[at + key.length];
    if (!isSpace(tag.charCodeAt(at - 1)) || (quote !== '"' && quote !== "'")) continue;
    const from = at + key.length + 1;
    return tag.slice(from, tag.indexOf(quote, from));
  }
  return undefined;
}

/** Where the start tag `<name` begins at or after `from` (not `<nameX`), or -1. */
export function tagStart(xml: string, name: string, from: number, before = xml.length): number {
  const open = `<${name}`;
  for (let at = xml.indexOf(open, from); at >= 0 && at < before; at = xml.indexOf(open, at + 1)) {
    if (endsName(xml.charCodeAt(at + open.length))) return at;
  }
  return -1;
}

/** An element found: its start tag [start, tagEnd], whether it closes itself, and its body [bodyStart, bodyEnd). */
export interface Found {
  /** The start tag's text, for attributeOf. */
  tag: string;
  start: number;
  tagEnd: number;
  empty: boolean;
  bodyStart: number;
  bodyEnd: number;
  /** Just past the element. */
  end: number;
}

/** The next `<name …>…</name>` or `<name …/>` at or after `from`, not nested in another of its name. */
export function element(
  xml: string,
  name: string,
  from: number,
  before = xml.length
): Found | undefined {
  const start = tagStart(xml, name, from, before);
  if (start < 0) return undefined;
  const tagEnd = xml.indexOf(">", start);
  if (xml.charCodeAt(tagEnd - 1) === 47)
    return {
      tag: xml.slice(start, tagEnd),
      start,
      tagEnd,
      empty: true,
      bodyStart: tagEnd + 1,
      bodyEnd: tagEnd + 1,
      end: tagEnd + 1,
    };
  const close = xml.indexOf(`</${name}>`, tagEnd);
  const bodyEnd = close < 0 ? before : close;
  return {
    tag: xml.slice(start, tagEnd),
    start,
    tagEnd,
    empty: false,
    bodyStart: tagEnd + 1,
    bodyEnd,
    end: bodyEnd + name.length + 3,
  };
}

/** Every element of a name between two positions, in order. */
export function* elements(
  xml: string,
  name: string,
  from = 0,
  before = xml.length
): Generator<Found> {
  for (
    let found = element(xml, name, from, before);
    found;
    found = element(xml, name, found.end, before)
  )
    yield found;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text as a parser gives it: line ends made "\n" (XML 1.0 § 2.11), entity and character references decoded. */
export function decodeXml(text: string): string {
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, ref: string) =>
    ref[0] === "#"
      ? String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
      : (ENTITIES[ref] ?? all)
  );
}

/**
 * The text of a string item (a shared string's <si>, an inline <is>, a note's <text>): its <t> elements joined, rich
 * runs included, phonetic runs (<rPh>) left out, as Excel shows the cell.
 */
export function itemText(item: string): string {
  let text = "";
  let from = 0;
  for (;;) {
    const t = tagStart(item, "t", from);
    if (t < 0) return text;
    const phonetic = item.lastIndexOf("<rPh", t);
    const tagEnd = item.indexOf(">", t);
    if (item.charCodeAt(tagEnd - 1) === 47) {
      from = tagEnd + 1;
      continue;
    }
    const close = item.indexOf("</t>", tagEnd);
    if (phonetic < 0 || item.lastIndexOf("</rPh>", t) > phonetic)
      text += decodeXml(item.slice(tagEnd + 1, close));
    from = close + 4;
  }
}

/** The 0-based column of a cell reference ("AB12" → 27). */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col - 1;
}

/** The 0-based row of a cell reference ("AB12" → 11). */
export function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65) i++;
  return Number(ref.slice(i)) - 1;
}
