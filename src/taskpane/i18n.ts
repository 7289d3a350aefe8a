/** The pane's words, Thai first with English beside; a user switches the language, never the meaning. */
export type Language = "th" | "en";

const words = {
  title: { th: "แผนพัฒนาท้องถิ่น", en: "Local development plan" },
  reading: { th: "กำลังอ่านแผนจากสมุดงาน…", en: "Reading the plan from the workbook…" },
  noPlan: { th: "ไม่พบแผนในสมุดงานนี้", en: "No plan found in this workbook" },
  noPlanHelp: {
    th: "ตัวอ่านมองหาหัวตาราง ที่ | โครงการ | … | งบประมาณ พร้อมคอลัมน์ปี (เช่น ๒๕๖๖ (บาท)) ในแบบ ผ.02 หรือตารางที่มีคอลัมน์ ยุทธศาสตร์ | แผนงาน | โครงการ | ปี ตรวจว่าหัวตารางสะกดตามแบบฟอร์ม",
    en: "The reader looks for a header ที่ | โครงการ | … | งบประมาณ with year columns (e.g. ๒๕๖๖ (บาท)) in a ผ.02 form, or a table with ยุทธศาสตร์ | แผนงาน | โครงการ | year columns. Check the header is spelt as the form spells it.",
  },
  organisation: { th: "องค์กรปกครองส่วนท้องถิ่น", en: "Local government" },
  span: { th: "ช่วงแผน", en: "Plan span" },
  projects: { th: "โครงการ", en: "Projects" },
  strategy: { th: "ยุทธศาสตร์", en: "Strategy" },
  fiveYearBudget: { th: "งบประมาณรวม (บาท)", en: "Total budget (baht)" },
  findings: { th: "ข้อควรตรวจสอบ", en: "Findings" },
  language: { th: "English", en: "ภาษาไทย" },
  retry: { th: "อ่านใหม่", en: "Read again" },
} as const;

export type WordKey = keyof typeof words;

export function say(key: WordKey, language: Language): string {
  return words[key][language];
}
