import JSZip from "jszip";

/* global Blob, FileReader, HTMLAnchorElement, URL */

/**
 * Office.context as office.js gives it on one platform (`Office.context.platform`, the requirement sets it has,
 * `ui.openBrowserWindow`), recording each page opened in the browser. Only what the pane's save path reads.
 */
export function fakeOffice(
  platform: unknown,
  sets: Record<string, string>,
  kinds: Record<string, unknown> = {
    PC: "PC",
    OfficeOnline: "OfficeOnline",
    Mac: "Mac",
    iOS: "iOS",
    Android: "Android",
    Universal: "Universal",
  }
): string[] {
  const opened: string[] = [];
  (globalThis as { Office?: unknown }).Office = {
    PlatformType: kinds,
    context: {
      platform,
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name in sets && Number(sets[name]) >= Number(version),
      },
      ui: { openBrowserWindow: (url: string) => opened.push(url) },
    },
  };
  return opened;
}

/**
 * jsdom cannot save files: this stands in for the browser's download, recording each Blob a page hands to an
 * `<a download>` it clicks, with the file name it gives.
 */
export function downloadedBlobs(): { name: string; blob: Blob }[] {
  const made = new Map<string, Blob>();
  const saved: { name: string; blob: Blob }[] = [];
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:https://plan.example.go.th/${made.size}`;
    made.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void made.delete(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: made.get(this.href)! });
  };
  return saved;
}

/** A .docx's parts as text, by name. */
export async function docxParts(blob: Blob): Promise<Record<string, string>> {
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const file of Object.values(zip.files).filter((f) => !f.dir))
    parts[file.name] = await file.async("string");
  return parts;
}
