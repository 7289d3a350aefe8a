import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";
import { roundDocxBytes } from "../../src/docx/roundDocx";
import { encodeRoundDocument } from "../../src/docx/roundTransfer";
import { seedRoundDocument } from "../fixtures/seedDocument";
import { launch, serveDist } from "./browser";

/** Every part of a .docx as text, the dates the writer stamps aside. */
async function undated(bytes: Uint8Array | Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const file of Object.values(zip.files).filter((f) => !f.dir))
    parts[file.name] = (await file.async("string")).replace(
      /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g,
      "DATE"
    );
  return parts;
}

describe("dist/document.html in Chromium, as the desktop pane opens it in the user's browser", () => {
  it("downloads the pane's own .docx from the document in its link, served as static files", async () => {
    const round = await seedRoundDocument();
    const { url, server } = await serveDist();
    const browser = await launch();
    try {
      const page = await browser.newPage({ acceptDownloads: true });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.goto(`${url}/document.html${await encodeRoundDocument(round)}`),
      ]);
      expect(download.suggestedFilename()).toBe(
        "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒-๒๕๖๖.docx"
      );
      const file = join("artifacts/e2e", "browser-page-round.docx");
      await download.saveAs(file);
      expect(await undated(readFileSync(file))).toEqual(await undated(await roundDocxBytes(round)));
      await page.getByText(/is saved: see your downloads/).waitFor();
    } finally {
      await browser.close();
      server.close();
    }
  });
});
