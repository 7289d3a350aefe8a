/**
 * The twelve work plans (แผนงาน) of the local budget classification, grouped by area (ด้าน), each with the short
 * word offices name their sheets by ("ยุทธ1.1 สาธา", "ผ.02 เคหะ").
 */
export const STANDARD_WORK_PLANS = [
  { area: "ด้านบริหารทั่วไป", name: "แผนงานบริหารงานทั่วไป", short: "บริหาร" },
  { area: "ด้านบริหารทั่วไป", name: "แผนงานการรักษาความสงบภายใน", short: "ความสงบ" },
  { area: "ด้านบริการชุมชนและสังคม", name: "แผนงานการศึกษา", short: "การศึกษา" },
  { area: "ด้านบริการชุมชนและสังคม", name: "แผนงานสาธารณสุข", short: "สาธา" },
  { area: "ด้านบริการชุมชนและสังคม", name: "แผนงานสังคมสงเคราะห์", short: "สังคม" },
  { area: "ด้านบริการชุมชนและสังคม", name: "แผนงานเคหะและชุมชน", short: "เคหะ" },
  { area: "ด้านบริการชุมชนและสังคม", name: "แผนงานสร้างความเข้มแข็งของชุมชน", short: "ชุมชน" },
  {
    area: "ด้านบริการชุมชนและสังคม",
    name: "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
    short: "ศาสนา",
  },
  { area: "ด้านการเศรษฐกิจ", name: "แผนงานอุตสาหกรรมและการโยธา", short: "โยธา" },
  { area: "ด้านการเศรษฐกิจ", name: "แผนงานการเกษตร", short: "เกษตร" },
  { area: "ด้านการเศรษฐกิจ", name: "แผนงานการพาณิชย์", short: "พาณิชย์" },
  { area: "ด้านการดำเนินงานอื่น", name: "แผนงานงบกลาง", short: "งบกลาง" },
] as const;

/**
 * Folds the variants real books use for the same name: spaces and commas inside it, "ผง." for แผนงาน,
 * "รักษาความสงบภายใน" without การ.
 */
export function foldWorkPlanName(text: string): string {
  // "แผนงาน : การศึกษา", "ผง.การศึกษา": the colon and the abbreviation are ways of typing the same name.
  let folded = text
    .replace(/[\s\u00a0,]/g, "")
    .replace(/^ผง\.?/, "แผนงาน")
    .replace(/^แผนงาน[:：]/, "แผนงาน");
  if (!folded.startsWith("แผนงาน")) folded = "แผนงาน" + folded;
  return folded.replace(/^แผนงานรักษาความสงบภายใน/, "แผนงานการรักษาความสงบภายใน");
}

const BY_FOLDED = new Map<string, string>(STANDARD_WORK_PLANS.map((w) => [w.name, w.name]));

/** The standard name this text means, or undefined when it is not one (a slip to report). */
export function standardWorkPlan(text: string): string | undefined {
  return BY_FOLDED.get(foldWorkPlanName(text));
}

/** The name used to group projects: the standard name when the text is a variant of one, else the text as typed. */
export function workPlanKey(text: string): string {
  return standardWorkPlan(text) ?? text.replace(/\s+/g, " ").trim();
}

/** The standard work plan nearest to a misspelt name, to suggest in a finding. */
export function nearestWorkPlan(text: string): string {
  const folded = foldWorkPlanName(text);
  let best: string = STANDARD_WORK_PLANS[0].name;
  let bestDistance = Infinity;
  for (const { name } of STANDARD_WORK_PLANS) {
    const d = editDistance(folded, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Levenshtein distance over UTF-16 units, which for Thai are whole characters. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
