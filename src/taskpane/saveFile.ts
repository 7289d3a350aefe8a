import { roundDocxBlob } from "../docx/roundDocx";
import { encodeRoundDocument, roundDocxName } from "../docx/roundTransfer";
import type { RoundDocument } from "../plan";
import { message, type Message } from "../plan/messages";

/* global Blob, document, Office, setTimeout, URL */

/**
 * How the round's .docx reaches the user's disk, by what Microsoft documents for each place the pane runs:
 *
 * - Excel on the web (and the workbench, or any plain browser): the pane is a page of the user's browser, so a
 *   download works.
 * - Excel on Windows and Mac: the pane is a webview (WebView2, WKWebView). "Directly downloading blobs ... isn't
 *   supported with EdgeHTML or WebView2. The workaround is to ... call the Office.context.ui.openBrowserWindow(url)
 *   method" (Browsers and webview controls used by Office Add-ins, learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins,
 *   "Get errors trying to download a PDF file"); downloads from the Mac webview do nothing (office-js #2700, closed
 *   by design; #4681). OpenBrowserWindowApi 1.1 is there on Windows, Mac and iPad, not on the web
 *   (learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets).
 *   So the pane opens document.html of its own host in the user's browser, and that page writes the .docx.
 *
 * The browser cannot read the workbook, so the document travels with the page: the model, deflated, in the URL's
 * fragment (roundTransfer.ts). openBrowserWindow documents no length limit; Windows hands the URL to the browser
 * on a command line of at most 32,767 characters, so a document whose URL would pass MAX_BROWSER_URL is not sent
 * cut short. Where no path exists (too large, no OpenBrowserWindowApi, an unknown platform) the pane says so and
 * offers the print-ready sheets, which need nothing but Excel.
 */
export const MAX_BROWSER_URL = 32000;

/** What the pane needs of Office.context to choose: the platform, the requirement check, the browser window. */
export interface OfficeHost {
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS", …; absent outside Office. */
  platform?: string | null;
  isSetSupported(name: string, version: string): boolean;
  openBrowserWindow(url: string): void;
}

export type SavePath =
  { kind: "download" } | { kind: "browser"; url: string } | { kind: "none"; reason: Message };

/** The Office the pane runs in, or undefined in the workbench and any page outside Office. */
export function currentOfficeHost(): OfficeHost | undefined {
  if (typeof Office === "undefined" || !Office.context) return undefined;
  const context = Office.context;
  const platform = context.platform ?? context.diagnostics?.platform;
  // Named as Office.PlatformType names it ("PC", "Mac", …), whatever the enum's values are at run time.
  const kinds = (Office.PlatformType ?? {}) as Record<string, unknown>;
  return {
    platform:
      platform === undefined || platform === null
        ? undefined
        : (Object.keys(kinds).find((name) => kinds[name] === platform) ?? String(platform)),
    isSetSupported: (name, version) => context.requirements.isSetSupported(name, version),
    openBrowserWindow: (url) => context.ui.openBrowserWindow(url),
  };
}

const USE_SHEETS = message(
  "ใช้ปุ่ม สร้างชีตพร้อมพิมพ์ แล้วพิมพ์หรือบันทึกเป็น PDF จาก Excel แทน หรือเปิดสมุดงานนี้ใน Excel บนเว็บแล้วบันทึก .docx จากที่นั่น",
  "Use Print-ready sheets and print or save a PDF from Excel instead, or open this workbook in Excel on the web and save the .docx there"
);

const noPath = (th: string, en: string): SavePath => ({
  kind: "none",
  reason: message(`${th} ${USE_SHEETS.th}`, `${en}. ${USE_SHEETS.en}`),
});

/** The path for a document whose fragment is `fragment`, from a pane whose document.html is `pageUrl`. */
export function savePath(
  host: OfficeHost | undefined,
  pageUrl: string,
  fragment: string
): SavePath {
  const platform = host?.platform;
  if (!host || !platform || platform === "OfficeOnline") return { kind: "download" };
  if (!["PC", "Mac", "iOS"].includes(platform))
    return noPath(
      `Excel บน ${platform} บันทึกไฟล์จากบานหน้าต่างไม่ได้`,
      `Excel on ${platform} cannot save a file from the pane`
    );
  if (!host.isSetSupported("OpenBrowserWindowApi", "1.1"))
    return noPath(
      "Excel รุ่นนี้เปิดเบราว์เซอร์เพื่อบันทึกไฟล์ไม่ได้ (ไม่มี OpenBrowserWindowApi 1.1)",
      "This Excel cannot open a browser to save the file (no OpenBrowserWindowApi 1.1)"
    );
  const url = pageUrl + fragment;
  if (url.length > MAX_BROWSER_URL)
    return noPath(
      `เอกสารนี้ใหญ่เกินกว่าจะส่งไปยังเบราว์เซอร์ได้ (${url.length.toLocaleString("en")} ตัวอักษร เกิน ${MAX_BROWSER_URL.toLocaleString("en")})`,
      `This document is too large to hand to the browser (${url.length.toLocaleString("en")} characters, over ${MAX_BROWSER_URL.toLocaleString("en")})`
    );
  return { kind: "browser", url };
}

/** Saves a Blob as a file by the browser's download: the pane on the web, and document.html. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export type SaveOutcome =
  { kind: "downloaded" } | { kind: "opened" } | Extract<SavePath, { kind: "none" }>;

/** Sends the round's .docx to the user's disk by the path the host allows, and says which way it went. */
export async function saveRoundDocx(
  round: RoundDocument,
  host: OfficeHost | undefined,
  pageUrl: string
): Promise<SaveOutcome> {
  const path = savePath(host, pageUrl, await encodeRoundDocument(round));
  if (path.kind === "none") return path;
  if (path.kind === "browser") {
    host!.openBrowserWindow(path.url);
    return { kind: "opened" };
  }
  downloadBlob(await roundDocxBlob(round), roundDocxName(round));
  return { kind: "downloaded" };
}
