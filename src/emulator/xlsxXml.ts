/** Text-level XML helpers for the .xlsx writer, which edits parts as text so that what it leaves keeps its bytes. */

export const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

export const escapeXml = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

export const unescapeXml = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** An attribute's value in an element's attribute text (` r="A1" s="3"`). */
export const attribute = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${escapeRegex(name)}="([^"]*)"`).exec(attrs)?.[1];

/** The attribute text with the attribute set in place (appended when new), or removed for undefined. */
export function withAttribute(attrs: string, name: string, value: string | undefined): string {
  const pattern = new RegExp(`(\\s)${escapeRegex(name)}="[^"]*"`);
  if (value === undefined) return attrs.replace(pattern, "");
  return pattern.test(attrs)
    ? attrs.replace(pattern, `$1${name}="${value}"`)
    : `${attrs} ${name}="${value}"`;
}
