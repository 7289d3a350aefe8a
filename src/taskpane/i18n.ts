import { toArabicDigits, toThaiDigits, type Round } from "../plan";

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
  revisionKind: { th: "ชนิดของการแก้ไขแผน", en: "Kind of revision" },
  kindMove: { th: "ย้ายงบประมาณข้ามปี (แก้ไข)", en: "Move a budget between years (แก้ไข)" },
  kindChange: { th: "เปลี่ยนรายละเอียด (เปลี่ยนแปลง)", en: "Change its details (เปลี่ยนแปลง)" },
  changeTo: { th: "รายละเอียดหลังเปลี่ยนแปลง", en: "The project as it is to be" },
  kindAdd: { th: "เพิ่มโครงการใหม่ (เพิ่มเติม)", en: "Add a project (เพิ่มเติม)" },
  kindRelocate: { th: "ย้ายไปแผนงานอื่น (แก้ไข)", en: "Move to another work plan (แก้ไข)" },
  moveToPlace: { th: "ย้ายไปกลยุทธ์และแผนงาน", en: "Move to tactic and work plan" },
  roundAdd: { th: "เพิ่มเติม ครั้งที่ (N/ปี)", en: "Addition round (N/year)" },
  place: { th: "กลยุทธ์และแผนงานของโครงการใหม่", en: "The new project's tactic and work plan" },
  placeHeld: { th: "มีชีตอยู่แล้ว", en: "On a sheet already" },
  placeNew: {
    th: "แผนงานใหม่ของกลยุทธ์ (สร้างชีตใหม่)",
    en: "A work plan new to the tactic (a new sheet)",
  },
  newProject: {
    th: "รายละเอียดโครงการใหม่ (ทุกช่องของแบบ ผ.02)",
    en: "The new project (every ผ.02 column)",
  },
  budgetOf: { th: "งบประมาณปี", en: "Budget" },
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
  roundChange: { th: "เปลี่ยนแปลง ครั้งที่ (N/ปี)", en: "Change round (N/year)" },
  approvedOn: { th: "วันที่ผู้บริหารเห็นชอบ", en: "Date the executive approved" },
  dateHint: {
    th: "วัน/เดือน/ปี พ.ศ. เช่น ๑๗/๗/๒๕๖๖",
    en: "day/month/Buddhist-era year, e.g. 17/7/2566",
  },
  reasonStandard: {
    th: "เว้นว่างไว้ จึงใส่ข้อความมาตรฐานให้ แก้ได้",
    en: "Left empty, so the standard wording is filled in; edit it if need be",
  },
  roundInUse: {
    th: "ครั้งที่นี้บันทึกไว้แล้ว ไม่ใช่ครั้งใหม่",
    en: "This round is already recorded; it is not a new one",
  },
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
  appendixRow: { th: "แถวที่จะเพิ่มในชีต", en: "Row to add to the sheet" },
  changedCells: { th: "เซลล์ที่จะเปลี่ยน", en: "Cells to change" },
  formulaNote: {
    th: "เซลล์ยอดรวมที่เป็นสูตรจะคำนวณใหม่เอง ไม่ถูกเขียนทับ",
    en: "Total cells that hold formulas recalculate by themselves and are not overwritten.",
  },
  applied: { th: "บันทึกการแก้ไขแล้ว", en: "Amendment recorded" },
  posting: { th: "สิ่งที่ต้องทำต่อ", en: "What to do next" },
  undoTitle: { th: "ยกเลิกการแก้ไขนี้?", en: "Undo this revision?" },
  undoConfirm: { th: "ยกเลิกและคืนค่าเดิม", en: "Undo and restore" },
  cancel: { th: "ไม่ยกเลิก", en: "Keep it" },
  movement: { th: "สิ่งที่เปลี่ยน", en: "What changed" },
  recordedOn: { th: "บันทึกเมื่อ", en: "Recorded on" },
  problem: { th: "ยังบันทึกไม่ได้", en: "Cannot apply yet" },
  history: { th: "การแก้ไขที่บันทึกไว้", en: "Recorded amendments" },
  noHistory: {
    th: "ยังไม่มีการแก้ไขที่บันทึกด้วยโปรแกรมนี้",
    en: "No amendment recorded with this add-in yet",
  },
  undo: { th: "ยกเลิกรายการล่าสุด", en: "Undo the latest" },
  unfinished: {
    th: "เขียนไม่ครบเพราะ Excel หยุดกลางคัน: กดยกเลิกเพื่อคืนทุกเซลล์",
    en: "partly written, Excel stopped half-way: press Undo to put every cell back",
  },
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
  tabDocument: { th: "จัดทำเอกสาร", en: "Document" },
  anyRound: { th: "ครั้งที่ (เพิ่มเติม/เปลี่ยนแปลง/แก้ไข)", en: "Round (any kind)" },
  profile: { th: "ข้อมูลหน่วยงาน (กรอกครั้งเดียว)", en: "Office profile (asked once)" },
  register: { th: "ทะเบียนการเพิ่มเติม/เปลี่ยนแปลง/แก้ไข", en: "Register of rounds" },
  announcedOn: { th: "วันที่ประกาศ", en: "Announced on" },
  // The register's columns: short, as three dates and a round must fit a task pane's width.
  registerRound: { th: "ครั้งที่", en: "Round" },
  registerApproved: { th: "เห็นชอบ", en: "Approved" },
  registerAnnounced: { th: "ประกาศ", en: "Announced" },
  newRound: { th: "ครั้งที่ (รวมครั้งก่อนใช้โปรแกรม)", en: "Round (earlier ones too)" },
  newRoundHint: { th: "เช่น เพิ่มเติม ครั้งที่ 1/2566", en: "e.g. เพิ่มเติม ครั้งที่ 1/2566" },
  addRound: { th: "บันทึกในทะเบียน", en: "Save in the register" },
  editRound: { th: "แก้", en: "Edit" },
  roundSaved: {
    th: "บันทึกครั้งที่ลงทะเบียนในสมุดงานแล้ว",
    en: "The round is saved in the workbook's register",
  },
  cannotBuild: { th: "ยังจัดทำเอกสารไม่ได้", en: "Not ready for a document" },
  noRoundReady: {
    th: "ยังไม่มีครั้งที่พร้อมจัดทำเอกสาร",
    en: "No round is ready for its document yet",
  },
  removeRound: { th: "ลบ", en: "Remove" },
  saveProfile: { th: "บันทึกข้อมูลลงสมุดงาน", en: "Keep in the workbook" },
  documentSaved: {
    th: "บันทึกข้อมูลหน่วยงานและทะเบียนลงสมุดงานแล้ว",
    en: "The profile and register are kept in the workbook",
  },
  documentOf: { th: "เอกสารของครั้งที่", en: "The round's document" },
  previewDocument: { th: "ดูตัวอย่างเอกสาร", en: "Preview the document" },
  downloadDocument: { th: "บันทึกเป็น Word (.docx)", en: "Save as Word (.docx)" },
  documentDownloaded: {
    th: "บันทึกไฟล์ .docx ลงโฟลเดอร์ดาวน์โหลดของเบราว์เซอร์แล้ว",
    en: "The .docx is in your browser's downloads",
  },
  documentOpened: {
    th: "เปิดหน้าบันทึกเอกสารในเบราว์เซอร์แล้ว: ไฟล์ .docx จะลงโฟลเดอร์ดาวน์โหลดของเบราว์เซอร์",
    en: "Opened in your browser: the .docx goes to the browser's downloads",
  },
  documentParts: { th: "ส่วนของเอกสาร", en: "Parts" },
  documentSheets: { th: "สร้างชีตพร้อมพิมพ์", en: "Print-ready sheets" },
  documentSheetsWritten: {
    th: "สร้างชีตพร้อมพิมพ์ของทุกส่วนแล้ว (A4 พอดีความกว้าง)",
    en: "Each part is on a print-ready sheet (A4, fitted to width)",
  },
  pages: { th: "หน้า", en: "Pages" },
} as const;

export type WordKey = keyof typeof words;

/** Digits in the language's own: Thai digits in Thai, Arabic ones in English. */
export function digits(text: string, language: Language): string {
  return language === "th" ? toThaiDigits(text) : toArabicDigits(text);
}

/** "1 cell", "3 cells"; Thai has one form: "๓ เซลล์". */
export function counted(n: number, th: string, en: string, language: Language): string {
  return language === "th" ? `${toThaiDigits(String(n))} ${th}` : `${n} ${en}${n === 1 ? "" : "s"}`;
}

/** "เหตุผลการเปลี่ยนแปลง": the reason in the words of the round's kind. */
export function reasonLabel(kind: Round["kind"], language: Language): string {
  const en = { แก้ไข: "amendment", เปลี่ยนแปลง: "change", เพิ่มเติม: "addition", ทบทวน: "review" };
  return language === "th" ? `เหตุผลการ${kind}` : `Reason for the ${en[kind]}`;
}

export function say(key: WordKey, language: Language): string {
  return words[key][language];
}
