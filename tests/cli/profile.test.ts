import { existsSync, readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { roundDocxBytes } from "../../src/docx/roundDocx";
import { roundLabel, shortThaiDate, type DocumentSettings } from "../../src/plan";
import { SAMPLE_FILE } from "../../scripts/make-sample";
import { SEED_SETTINGS, seedRoundDocument } from "../fixtures/seedDocument";
import { run, SEED_CHANGES, tempFolder, writeJson } from "./run";

const dir = tempFolder("local-plan-profile-");

/** The seed's office and its register as a profile.json, dates typed as staff type them. */
const profileJson = (settings: DocumentSettings = SEED_SETTINGS) => ({
  ...settings.profile,
  rounds: settings.rounds.map((r) => ({
    round: roundLabel(r.round, false),
    approvedOn: shortThaiDate(r.approvedOn!),
    announcedOn: shortThaiDate(r.announcedOn!),
  })),
});

/** Every part of a .docx but its timestamps (docProps/core.xml), as text. */
async function docxParts(data: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files).filter((n) => !n.endsWith("/") && n !== "docProps/core.xml");
  return Object.fromEntries(
    await Promise.all(names.sort().map(async (n) => [n, await zip.file(n)!.async("string")]))
  );
}

describe("local-plan document --profile", () => {
  jest.setTimeout(120000);

  let amended: string;
  const documentWith = (profile: string, out: string) =>
    run(["document", amended, "--round", "2/2566", "--profile", profile, "--out", out]);
  beforeAll(() => {
    amended = join(dir, "amended.xlsx");
    const result = run([
      "amend",
      SAMPLE_FILE,
      "--changes",
      writeJson(dir, SEED_CHANGES),
      "--out",
      amended,
    ]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
  });

  it("makes the seed's document from the sample and the seed's changes through the command alone, as the pane does", async () => {
    const out = join(dir, "round.docx");
    const profile = writeJson(dir, `\uFEFF${JSON.stringify(profileJson())}`);
    const result = documentWith(profile, out);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(result.stdout).toContain("แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒/๒๕๖๖");
    const ours = await docxParts(readFileSync(out));
    const pane = await docxParts(await roundDocxBytes(await seedRoundDocument()));
    expect(Object.keys(ours)).toEqual(Object.keys(pane));
    for (const part of Object.keys(pane)) expect([part, ours[part]]).toEqual([part, pane[part]]);
    // Its five earlier rounds and its office, as the seed prints them.
    const text = ours["word/document.xml"];
    for (const earlier of ["เพิ่มเติม ครั้งที่ ๑/๒๕๖๖", "เปลี่ยนแปลง ครั้งที่ ๒/๒๕๖๖", "แก้ไข ครั้งที่ ๑/๒๕๖๖"]) {
      expect(text).toContain(earlier);
    }
    expect(text).toContain("(นายสมชาย ปี่แก้ว)");
  });

  it("without --profile the book's own profile serves: none here, so it says what is missing", () => {
    const out = join(dir, "no-profile.docx");
    const result = run(["document", amended, "--round", "2/2566", "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/ยังไม่มีข้อมูลหน่วยงาน: ชื่อองค์กรปกครองส่วนท้องถิ่น/);
    expect(existsSync(out)).toBe(false);
  });

  const bad: [string, unknown, RegExp][] = [
    ["a list, not an object", [1, 2], /ต้องเป็นออบเจกต์ JSON.*must be a JSON object/],
    [
      "a field missing",
      { ...profileJson(), executiveName: undefined },
      /executiveName \(ชื่อผู้บริหาร \(ผู้ลงนาม\)\) ต้องเป็นข้อความที่ไม่ว่าง.*executiveName \(Executive \(signer\)\) must be a text/,
    ],
    [
      "a field that is not a text",
      { ...profileJson(), province: 77 },
      /province \(จังหวัด\) ต้องเป็นข้อความ/,
    ],
    [
      "an unknown field (a typing slip)",
      { ...profileJson(), distict: "เมือง" },
      /ไม่รู้จัก distict \(ใช้ได้: organisation, district.*unknown distict/,
    ],
    [
      "rounds that are no list",
      { ...profileJson(), rounds: "1/2566" },
      /rounds ต้องเป็นรายการ.*rounds must be a list/,
    ],
    [
      "a round that is none",
      { ...profileJson(), rounds: [{ round: "ครั้งแรก", approvedOn: "6/2/2566" }] },
      /rounds\[0\]\.round: "ครั้งแรก" ไม่ใช่ครั้งที่.*rounds\[0\]\.round: "ครั้งแรก" is not a round/,
    ],
    [
      "a date that is none",
      {
        ...profileJson(),
        rounds: [
          { round: "เพิ่มเติม ครั้งที่ 1/2566", approvedOn: "6/2/2566" },
          { round: "แก้ไข ครั้งที่ 2/2566", approvedOn: "31/2/2566" },
        ],
      },
      /rounds\[1\]\.approvedOn: "31\/2\/2566" ไม่ใช่วันที่/,
    ],
    [
      "an announcement before its approval",
      {
        ...profileJson(),
        rounds: [{ round: "แก้ไข ครั้งที่ 2/2566", approvedOn: "17/7/2566", announcedOn: "1/7/2566" }],
      },
      /rounds\[0\]: วันที่ประกาศ ๑\/๗\/๒๕๖๖ ก่อนวันที่เห็นชอบ ๑๗\/๗\/๒๕๖๖/,
    ],
    [
      "a round entered twice",
      { ...profileJson(), rounds: [{ round: "แก้ไข ครั้งที่ 1/2566" }, { round: "1/2566" }] },
      /rounds\[1\] ซ้ำกับ rounds\[0\] \(แก้ไข ครั้งที่ ๑\/๒๕๖๖\)/,
    ],
    ["no JSON at all", "organisation = คลองวาฬ", /อ่านไฟล์ข้อมูลหน่วยงาน .* ไม่ได้: ไม่ใช่ JSON/],
  ];
  it.each(bad)(
    "refuses a profile with %s, saying where, and writes no file",
    (_, profile, message) => {
      const out = join(dir, `bad-${Math.random().toString(36).slice(2)}.docx`);
      const result = documentWith(writeJson(dir, profile), out);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  );
});
