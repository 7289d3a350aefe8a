import {
  budgetsOf,
  abbreviates,
  checkBook,
  readPlan,
  summarise,
  type CellValue,
  type SheetValues,
} from "../../src/plan";

const HEADINGS = (tactic = "1.1", work = "แผนงานสาธารณสุข"): CellValue[][] => [
  [`${tactic.split(".")[0]}. ยุทธศาสตร์การพัฒนาคุณภาพชีวิต`],
  [`    ${tactic} กลยุทธ์ส่งเสริมสุขภาพ`],
  [`    (1) ${work}`],
];
const HEADER: CellValue[][] = [
  ["ที่", "โครงการ", "วัตถุประสงค์", "เป้าหมาย", "งบประมาณ"],
  [null, null, null, "(ผลผลิตของโครงการ)", "2566", "2567"],
  [null, null, null, null, "(บาท)", "(บาท)"],
];
const sheet = (name: string, values: CellValue[][]): SheetValues => ({ sheet: name, values });

describe("real plan books", () => {
  it("takes strategy, tactic and work plan from the headings, never the sheet name, and checks the name", () => {
    const sheets = [
      sheet("ยุทธ1.1แผนงานสาธารณสุข", [...HEADINGS(), ...HEADER, [1, "ก", null, null, 100, 0]]),
      sheet("ยุทธ1.1แผนงานสาธารณสุข (2)", [...HEADINGS(), ...HEADER, [1, "ข", null, null, 50, 0]]),
      sheet("ยุทธ6.3ผง.สาธา", [...HEADINGS("6.3"), ...HEADER, [1, "ค", null, null, 1, 0]]),
      sheet("ยุทธ4.3ผง.การพานิชย์", [
        ...HEADINGS("4.3", "แผนงานการพาณิชย์"),
        ...HEADER,
        [1, "ง", null, null, 1, 0],
      ]),
      sheet("ยุทธ2.1แผนงานเคหะ", [
        ...HEADINGS("2.2", "แผนงานเคหะและชุมชน"),
        ...HEADER,
        [1, "จ", null, null, 1, 0],
      ]),
    ];
    const plan = readPlan(sheets);
    const summary = summarise(plan);
    expect(summary.rows[0]).toMatchObject({
      tactic: "1.1",
      workPlan: "แผนงานสาธารณสุข",
      budget: [150, 0],
    });
    const names = checkBook(sheets, plan).filter((f) => f.code === "sheet-name");
    expect(names.map((f) => [f.sheet, f.suggestion?.th])).toEqual([
      ["ยุทธ4.3ผง.การพานิชย์", "กลยุทธ์ 4.3 แผนงานการพาณิชย์"],
      ["ยุทธ2.1แผนงานเคหะ", "กลยุทธ์ 2.2 แผนงานเคหะและชุมชน"],
    ]);
  });

  it.each([
    ["สาธา", "สาธารณสุข", true],
    ["บริหารทั่วไป", "บริหารงานทั่วไป", true],
    ["ชุมชน", "สร้างความเข้มแข็งของชุมชน", true],
    ["การพานิชย์", "การพาณิชย์", false],
    ["ศาสานา", "การศาสนาวัฒนธรรมและนันทนาการ", false],
  ])("a sheet name's %p abbreviates %p: %p", (short, full, expected) => {
    expect(abbreviates(short, full)).toBe(expected);
  });

  it("reads total rows labelled in the เป้าหมาย column, per year, as totals to check, never as projects", () => {
    const values = [
      ...HEADINGS(),
      ...HEADER,
      [1, "ก", null, null, 100, 0],
      [2, "ข", null, null, 200, 50],
      [null, null, null, "รวมจำนวนโครงการ", 2, 2],
      [null, null, null, "รวมงบประมาณ", "300", "50"],
    ];
    const plan = readPlan([sheet("S", values)]);
    expect(plan.projects).toHaveLength(2);
    expect(plan.totals.map((t) => t.kind)).toEqual(["count", "budget"]);
    const findings = checkBook([sheet("S", values)]);
    expect(findings.map((f) => [f.code, f.cell?.col, f.suggestion?.th])).toEqual([
      ["total-mismatch", 5, "๑"],
    ]);
  });

  it("does not let blank or dash-only stub rows run a project on", () => {
    const values = [
      ...HEADINGS(),
      ...HEADER,
      [1, "ก", null, null, 100, 0],
      ...Array.from({ length: 200 }, () => [null, null, null, null, "-", " -   "]),
    ];
    const [project] = readPlan([sheet("S", values)]).projects;
    expect(project.lastRow).toBe(project.row);
  });

  it("keeps other forms apart, recognised by title, form label or sheet name, and ignores sheets that are no plan", () => {
    const sheets = [
      sheet("ผ.02", [...HEADINGS(), ...HEADER, [1, "ก", null, null, 100, 0]]),
      sheet("ประสาน", [
        ["แบบ ผ.02/2"],
        ...HEADINGS(),
        ...HEADER,
        [1, "สะพาน", null, null, 90000000, 0],
      ]),
      sheet("ผ.02-1", [...HEADINGS(), ...HEADER, [1, "ถนน อบจ.", null, null, 5000000, 0]]),
      sheet("ครุภัณฑ์", [
        ["บัญชีครุภัณฑ์"],
        ["ที่", "แผนงาน", "หมวด", "ประเภท", "เป้าหมาย (ผลผลิตของครุภัณฑ์)", "งบประมาณ"],
        [null, null, null, null, null, "2566", "2567"],
        [1, "แผนงานการศึกษา", "ค่าครุภัณฑ์", "ครุภัณฑ์สำนักงาน", "โต๊ะ 10 ตัว", 20000, 0],
      ]),
      sheet("ยุทธศาสตร์", [
        ["ยุทธศาสตร์", "แผนงาน", "หน่วยงาน"],
        ["1. ยุทธศาสตร์ก", "แผนงานการศึกษา", "กองการศึกษา"],
      ]),
      sheet("Sheet3", [[null]]),
    ];
    const plan = readPlan(sheets);
    expect(plan.projects.map((p) => p.name)).toEqual(["ก"]);
    expect(
      Object.fromEntries(
        Object.entries(plan.otherForms).map(([form, ps]) => [form, ps!.map((p) => p.name)])
      )
    ).toEqual({
      "ผ.02/2": ["สะพาน"],
      "ผ.02/1": ["ถนน อบจ."],
      "ผ.03": ["ครุภัณฑ์สำนักงาน"],
    });
    expect(summarise(plan).total.totalBudget).toBe(100);
  });

  it("compares the book's typed ผ.01 with the details, figure by figure", () => {
    const detail = sheet("ผ.02", [
      ...HEADINGS(),
      ...HEADER,
      [1, "ก", null, null, 100, 0],
      [2, "ข", null, null, 0, 40],
    ]);
    const typed = sheet("ผ.01", [
      ["ยุทธศาสตร์ กลยุทธ์ แผนงาน", "ปี 2566", null, "ปี 2567", null, "รวม 2 ปี", null],
      [
        null,
        "จำนวนโครงการ",
        "งบประมาณ (บาท)",
        "จำนวนโครงการ",
        "งบประมาณ (บาท)",
        "จำนวนโครงการ",
        "งบประมาณ (บาท)",
      ],
      ["1 ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"],
      ["1.1 กลยุทธ์ส่งเสริมสุขภาพ (1) แผนงานสาธารณสุข", "๑", "๑๐๐", "๑", "๔๕", "๒", "๑๔๐"],
      ["รวม", 1, 100, 1, 40, 2, 140],
      ["รวมทั้งสิ้น", 1, 100, 1, 40, 2, 140],
    ]);
    const findings = checkBook([typed, detail]);
    expect(
      findings.map((f) => [f.code, f.sheet, f.row + 1, f.cell?.col, f.suggestion?.th])
    ).toEqual([["summary-mismatch", "ผ.01", 4, 4, "๔๐"]]);
  });
});

describe("books typed in ways the reader was not built around", () => {
  const block = (years: CellValue[], name: string): CellValue[][] => [
    ["ยุทธศาสตร์ที่ 2 การพัฒนาโครงสร้างพื้นฐาน"],
    ["แนวทางการพัฒนาที่ 2.1 ก่อสร้างถนน"],
    ["แผนงาน อุตสาหกรรมและการโยธา"],
    ["ลำดับที่", "โครงการ/กิจกรรม", "วัตถุประสงค์", "เป้าหมาย", "งบประมาณ"],
    [null, null, null, null, ...years],
    ["1.", name, "เพื่อ", "1 สาย", "100,000", "-"],
  ];

  it("reads 'ยุทธศาสตร์ที่ n', 'แนวทางการพัฒนาที่ n.n', 'ปีงบประมาณ 2566' and 'พ.ศ. 2567' headers, '1.' numbers", () => {
    const plan = readPlan([sheet("ถนน", block(["ปีงบประมาณ 2566", "พ.ศ. 2567"], "ถนนสาย ก"))]);
    expect(
      plan.projects.map((p) => [p.strategy, p.tactic, p.workPlan, p.order, budgetsOf(p)])
    ).toEqual([["2", "2.1", "แผนงานอุตสาหกรรมและการโยธา", "1", { 2566: 100000, 2567: 0 }]]);
  });

  it("leaves hidden sheets out of the plan and says they hold projects; a project on two sheets is counted twice and said", () => {
    const sheets = [
      sheet("ถนน", block(["2566", "2567"], "ถนนสาย ก")),
      { ...sheet("ถนน (เก่า)", block(["2566", "2567"], "ถนนสาย ข")), hidden: true },
      sheet("ถนน (2)", block(["2566", "2567"], "ถนนสาย ก")),
    ];
    const plan = readPlan(sheets);
    expect(plan.projects.map((p) => [p.sheet, p.name])).toEqual([
      ["ถนน", "ถนนสาย ก"],
      ["ถนน (2)", "ถนนสาย ก"],
    ]);
    expect(checkBook(sheets).map((f) => [f.code, f.sheet, f.row])).toEqual([
      ["duplicate-project", "ถนน (2)", 5],
      ["hidden-sheet", "ถนน (เก่า)", 0],
    ]);
  });
});
