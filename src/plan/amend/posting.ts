import { thaiDate } from "../dates";
import type { Round } from "./rounds";

/**
 * What the regulation asks after an amendment is approved (ระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดทำแผนพัฒนาขององค์กร
 * ปกครองส่วนท้องถิ่น ข้อ ๒๑): announce it openly for at least thirty days from the approval, and notify the
 * local council, the district and the province.
 */
export const POSTING_DAYS = 30;
export const NOTIFY = [
  { th: "สภาท้องถิ่น", en: "the local council" },
  { th: "อำเภอ", en: "the district" },
  { th: "จังหวัด", en: "the province" },
];

export function postingPeriod(approvedOn: Date): {
  from: Date;
  until: Date;
  th: string;
  en: string;
} {
  const until = new Date(approvedOn.getTime() + POSTING_DAYS * 86400000);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    from: approvedOn,
    until,
    th: `ปิดประกาศให้ประชาชนทราบไม่น้อยกว่า ๓๐ วัน ตั้งแต่ ${thaiDate(approvedOn)} ถึง ${thaiDate(until)} และแจ้ง${NOTIFY.map((n) => n.th).join(" ")}ทราบ`,
    en: `Post the announcement for at least 30 days, from ${iso(approvedOn)} to ${iso(until)}, and notify ${NOTIFY.map((n) => n.en).join(", ")}`,
  };
}

/**
 * Who approves and what must be posted after a round of this kind. Only the clause the project holds is applied
 * (ข้อ ๒๑, for แก้ไข); for another kind it says so and leaves the duty for the user to read in the regulation.
 */
export function postingFor(kind: Round["kind"], approvedOn: Date): { th: string; en: string } {
  if (kind === "แก้ไข") return postingPeriod(approvedOn);
  return {
    th: `เปิดข้อของระเบียบที่ใช้กับการ${kind} แล้วดำเนินการตามนั้น: ผู้อนุมัติ การปิดประกาศ และผู้ที่ต้องแจ้ง (โปรแกรมมีข้อความระเบียบเฉพาะข้อ ๒๑ ของการแก้ไข)`,
    en: `Open the clause of the regulation for ${kind} rounds and follow it: who approves, the posting and whom to notify (the add-in holds only clause 21, for แก้ไข)`,
  };
}
