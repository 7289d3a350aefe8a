import JSZip from "jszip";
import type { RoundDocument } from "../plan";
import { planError } from "../plan/messages";

/**
 * The round's document carried from the pane to document.html in the user's browser (saveFile.ts says why): the
 * model as JSON, deflated in a one-entry zip (JSZip is already in the pane's bundle, through the docx library),
 * base64url, after `#docx1=` in the page's URL. A fragment is never sent to the server, so the plan's figures
 * stay between Excel and the user's browser. The page writes the .docx from the same model with the same writer,
 * so the file is the pane's own.
 */
const PREFIX = "#docx1=";
const ENTRY = "round.json";

/** The file name the pane and the page give the .docx. */
export function roundDocxName(document: RoundDocument): string {
  return `${document.title.replace(/\//g, "-")}.docx`;
}

/** `#docx1=…`: the fragment that carries the document. */
export async function encodeRoundDocument(document: RoundDocument): Promise<string> {
  const zip = new JSZip().file(ENTRY, JSON.stringify(document));
  const base64 = await zip.generateAsync({
    type: "base64",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  return PREFIX + base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const cutShort = () =>
  planError(
    "ลิงก์นี้ไม่มีข้อมูลเอกสาร หรือข้อมูลถูกตัดไม่ครบ: กลับไปที่ Excel แล้วกด บันทึกเป็น Word (.docx) อีกครั้ง",
    "This link holds no document, or it was cut short: go back to Excel and choose Save as Word (.docx) again"
  );

/** The document a fragment carries; a fragment that is missing, cut short or not one of ours is refused. */
export async function decodeRoundDocument(fragment: string): Promise<RoundDocument> {
  if (!fragment.startsWith(PREFIX)) throw cutShort();
  const base64url = fragment.slice(PREFIX.length);
  const base64 =
    base64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (base64url.length % 4)) % 4);
  let document: RoundDocument;
  try {
    const zip = await JSZip.loadAsync(base64, { base64: true });
    document = JSON.parse(await zip.file(ENTRY)!.async("string"));
  } catch {
    throw cutShort();
  }
  if (typeof document?.title !== "string" || !Array.isArray(document.parts)) throw cutShort();
  return document;
}
