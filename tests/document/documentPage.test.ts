/** @jest-environment jsdom */
import "../taskpane/setup";
import { readFileSync } from "fs";
import { roundDocxBlob } from "../../src/docx/roundDocx";
import { encodeRoundDocument } from "../../src/docx/roundTransfer";
import { startDocumentPage } from "../../src/documentPage/documentPage";
import { seedRoundDocument } from "../fixtures/seedDocument";
import { docxParts, downloadedBlobs } from "../taskpane/standIns";

/* global document, window */

/** The parts of a .docx, the dates the writer stamps in docProps/core.xml aside. */
async function undated(blob: Blob) {
  const parts = await docxParts(blob);
  parts["docProps/core.xml"] = parts["docProps/core.xml"].replace(
    /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g,
    "DATE"
  );
  return parts;
}

/** document.html as built, opened at `fragment`. */
function openPage(fragment: string) {
  const html = readFileSync("src/documentPage/document.html", "utf8");
  document.documentElement.innerHTML = html.replace(
    /^<!doctype html>\s*<html[^>]*>|<\/html>\s*$/gi,
    ""
  );
  window.location.hash = fragment;
}

describe("document.html, the page that writes the .docx in the user's browser", () => {
  jest.setTimeout(60000);

  it("writes the very .docx the pane writes, from the document its URL carries", async () => {
    const round = await seedRoundDocument();
    openPage(await encodeRoundDocument(round));
    const saved = downloadedBlobs();
    await startDocumentPage();

    expect(saved.map((s) => s.name)).toEqual([
      "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒-๒๕๖๖.docx",
    ]);
    const page = await undated(saved[0].blob);
    const pane = await undated(await roundDocxBlob(round));
    expect(Object.keys(page).sort()).toEqual(Object.keys(pane).sort());
    for (const name of Object.keys(pane)) expect([name, page[name]]).toEqual([name, pane[name]]);
    expect(page["word/document.xml"]).toContain("ภาคผนวก");

    expect(document.getElementById("status")!.textContent).toMatch(
      /^บันทึก .*\.docx แล้ว ดูในโฟลเดอร์ดาวน์โหลด ถ้าไม่พบ กด บันทึกอีกครั้ง \(.*\.docx is saved: see your downloads; if it is not there, choose Save again\)$/
    );
    const again = document.getElementById("save")!;
    expect(again.hidden).toBe(false);
    again.dispatchEvent(new window.MouseEvent("click", { bubbles: true, cancelable: true }));
    expect(saved).toHaveLength(2);
  });

  it.each([
    ["no document", ""],
    ["a link cut short", "#docx1=UEsDBBQAAAAIA"],
    ["someone else's fragment", "#section-2"],
  ])("says so in Thai and English for %s, and saves nothing", async (_, fragment) => {
    openPage(fragment);
    const saved = downloadedBlobs();
    await startDocumentPage();
    expect(saved).toEqual([]);
    expect(document.getElementById("status")!.textContent).toBe(
      "ลิงก์นี้ไม่มีข้อมูลเอกสาร หรือข้อมูลถูกตัดไม่ครบ: กลับไปที่ Excel แล้วกด บันทึกเป็น Word (.docx) อีกครั้ง " +
        "(This link holds no document, or it was cut short: go back to Excel and choose Save as Word (.docx) again)"
    );
    expect(document.getElementById("save")!.hidden).toBe(true);
  });
});
