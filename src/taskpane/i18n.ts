/** The pane's words, Thai first with English beside; a user switches the language, never the meaning. */
export type Language = "th" | "en";

const words = {
  title: { th: "แผนพัฒนาท้องถิ่น", en: "Local development plan" },
  reading: { th: "กำลังอ่านแผนจากสมุดงาน…", en: "Reading the plan from the workbook…" },
  noPlan: { th: "ไม่พบแผนในสมุดงานนี้", en: "No plan found in this workbook" },
  noPlanHelp: {
    th: "ตัวอ่านมองหาหัวตาราง ที่ | โครงการ | … | งบประมาณ พร้อมคอลัมน์ปี (เช่น ๒๕๖๖ (บาท)) ในแบบ ผ.02 หรือตารางที่มีคอลัมน์ ยุทธศาสตร์ | แผนงาน | โครงการ | ปี ตรวจว่าหัวตารางสะกดตามแบบฟอร์ม แล้วกด อ่านใหม่",
    en: "The reader looks for a header ที่ | โครงการ | … | งบประมาณ with year columns (e.g. ๒๕๖๖ (บาท)) in a ผ.02 form, or a table with ยุทธศาสตร์ | แผนงาน | โครงการ | year columns. Check the header is spelt as the form spells it, then Read again.",
  },
  organisation: { th: "องค์กรปกครองส่วนท้องถิ่น", en: "Local government" },
  span: { th: "ช่วงแผน", en: "Plan span" },
  currentRound: { th: "ครั้งล่าสุด", en: "Latest round" },
  roundsSoFar: { th: "ประวัติการแก้ไข", en: "Rounds so far" },
  none: { th: "ยังไม่มี", en: "none yet" },
  projects: { th: "จำนวนโครงการ", en: "Projects" },
  strategy: { th: "ยุทธศาสตร์", en: "Strategy" },
  fiveYearBudget: { th: "งบประมาณรวม (บาท)", en: "Total budget (baht)" },
  findings: { th: "ข้อควรตรวจสอบในแผน", en: "Findings in the plan" },
  language: { th: "English", en: "ภาษาไทย" },
  retry: { th: "อ่านใหม่", en: "Read again" },
  tabOverview: { th: "ภาพรวม", en: "Overview" },
  tabAmend: { th: "บันทึกการแก้ไข", en: "Record amendment" },
  tabHistory: { th: "ประวัติ/ยกเลิก", en: "History / undo" },
  tabSummary: { th: "ผ.01", en: "ผ.01" },
  project: { th: "โครงการ", en: "Project" },
  projectPlaceholder: { th: "พิมพ์เพื่อค้นหาโครงการ", en: "Type to search projects" },
  useSelection: { th: "ใช้แถวที่เลือกในชีต", en: "Use the selected row" },
  budgetByYear: { th: "งบประมาณรายปีของโครงการ", en: "The project's budget by year" },
  year: { th: "ปีงบประมาณ", en: "Fiscal year" },
  from: { th: "ย้ายจากปี", en: "Move from year" },
  to: { th: "ไปปี", en: "To year" },
  amount: { th: "จำนวนเงิน (บาท)", en: "Amount (baht)" },
  amountHint: {
    th: "เว้นว่าง = งบประมาณทั้งหมดของปีที่ย้ายจาก",
    en: "Empty = the whole budget of the from-year",
  },
  round: { th: "แก้ไข ครั้งที่ (N/ปี)", en: "Amendment round (N/year)" },
  approvedOn: { th: "วันที่ผู้บริหารเห็นชอบ", en: "Date the executive approved" },
  reason: { th: "เหตุผลการแก้ไข", en: "Reason" },
  was: { th: "ตำแหน่งเดิมในแผน", en: "Where the project stood" },
  wasDocument: { th: "เอกสาร (เช่น เพิ่มเติม ครั้งที่ ๑/๒๕๖๖)", en: "Document (e.g. เพิ่มเติม ครั้งที่ ๑/๒๕๖๖)" },
  page: { th: "หน้า", en: "Page" },
  order: { th: "ลำดับที่", en: "Order" },
  now: { th: "ตำแหน่งใหม่ในแผนที่แก้ไข", en: "Where it stands now" },
  preview: { th: "ดูตัวอย่างการเปลี่ยนแปลง", en: "Preview changes" },
  apply: { th: "บันทึกการแก้ไข", en: "Apply" },
  applying: { th: "กำลังบันทึก…", en: "Applying…" },
  cell: { th: "เซลล์", en: "Cell" },
  before: { th: "เดิม", en: "Before" },
  after: { th: "ใหม่", en: "After" },
  appendixRow: { th: "แถวในภาคผนวก ก", en: "Row in ภาคผนวก ก" },
  formulaNote: {
    th: "เซลล์ยอดรวมที่เป็นสูตรจะคำนวณใหม่เอง ไม่ถูกเขียนทับ",
    en: "Total cells that hold formulas recalculate by themselves and are not overwritten.",
  },
  applied: { th: "บันทึกการแก้ไขแล้ว", en: "Amendment recorded" },
  posting: { th: "สิ่งที่ต้องทำต่อ", en: "What to do next" },
  problem: { th: "ยังบันทึกไม่ได้", en: "Cannot apply yet" },
  history: { th: "การแก้ไขที่บันทึกไว้", en: "Recorded amendments" },
  noHistory: {
    th: "ยังไม่มีการแก้ไขที่บันทึกด้วยโปรแกรมนี้",
    en: "No amendment recorded with this add-in yet",
  },
  undo: { th: "ยกเลิกการแก้ไขล่าสุด", en: "Undo the latest amendment" },
  undone: { th: "ยกเลิกแล้ว: ทุกเซลล์กลับเป็นค่าเดิม", en: "Undone: every cell is back as it was" },
  summaryTitle: { th: "ปรับปรุงชีต ผ.01 จากแผน", en: "Refresh the ผ.01 sheet from the plan" },
  summaryValues: {
    th: "ตัวเลขพิมพ์ (เลขไทย) ใช้ได้แม้ไม่มีโปรแกรมเสริม",
    en: "Typed figures (Thai digits), readable without the add-in",
  },
  summaryFormula: {
    th: "สูตร =PLAN.SUMMARY(...) คำนวณใหม่อัตโนมัติ",
    en: "A live =PLAN.SUMMARY(...) formula",
  },
  refresh: { th: "ปรับปรุง ผ.01", en: "Refresh ผ.01" },
  indexHint: {
    th: "แผนที่อยู่หลายชีตจะมีชีต ดัชนีแผน ที่ลิงก์ไปยังเซลล์รายละเอียด สูตรจึงคำนวณใหม่เมื่อรายละเอียดเปลี่ยน",
    en: "A plan on many sheets gets an index sheet (ดัชนีแผน) linked to the detail cells, so the formula recalculates when a detail changes.",
  },
  refreshed: { th: "ปรับปรุงชีต ผ.01 แล้ว", en: "The ผ.01 sheet is refreshed" },
} as const;

export type WordKey = keyof typeof words;

export function say(key: WordKey, language: Language): string {
  return words[key][language];
}
