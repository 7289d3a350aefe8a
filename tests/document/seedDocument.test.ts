import { readFileSync } from "fs";
import { join } from "path";
import { readBook } from "../../src/excel/readBook";
import { applyRevision } from "../../src/excel/amend";
import {
  buildRoundDocument,
  documentLines,
  parseRound,
  parseThaiDate,
  planAddition,
  readPlan,
} from "../../src/plan";
import { SEED_SETTINGS, seedRoundDocument } from "../fixtures/seedDocument";
import { sampleEmulator } from "../fixtures/workbooks";

/** The seed document's text (shared/seeds/000_4e61ed57c9443e08.txt), kept with the fixtures. */
const SEED = readFileSync(join(__dirname, "../fixtures/seed-document.txt"), "utf8");

/**
 * The seed's own slips, corrected as the product writes them: the regulation is of พ.ศ. ๒๕๔๘ (the seed once types
 * ๒๕๕๘ and once drops ทำ); the detail pages' strategy lines and work plans are read as the seed's summary and
 * appendix spell them (๔ under ๔.๓, ๖ for the ช.-lettered line, เคหะ, อุตสาหกรรม); the ผ.01 names tactic ๔.๓ as
 * its own ผ.02 heading does; and the second detail table lost its last column in the seed.
 */
const CORRECTIONS: [string, string][] = [
  ["พ.ศ. ๒๕๕๘", "พ.ศ. ๒๕๔๘"],
  ["ว่าด้วยการจัดแผนพัฒนา", "ว่าด้วยการจัดทำแผนพัฒนา"],
  ["- ๓. ยุทธศาสตร์การบริหารจัดการทรัพยากร", "- ๔. ยุทธศาสตร์การบริหารจัดการทรัพยากร"],
  ["- ช. ยุทธศาสตร์การบริหารจัดการองค์กร", "- ๖. ยุทธศาสตร์การบริหารจัดการองค์กร"],
  ["(๑) แผนงานคณะและชุมชน", "(๑) แผนงานเคหะและชุมชน"],
  ["(๑) แผนงานยุทธศาสตร์และการโยธา", "(๑) แผนงานอุตสาหกรรมและการโยธา"],
  ["น้ำเสียและควบคุมแหล่งต่างๆ", "น้ำเสียและความปลอดภัยต่างๆ"],
  ["๐\t๐\t๐\t-\t-\t\n", "๐\t๐\t๐\t-\t-\t-\n"],
];

const squeeze = (line: string) => line.replace(/\s+/g, "");

describe("the round's document (แก้ไข ครั้งที่ ๒/๒๕๖๖) from the plan before it", () => {
  it("holds every line of the seed, in order, whitespace aside", async () => {
    const document = await seedRoundDocument();
    const ours = documentLines(document).map(squeeze).filter(Boolean);
    let seed = SEED;
    for (const [slip, right] of CORRECTIONS) {
      expect([slip, seed.includes(slip)]).toEqual([slip, true]);
      seed = seed.split(slip).join(right);
    }
    const expected = seed.split("\n").map(squeeze).filter(Boolean);
    let at = 0;
    for (const line of expected) {
      const found = ours.indexOf(line, at);
      expect([line, found >= 0]).toEqual([line, true]);
      at = found + 1;
    }
    expect(document.warnings).toEqual([]);
  });

  it("numbers its pages as the seed's สารบัญ does, portrait text and landscape tables", async () => {
    const document = await seedRoundDocument();
    expect(document.parts.map((p) => [p.id, p.orientation, p.pages])).toEqual([
      ["cover", "portrait", 1],
      ["announcement", "portrait", 1],
      ["contents", "portrait", 1],
      ["principles", "portrait", 1],
      ["introduction", "portrait", 2],
      ["summary", "landscape", 1],
      ["details", "landscape", 2],
      ["appendix", "landscape", 2],
    ]);
  });

  it("refuses a round the book does not hold, or a profile with a field missing, saying what", async () => {
    const document = await seedRoundDocument();
    expect(document.title).toBe("แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒/๒๕๖๖");
    const emulator = await sampleEmulator();
    const book = await emulator.run((context) => readBook(context));
    const plan = readPlan(book.sheets);
    expect(() =>
      buildRoundDocument({
        book,
        plan,
        settings: SEED_SETTINGS,
        round: parseRound("แก้ไข ครั้งที่ 5/2566"),
      })
    ).toThrow(/ไม่พบแก้ไข ครั้งที่ ๕\/๒๕๖๖ ในสมุดงาน/);
    const partial = { ...SEED_SETTINGS.profile, executiveName: "" };
    expect(() =>
      buildRoundDocument({
        book,
        plan,
        settings: { ...SEED_SETTINGS, profile: partial },
        round: parseRound("แก้ไข ครั้งที่ 2/2566"),
      })
    ).toThrow(/ยังไม่มีข้อมูลหน่วยงาน: ชื่อผู้บริหาร \(ผู้ลงนาม\)/);
  });
});

describe("the document of a เพิ่มเติม round whose project made a new sheet", () => {
  it("prints the round's ผ.01, the new sheet's ผ.02 page under its own heading lines, and the appendix in the ผ.02 layout", async () => {
    const emulator = await sampleEmulator();
    let book = await emulator.run((context) => readBook(context));
    const approved = parseThaiDate("1/11/2566");
    const revision = planAddition(
      book,
      {
        round: "1/2567",
        approvedOn: approved,
        tactic: "6.2",
        workPlan: "แผนงานการศึกษา",
        project: { name: "โครงการห้องสมุดประชาชน", unit: "กองการศึกษา" },
        budgets: { 2568: 300000 },
      },
      "d1"
    );
    await emulator.run((context) =>
      applyRevision(context, book, revision, { id: "d1", at: new Date(0) })
    );
    book = await emulator.run((context) => readBook(context));
    const round = parseRound("เพิ่มเติม ครั้งที่ 1/2567");
    const registered = { round, approvedOn: approved, announcedOn: approved };
    const document = buildRoundDocument({
      book,
      plan: readPlan(book.sheets),
      settings: { ...SEED_SETTINGS, rounds: [...SEED_SETTINGS.rounds, registered] },
      round,
    });
    const lines = documentLines(document);
    const after = (heading: string) => lines.slice(lines.lastIndexOf(heading));
    const details = after("รายละเอียดโครงการพัฒนา");
    expect(details.slice(0, 2)).toEqual([
      "รายละเอียดโครงการพัฒนา",
      "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) เพิ่มเติม ครั้งที่ ๑/๒๕๖๗",
    ]);
    expect(details).toEqual(
      expect.arrayContaining([
        "- ๖.๒ กลยุทธ์ จัดให้มีระบบการบริหารจัดการและการพัฒนาองค์กรให้มีประสิทธิภาพ",
        "(๒) แผนงานการศึกษา",
        "๑\tโครงการห้องสมุดประชาชน\t\t\t-\t-\t๓๐๐,๐๐๐\t-\t-\t\t\tกองการศึกษา",
      ])
    );
    expect(after("บัญชีสรุปโครงการพัฒนา")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^๖ ยุทธศาสตร์.*\(๒\) แผนงานการศึกษา\t๐\t๐\t๐\t๐\t๑\t๓๐๐,๐๐๐/),
      ])
    );
    expect(after("บัญชีรายการเพิ่มเติม").at(-1)).toBe(
      "๑\tโครงการห้องสมุดประชาชน\t\t\t-\t-\t๓๐๐,๐๐๐\t-\t-\t\t\tกองการศึกษา"
    );
  });
});
