/**
 * Plans of any size in the ผ.02 shape, for the benchmark: strategies × tactics × work plans, each block with its
 * heading lines, a two-row header, projects with Thai-digit budgets and a รวม row.
 */
import { STANDARD_WORK_PLANS, formatAmount, toThaiDigits, type CellValue } from "../src/plan";

const YEARS = ["๒๕๖๖ (บาท)", "๒๕๖๗ (บาท)", "๒๕๖๘ (บาท)", "๒๕๖๙ (บาท)", "๒๕๗๐ (บาท)"];

export function generatePlan(projects: number, perBlock = 25): CellValue[][] {
  const rows: CellValue[][] = [
    ["รายละเอียดโครงการพัฒนา"],
    ["แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐)"],
    ["องค์การบริหารส่วนตำบลตัวอย่าง"],
  ];
  let made = 0;
  for (let block = 0; made < projects; block++) {
    const strategy = (block % 7) + 1;
    const tactic = `${strategy}.${(Math.floor(block / 7) % 4) + 1}`;
    const work = STANDARD_WORK_PLANS[block % STANDARD_WORK_PLANS.length].name;
    rows.push(
      [`${toThaiDigits(String(strategy))}. ยุทธศาสตร์การพัฒนาด้านที่ ${toThaiDigits(String(strategy))}`],
      [`${toThaiDigits(tactic)} กลยุทธ์ส่งเสริมการพัฒนา`],
      [`(๑) ${work}`],
      [
        "ที่",
        "โครงการ",
        "วัตถุประสงค์",
        "เป้าหมาย (ผลผลิตของโครงการ)",
        "งบประมาณ",
        null,
        null,
        null,
        null,
        "ตัวชี้วัด (KPI)",
        "ผลที่คาดว่าจะได้รับ",
        "หน่วยงานรับผิดชอบหลัก",
      ],
      [null, null, null, null, ...YEARS, null, null, null]
    );
    const totals = [0, 0, 0, 0, 0];
    const count = Math.min(perBlock, projects - made);
    for (let i = 0; i < count; i++, made++) {
      const budgets = YEARS.map((_, y) =>
        (made * 7 + y * 3) % 5 === 0 ? 0 : (((made * 37 + y * 11) % 90) + 10) * 10000
      );
      budgets.forEach((b, y) => (totals[y] += b));
      rows.push([
        toThaiDigits(String(i + 1)),
        `โครงการพัฒนาชุมชนและโครงสร้างพื้นฐาน หมู่ที่ ${toThaiDigits(String((made % 12) + 1))} รายการที่ ${toThaiDigits(String(made + 1))}`,
        "เพื่อให้ประชาชนมีคุณภาพชีวิตที่ดีขึ้นและได้รับบริการสาธารณะอย่างทั่วถึง",
        "ก่อสร้างและปรับปรุงตามรูปแบบรายการที่ อบต. กำหนด จำนวน ๑ แห่ง",
        ...budgets.map((b) => (b === 0 ? "-" : formatAmount(b))),
        "ร้อยละของประชาชนที่พึงพอใจ",
        "ประชาชนได้รับประโยชน์",
        "กองช่าง",
      ]);
    }
    rows.push([
      "รวม",
      `${toThaiDigits(String(count))} โครงการ`,
      "-",
      "-",
      ...totals.map((t) => formatAmount(t)),
      "-",
      "-",
      "-",
    ]);
  }
  return rows;
}
