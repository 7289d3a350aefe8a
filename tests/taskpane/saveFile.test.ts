/** @jest-environment jsdom */
import "./setup";
import { decodeRoundDocument, encodeRoundDocument } from "../../src/docx/roundTransfer";
import type { RoundDocument } from "../../src/plan";
import {
  currentOfficeHost,
  MAX_BROWSER_URL,
  saveRoundDocx,
  savePath,
} from "../../src/taskpane/saveFile";
import { seedRoundDocument } from "../fixtures/seedDocument";
import { docxParts, downloadedBlobs, fakeOffice } from "./standIns";

const PAGE = "https://plan.example.go.th/addin/document.html";

describe("how the .docx reaches the disk, by platform", () => {
  let round: RoundDocument;
  let fragment: string;
  beforeAll(async () => {
    round = await seedRoundDocument();
    fragment = await encodeRoundDocument(round);
  }, 60000);
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it("downloads outside Office (the workbench) and in Excel on the web", () => {
    expect(currentOfficeHost()).toBeUndefined();
    expect(savePath(currentOfficeHost(), PAGE, fragment)).toEqual({ kind: "download" });
    fakeOffice("OfficeOnline", {});
    expect(savePath(currentOfficeHost(), PAGE, fragment)).toEqual({ kind: "download" });
    // office.js outside an Office host: no platform.
    fakeOffice(null, {});
    expect(savePath(currentOfficeHost(), PAGE, fragment)).toEqual({ kind: "download" });
  });

  it.each(["PC", "Mac", "iOS"])(
    "on %s opens document.html of the add-in's host in the browser, the document in its fragment",
    (platform) => {
      fakeOffice(platform, { OpenBrowserWindowApi: "1.1" });
      expect(savePath(currentOfficeHost(), PAGE, fragment)).toEqual({
        kind: "browser",
        url: PAGE + fragment,
      });
    }
  );

  it("reads the platform by its PlatformType name whatever the enum's values", () => {
    fakeOffice(0, { OpenBrowserWindowApi: "1.1" }, { PC: 0, OfficeOnline: 1, Mac: 2 });
    expect(currentOfficeHost()!.platform).toBe("PC");
    fakeOffice(1, {}, { PC: 0, OfficeOnline: 1, Mac: 2 });
    expect(savePath(currentOfficeHost(), PAGE, fragment)).toEqual({ kind: "download" });
  });

  it("says where no path exists and offers the print-ready sheets, Thai and English", () => {
    const refused = (platform: string, sets: Record<string, string>, withFragment = fragment) => {
      fakeOffice(platform, sets);
      const path = savePath(currentOfficeHost(), PAGE, withFragment);
      if (path.kind !== "none") throw new Error(`expected no path, got ${path.kind}`);
      expect(path.reason.th).toMatch(/สร้างชีตพร้อมพิมพ์/);
      expect(path.reason.en).toMatch(/Print-ready sheets/);
      return path.reason;
    };
    expect(refused("PC", {}).en).toMatch(
      /^This Excel cannot open a browser .*OpenBrowserWindowApi 1.1/
    );
    expect(refused("Android", { OpenBrowserWindowApi: "1.1" }).th).toMatch(/^Excel บน Android/);
    const large = "#docx1=" + "A".repeat(MAX_BROWSER_URL);
    expect(refused("Mac", { OpenBrowserWindowApi: "1.1" }, large).en).toMatch(
      /too large to hand to the browser \(32,053 characters, over 32,000\)/
    );
  });

  it("the seed round's document fits the browser's URL with room to spare", () => {
    expect((PAGE + fragment).length).toBeLessThan(MAX_BROWSER_URL / 4);
  });

  it("on Windows hands the browser the whole document; on the web downloads the pane's own .docx", async () => {
    const opened = fakeOffice("PC", { OpenBrowserWindowApi: "1.1" });
    expect(await saveRoundDocx(round, currentOfficeHost(), PAGE)).toEqual({ kind: "opened" });
    expect(opened).toHaveLength(1);
    const sent = await decodeRoundDocument(new URL(opened[0]).hash);
    expect(sent).toEqual(JSON.parse(JSON.stringify(round)));

    fakeOffice("OfficeOnline", { OpenBrowserWindowApi: "1.1" });
    const blobs = downloadedBlobs();
    expect(await saveRoundDocx(round, currentOfficeHost(), PAGE)).toEqual({ kind: "downloaded" });
    expect(blobs.map((b) => b.name)).toEqual([
      "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒-๒๕๖๖.docx",
    ]);
    expect((await docxParts(blobs[0].blob))["word/document.xml"]).toContain("ภาคผนวก");
  });
});
