import { thaiDate } from "../dates";
import { roundLabel, type Round } from "../amend/rounds";
import type { OfficeProfile } from "./register";

/**
 * The fixed wording of a round's document, as the seed (อบต.คลองวาฬ, แก้ไข ครั้งที่ ๒/๒๕๖๖) prints it. Only the
 * regulation text the project holds is quoted: clause ๒๑ (แก้ไข). For a kind whose clause text the project does
 * not hold the document leaves a marked place for the user to fill, never an invented clause.
 */
export const REGULATION =
  "ระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๘ แก้ไขเพิ่มเติมถึง (ฉบับที่ ๓) พ.ศ. ๒๕๖๑";
export const MINISTRY_LETTER = "หนังสือกระทรวงมหาดไทย ที่ มท ๐๘๑๐.๓/ว ๖๐๘๖ ลงวันที่ ๑๙ สิงหาคม ๒๕๖๕";
const LETTER_SUBJECT =
  "เรื่อง ชักซ้อมแนวทางปฏิบัติการใช้แผนพัฒนาท้องถิ่นขององค์กรปกครองส่วนท้องถิ่นเพื่อจัดทำบริการสาธารณะหรือ กิจกรรมสาธารณะ";

/** Where the clause of a kind the project holds no text for is to be written by the user. */
export const CLAUSE_TO_FILL = "[ระบุข้อของระเบียบที่ใช้]";

/** The clauses the project holds, by kind of round. */
const CLAUSES: Partial<Record<Round["kind"], { cited: string; text: string[] }>> = {
  แก้ไข: {
    cited: "ข้อ ๒๑ และข้อ ๒๔",
    text: [
      "ข้อ ๒๑ การแก้ไขแผนพัฒนาเป็นอำนาจของผู้บริหารท้องถิ่น",
      "เมื่อผู้บริหารท้องถิ่นเห็นชอบแผนพัฒนาท้องถิ่นที่แก้ไขแล้ว ให้ปิดประกาศให้ประชาชนทราบโดยเปิดเผยไม่น้อยกว่าสามสิบวันนับแต่วันที่ผู้บริหารท้องถิ่นเห็นชอบ พร้อมทั้งแจ้งสภาท้องถิ่น อำเภอ และจังหวัดทราบด้วย",
    ],
  },
};

export function heldClauses(kind: Round["kind"]): { cited: string; text: string[] } | undefined {
  return CLAUSES[kind];
}

/** The noun of a kind as the introduction uses it ("การแก้ไข"). */
const act = (kind: Round["kind"]) => `การ${kind}`;

export function announcementParagraphs(
  profile: OfficeProfile,
  title: string,
  round: Round,
  announcedOn: Date
): string[] {
  const plan = `${title} ${roundLabel(round)}`;
  const cited = heldClauses(round.kind)?.cited ?? CLAUSE_TO_FILL;
  return [
    `ด้วย${profile.organisation} ได้ดำเนินการจัดทำ${plan} โดยผ่านความเห็นชอบจาก${profile.executiveTitle} เรียบร้อยแล้ว`,
    `อาศัยอำนาจตาม${REGULATION} ${cited} ประกอบกับ${MINISTRY_LETTER} จึงประกาศใช้${plan} ของ${profile.organisation} เพื่อเป็นกรอบในการจัดทำงบประมาณรายจ่ายประจำปี งบประมาณรายจ่ายเพิ่มเติม งบประมาณจากเงินสะสม รวมทั้งวางแนวทางเพื่อให้มีการปฏิบัติให้บรรลุวัตถุประสงค์ตามแผนพัฒนาท้องถิ่นต่อไป`,
    "จึงประกาศมาให้ทราบโดยทั่วกัน",
    `ประกาศ ณ วันที่ ${thaiDate(announcedOn).replace(/ (\S+)$/, " พ.ศ. $1")}`,
  ];
}

/** หลักการและเหตุผล: the earlier rounds with their announcement dates, then this round and its purpose. */
export function principlesParagraph(
  profile: OfficeProfile,
  title: string,
  earlier: { round: Round; announcedOn?: Date }[],
  round: Round
): string {
  const named = earlier.map(
    (r) =>
      `${title} ${roundLabel(r.round)}${r.announcedOn ? ` เมื่อวันที่ ${thaiDate(r.announcedOn)}` : ""}`
  );
  const list =
    named.length > 1
      ? `${named.slice(0, -1).join(", ")} และ${named[named.length - 1]}`
      : (named[0] ?? title);
  return (
    `${profile.organisation} ได้ประกาศใช้${list} เพื่อเป็นกรอบในการจัดทำงบประมาณรายจ่ายประจำปี งบประมาณรายจ่ายเพิ่มเติม และงบประมาณจากเงินสะสมแต่ละปีงบประมาณในช่วงของแผน แล้วนั้น ` +
    `เนื่องจากปัจจุบันสภาพแวดล้อมและสภาพปัญหาได้มีการเปลี่ยนแปลงทำให้แผนพัฒนาท้องถิ่นที่มีอยู่ไม่สามารถตอบสนองความต้องการและแก้ไขปัญหาของประชาชนได้อย่างแท้จริง ` +
    `ดังนั้น ${profile.organisation} จึงได้ดำเนินการจัดทำ${title} ${roundLabel(round)} เพื่อให้แผนพัฒนาท้องถิ่นของ${profile.organisation} มีความถูกต้องและสามารถนำแผนพัฒนาท้องถิ่นไปสู่การปฏิบัติ`
  );
}

/** กฎหมาย ระเบียบ: the regulation and the clauses of this kind of round, then the ministry's letter. */
export function lawLines(round: Round): string[] {
  return [
    "กฎหมาย ระเบียบ",
    `๑. ${REGULATION}`,
    ...(heldClauses(round.kind)?.text ?? [CLAUSE_TO_FILL]),
    `๒. ${MINISTRY_LETTER} ${LETTER_SUBJECT}`,
  ];
}

/** บทนำ, in two pages: what the plan is, why and how it is revised; then what the revision brings. */
export function introductionPages(round: Round): string[][] {
  const kind = act(round.kind);
  return [
    [
      "บทนำ",
      "๑. ความหมายของแผนพัฒนาท้องถิ่น",
      "แผนพัฒนาท้องถิ่น หมายความว่า แผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น ที่กำหนด วิสัยทัศน์ ประเด็นยุทธศาสตร์ เป้าประสงค์ ตัวชี้วัด ค่าเป้าหมาย และกลยุทธ์ โดยสอดคล้องกับแผนพัฒนา จังหวัด ยุทธศาสตร์การพัฒนาขององค์กรปกครองส่วนท้องถิ่นในเขตจังหวัด แผนพัฒนาอำเภอ แผนพัฒนาตำบล แผนพัฒนาหมู่บ้านหรือแผนชุมชน อันมีลักษณะเป็นการกำหนดรายละเอียดแผนงานโครงการพัฒนา ที่จัดทำขึ้น สำหรับปีงบประมาณแต่ละปี ซึ่งมีความต่อเนื่องและเป็นแผนก้าวหน้าและให้หมายความรวมถึงการเพิ่มเติมหรือเปลี่ยนแปลงแผนพัฒนาท้องถิ่น",
      "ดังนั้น โครงการ/กิจกรรมที่บรรจุในแผนพัฒนาท้องถิ่น ควรจะต้องมีคุณสมบัติกล่าวคือ",
      "- ▶ โครงการ/กิจกรรมมีความแน่นอนในการที่จะสามารถดำเนินการได้ การสัมฤทธิ์ผลของโครงการ ตลอดจนผลประโยชน์สาธารณะที่ประชาชนและท้องถิ่นได้รับจากโครงการ/กิจกรรม",
      "- ▶ โครงการ/กิจกรรมจะต้องมีความพร้อมในทุก ๆ ด้าน เพื่อที่จะนำไปจัดทำงบประมาณรายจ่ายประจำปี งบประมาณรายจ่ายเพิ่มเติม และการใช้จ่ายเงินสะสมได้ต่อไป",
      "ลักษณะสำคัญของแผนพัฒนาท้องถิ่นโดยสรุป",
      "- ▶ เป็นแผนพัฒนาที่สอดคล้องกับแผนยุทธศาสตร์การพัฒนา",
      "- ▶ เป็นแผนพัฒนาที่แสดงแนวทางการพัฒนา วัตถุประสงค์ เป้าหมายที่ชัดเจนและมีลักษณะเจาะจงที่ดำเนินการ",
      "- ▶ เป็นแผนพัฒนาที่แสดงโครงการ/กิจกรรมการพัฒนาที่จะดำเนินการเป็นห้วงระยะเวลาห้าปี",
      "- ▶ เป็นแผนพัฒนาที่เชื่อมโยงระหว่างแผนยุทธศาสตร์การพัฒนา กับงบประมาณรายจ่ายประจำปี",
      `๒. วัตถุประสงค์ของ${kind}แผนพัฒนาท้องถิ่น`,
      "๒.๑ เพื่อเป็นการเชื่อมโยงระหว่างแผนยุทธศาสตร์การพัฒนาและงบประมาณรายจ่าย",
      "๒.๒ เพื่อให้แผนพัฒนาท้องถิ่น มีความถูกต้องและสามารถนำไปปฏิบัติ",
      `๓. ขั้นตอน${kind}แผนพัฒนาท้องถิ่น`,
      `ตาม${REGULATION}`,
      ...(heldClauses(round.kind)?.text ?? [CLAUSE_TO_FILL]),
    ],
    [
      `๔. ประโยชน์ของการจัดทำแผนพัฒนาท้องถิ่นที่${round.kind}`,
      "๔.๑ แผนพัฒนาท้องถิ่นมีความถูกต้องและสามารถนำไปปฏิบัติให้สอดคล้องกับแผนยุทธศาสตร์การพัฒนาและงบประมาณรายจ่าย",
      "๔.๒ เพื่อใช้เป็นแนวทางสำหรับผู้ปฏิบัติในการดำเนินการพัฒนาในช่วงห้าปีได้อย่างมีประสิทธิภาพ",
      "๔.๓ เพื่อใช้กำหนดแนวทางการดำเนินงานและการใช้ทรัพยากรการบริหารที่มีอย่างจำกัดในการพัฒนาอย่างมีประสิทธิภาพ",
    ],
  ];
}
