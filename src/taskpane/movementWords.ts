import { TEXT_FIELD_NAMES, toArabicDigits, type TextField } from "../plan";
import { digits, type Language } from "./i18n";

/**
 * A logged revision's movement in the pane's language. The log keeps it as the Thai words of the project's note
 * (what every kind of revision writes: "ย้ายงบประมาณ ๓๐๐,๐๐๐ บาท จากปี ๒๕๖๖ ไปปี ๒๕๖๗", "เพิ่มโครงการ",
 * "ย้ายจาก… (sheet)", "เปลี่ยนแปลง วัตถุประสงค์, งบประมาณปี ๒๕๖๘ เป็น ๕๐๐,๐๐๐ บาท"), and books recorded before
 * have only those words: English says the same from them, in Arabic digits; the names of work plans and sheets
 * stay as typed. Words of no known shape are shown as they are, their digits in the language's.
 */
export function movementWords(what: string, language: Language): string {
  if (language === "th") return what;
  for (const [shape, english] of SHAPES) {
    const match = shape.exec(what);
    if (match) return english(match.slice(1));
  }
  return digits(what, language);
}

const FIELD_BY_THAI = new Map(
  (Object.keys(TEXT_FIELD_NAMES) as TextField[]).map((f) => [TEXT_FIELD_NAMES[f].th, f])
);

/** "วัตถุประสงค์" → "objective"; "งบประมาณปี ๒๕๖๘ เป็น ๕๐๐,๐๐๐ บาท" → "the 2568 budget to 500,000 baht". */
function changedPart(part: string): string {
  const field = FIELD_BY_THAI.get(part);
  if (field) return TEXT_FIELD_NAMES[field].en;
  const budget = /^งบประมาณปี (\S+) เป็น (\S+) บาท$/.exec(part);
  return budget
    ? `the ${toArabicDigits(budget[1])} budget to ${toArabicDigits(budget[2])} baht`
    : toArabicDigits(part);
}

const SHAPES: [RegExp, (parts: string[]) => string][] = [
  [
    /^ย้ายงบประมาณ (\S+) บาท จากปี (\S+) ไปปี (\S+)$/,
    (parts) => {
      const [amount, from, to] = parts.map(toArabicDigits);
      return `Moved ${amount} baht from ${from} to ${to}`;
    },
  ],
  [/^เพิ่มโครงการ$/, () => "Project added"],
  [/^ย้ายจาก(.+) \((.+)\)$/, ([workPlan, sheet]) => `Moved from ${workPlan} (${sheet})`],
  [/^เปลี่ยนแปลง (.+)$/, ([parts]) => `Changed ${parts.split(", ").map(changedPart).join(", ")}`],
];
