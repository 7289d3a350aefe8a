import JSZip from "jszip";
import { roundDocxBytes } from "../../src/docx/roundDocx";
import { seedRoundDocument } from "../fixtures/seedDocument";

/** The page sections of a .docx: orientation and the page number its header prints. */
async function sections(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const body = await zip.file("word/document.xml")!.async("string");
  const headers = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    headers.set(
      name.replace("word/", ""),
      [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")
    );
  }
  const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
  const target = (id: string) =>
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  return [...body.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/gs)].map(([, sect]) => ({
    orientation: /w:orient="landscape"/.test(sect) ? "landscape" : "portrait",
    page: headers.get(target(/<w:headerReference[^>]*r:id="([^"]+)"/.exec(sect)![1])) ?? "",
    fonts: /TH Sarabun New/.test(body),
  }));
}

describe("the round's document as Word", () => {
  it("is A4 in TH Sarabun New, a section per page: portrait text, landscape tables, Thai page numbers from หลักการ on", async () => {
    const bytes = await roundDocxBytes(await seedRoundDocument());
    const pages = await sections(bytes);
    expect(pages.map((p) => [p.orientation, p.page])).toEqual([
      ["portrait", ""],
      ["portrait", ""],
      ["portrait", ""],
      ["portrait", "๑"],
      ["portrait", "๒"],
      ["portrait", "๓"],
      ["landscape", "๔"],
      ["landscape", "๕"],
      ["landscape", "๖"],
      ["landscape", "๗"],
      ["landscape", "๘"],
    ]);
    expect(pages.every((p) => p.fonts)).toBe(true);
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toContain("<w:tblHeader/>");
  });
});
