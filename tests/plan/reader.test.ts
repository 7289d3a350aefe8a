import {
  budgetsOf,
  budgetIn,
  checkPlan,
  readPlan,
  type CellValue,
  budgetCell,
  plainProject,
  withBudgets,
} from "../../src/plan";
import {
  PROJECT_NAMES,
  seedAfter,
  seedAsPrinted,
  seedBefore,
  seedBeforeFrom,
} from "../fixtures/seed";

const read = (values: CellValue[][], sheet = "ผ.02", top = 0, left = 0) =>
  readPlan([{ sheet, values, top, left }]);

describe("reading the ผ.02 form", () => {
  it("reads the seed's detail pages: years from the header, headings, projects and totals", () => {
    const plan = read(seedAfter());
    expect(plan.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(plan.organisation).toBe("องค์การบริหารส่วนตำบลคลองวาฬ");
    expect(plan.title).toBe("แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒/๒๕๖๖");
    expect(plan.projects.map((p) => [p.strategy, p.tactic, p.workPlan, p.order, p.name])).toEqual([
      ["4", "4.3", "แผนงานเคหะและชุมชน", "1", PROJECT_NAMES[0]],
      ["6", "6.2", "แผนงานอุตสาหกรรมและการโยธา", "1", PROJECT_NAMES[1]],
    ]);
    expect(budgetsOf(plan.projects[0])).toEqual({
      2566: 0,
      2567: 1400000,
      2568: 0,
      2569: 0,
      2570: 0,
    });
    expect(plan.projects[0].unit).toBe("กองสาธารณสุข");
    expect(plan.projects[1].strategyName).toBe("ยุทธศาสตร์การบริหารจัดการองค์กร");
    expect(plan.totals).toHaveLength(2);
    expect(plan.totals[0].projects).toEqual([plan.projects[0]]);
  });

  it("keeps where every project came from, in sheet coordinates", () => {
    const plan = read(seedBefore(), "แผน", 4, 2);
    const [waste] = plan.projects;
    const projectRow = seedBefore().findIndex((row) => row[1] === PROJECT_NAMES[0]);
    expect(waste.sheet).toBe("แผน");
    expect(waste.row).toBe(4 + projectRow);
    expect(budgetCell(waste, 2566)!).toEqual({ sheet: "แผน", row: 4 + projectRow, col: 2 + 4 });
    expect(budgetCell(waste, 2570)!).toEqual({ sheet: "แผน", row: 4 + projectRow, col: 2 + 8 });
  });

  it("reads the strategy from the tactic when the strategy line is wrong or lettered", () => {
    const plan = read(seedAsPrinted());
    expect(plan.projects.map((p) => p.strategy)).toEqual(["4", "6"]);
    expect(plan.projects.map((p) => p.workPlan)).toEqual([
      "แผนงานคณะและชุมชน",
      "แผนงานยุทธศาสตร์และการโยธา",
    ]);
  });

  it("takes the years from the header, so a 2561–2565 plan reads as well", () => {
    const plan = read(seedBeforeFrom(2561));
    expect(plan.years).toEqual([2561, 2562, 2563, 2564, 2565]);
    expect(budgetIn(plan.projects[0], 2561)).toBe(1400000);
  });
});

const HEADER_3_ROWS: CellValue[][] = [
  [
    "ที่",
    "โครงการ",
    "วัตถุประสงค์",
    "เป้าหมาย",
    "งบประมาณ",
    null,
    null,
    "เทศบัญญัติ",
    null,
    null,
    "ตัวชี้วัด (KPI)",
    "ผลที่คาดว่าจะได้รับ",
    "หน่วยงานที่รับผิดชอบหลัก",
  ],
  [null, null, null, "(ผลผลิตของโครงการ)", 2566, 2567, 2568, 2566, 2567, 2568, null, null, null],
  [null, null, null, null, "(บาท)", "(บาท)", "(บาท)", "(บาท)", "(บาท)", "(บาท)", null, null, null],
];

describe("the shapes real books take", () => {
  const headings: CellValue[][] = [
    ["1. ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"],
    ["    1.1 กลยุทธ์ส่งเสริมสุขภาพ"],
    ["    (1) แผนงานสาธารณสุข"],
  ];
  /** A project row's plan and enacted budgets under HEADER_3_ROWS, with none typed. */
  const NO_BUDGETS: CellValue[] = ["-", "-", "-", null, null, null];
  /** Rows read under the block's heading lines and a three-row header. */
  const underHeader = (...rows: CellValue[][]) => read([...headings, ...HEADER_3_ROWS, ...rows]);

  it("reads three-row headers and keeps the enacted budget (เทศบัญญัติ) apart from the plan budget", () => {
    const plan = underHeader([
      1,
      "โครงการรณรงค์ป้องกันไข้เลือดออก",
      "เพื่อป้องกัน",
      "10 ชุมชน",
      " 1,632,820 ",
      "-",
      "10,500,000.00",
      1500000,
      null,
      null,
      "ร้อยละ",
      "ลดผู้ป่วย",
      "กองสาธารณสุข",
    ]);
    expect(plan.years).toEqual([2566, 2567, 2568]);
    expect(budgetsOf(plan.projects[0])).toEqual({ 2566: 1632820, 2567: 0, 2568: 10500000 });
    expect(plan.projects[0].enacted).toEqual({ 2566: 1500000 });
  });

  it("joins continuation rows into the project above and keeps a budget found on one", () => {
    const plan = underHeader(
      [1, "โครงการก่อสร้างถนนคอนกรีต", "เพื่อการสัญจร", "กว้าง 5 ม.", ...NO_BUDGETS, "", "", "กองช่าง"],
      [
        null,
        "สายบ้านนายสมชาย",
        "ที่สะดวก",
        "ยาว 200 ม.",
        500000,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [2, "โครงการจัดซื้อวัสดุ", null, null, 1000, null, null, null, null, null, null, null, null]
    );
    expect(plan.projects).toHaveLength(2);
    expect(plan.projects[0].name).toBe("โครงการก่อสร้างถนนคอนกรีต สายบ้านนายสมชาย");
    expect(plan.projects[0].objective).toBe("เพื่อการสัญจร ที่สะดวก");
    expect(budgetIn(plan.projects[0], 2566)).toBe(500000);
    expect(budgetCell(plan.projects[0], 2566)!.row).toBe(7);
    expect(plan.projects[0].lastRow).toBe(7);
    expect(plan.findings.map((f) => f.code)).toEqual(["budget-on-continuation"]);
  });

  it("gives every text cleaned as typed (line breaks, bullets, numbers), in the project and in its copies", () => {
    const plan = underHeader(
      [
        1,
        "โครงการ\r\nอบรมอาสาสมัคร",
        "- เพื่อพัฒนา\r\nศักยภาพ ",
        " อสม.  100 คน",
        ...NO_BUDGETS,
        100,
        "\u00a0ผู้เข้าอบรม\nมีความรู้",
        "กอง\tสาธารณสุข",
      ],
      [null, null, "- เพื่อสร้างเครือข่าย", null, null, null, null, null, null, null, null, null, null]
    );
    const [project] = plan.projects;
    const texts = (p: typeof project) => [p.name, p.objective, p.target, p.kpi, p.outcome, p.unit];
    const cleaned = [
      "โครงการ อบรมอาสาสมัคร",
      "เพื่อพัฒนา ศักยภาพ เพื่อสร้างเครือข่าย",
      "อสม. 100 คน",
      "100",
      "ผู้เข้าอบรม มีความรู้",
      "กอง สาธารณสุข",
    ];
    expect(texts(project)).toEqual(cleaned);
    const copy = withBudgets(project, { 2566: 5000 });
    expect(texts(copy)).toEqual(cleaned);
    expect(texts({ ...plainProject(project) })).toEqual(cleaned);
    expect(budgetIn(copy, 2566)).toBe(5000);
    expect(budgetIn(project, 2566)).toBe(0);
  });

  it("divides the sheet at round markers: numbering restarts and each project keeps its round", () => {
    const plan = underHeader(
      [1, "โครงการ ก", null, null, 100, null, null],
      [2, "โครงการ ข", null, null, 200, null, null],
      ["เพิ่มเติม ครั้งที่ 2/2567"],
      [1, "โครงการ ค", null, null, 300, null, null],
      ["รวม", null, null, null, 600, 0, 0]
    );
    expect(plan.projects.map((p) => [p.name, p.round])).toEqual([
      ["โครงการ ก", ""],
      ["โครงการ ข", ""],
      ["โครงการ ค", "เพิ่มเติม ครั้งที่ 2/2567"],
    ]);
    expect(plan.findings).toEqual([]);
    expect(plan.totals[0].projects).toHaveLength(3);
  });

  it("knows a project row by the number under ที่ however it is typed, and nothing else as one", () => {
    const orders: CellValue[] = [1, "๒", " 3 ", "4.", "๕.", "\u00a06", 12345, "00007", "8)", "(๙)"];
    const notOrders: CellValue[] = ["123456", "1a", "1.1", "-", 0, 2.5, "ก", "(1", ")"];
    const plan = underHeader(
      ...orders.map((o, i) => [o, `โครงการ ${i}`, null, null, 100, null, null]),
      ...notOrders.map((o, i) => [o, `ต่อ ${i}`, null, null, null, null, null])
    );
    const numbers = ["1", "2", "3", "4", "5", "6", "12345", "7", "8", "9"];
    expect(plan.projects.map((p) => p.order)).toEqual(numbers);
    // Of the rows without a number, only the one with nothing under ที่ but "-" runs on the name above.
    expect(plan.projects.at(-1)!.name).toBe("โครงการ 9 ต่อ 3");
  });

  it("never takes a work-plan line typed in two cells, (1) beside แผนงาน…, for a project", () => {
    const plan = underHeader(
      ["(1)", "โครงการ ก", null, null, 100, null, null],
      ["(1)", "แผนงานการศึกษา", null, null, null, null, null]
    );
    expect(plan.projects.map((p) => [p.order, p.name])).toEqual([["1", "โครงการ ก"]]);
  });

  it("sums a block typed over several pages (its header, or its heading and header, typed again) in its one รวม", () => {
    const project = (n: number) => [n, `โครงการ ${n}`, null, null, 100, null, null];
    const plan = read([
      ...headings,
      ...HEADER_3_ROWS,
      project(1),
      project(2),
      ...HEADER_3_ROWS,
      project(3),
      ...headings,
      ...HEADER_3_ROWS,
      project(4),
      ["รวม", "4 โครงการ", null, null, 400, 0, 0],
      ["1. ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"],
      ["    1.2 กลยุทธ์ส่งเสริมกีฬา"],
      ["    (1) แผนงานการศาสนาวัฒนธรรมและนันทนาการ"],
      ...HEADER_3_ROWS,
      project(1),
      ...headings,
      ...HEADER_3_ROWS,
      project(1),
      ["รวม", "1 โครงการ", null, null, 100, 0, 0],
    ]);
    expect(plan.totals.map((t) => t.projects.map((p) => p.order))).toEqual([
      ["1", "2", "3", "4"],
      ["1"],
    ]);
    expect(plan.totals[1].projects[0].tactic).toBe("1.1");
    expect(checkPlan(plan)).toEqual([]);
  });

  it("sums a tactic's and a strategy's รวม over their blocks and รวมทั้งสิ้น over the sheet; a block's stay its own", () => {
    const block = (tactic: string, work: string, budgets: number[]) => [
      [`    ${tactic} กลยุทธ์ที่ ${tactic}`],
      [`    (1) ${work}`],
      ...HEADER_3_ROWS,
      ...budgets.map((b, i) => [i + 1, `โครงการ ${tactic}/${i + 1}`, null, null, b, null, null]),
      ["รวมงบประมาณ", null, null, null, budgets.reduce((a, b) => a + b, 0), 0, 0],
      ["รวมจำนวนโครงการ", null, null, null, budgets.length, 0, 0],
    ];
    const plan = read([
      ["1. ยุทธศาสตร์การพัฒนาคุณภาพชีวิต"],
      ...block("1.1", "แผนงานสาธารณสุข", [100, 200]),
      ...block("1.1", "แผนงานสร้างความเข้มแข็งของชุมชน", [25]),
      ["รวมกลยุทธ์ที่ 1.1", null, null, null, 325, 0, 0],
      ...block("1.2", "แผนงานการศึกษา", [300]),
      ["รวมยุทธศาสตร์ที่ 1", null, null, null, 625, 0, 0],
      ["2. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"],
      ...block("2.1", "แผนงานเคหะและชุมชน", [50]),
      ["รวมยุทธศาสตร์ที่ 2", null, null, null, 50, 0, 0],
      ["รวมทั้งสิ้น", null, null, null, 675, 0, 0],
    ]);
    expect(plan.totals.map((t) => [t.label, t.projects.length])).toEqual([
      ["รวมงบประมาณ", 2],
      ["รวมจำนวนโครงการ", 2],
      ["รวมงบประมาณ", 1],
      ["รวมจำนวนโครงการ", 1],
      ["รวมกลยุทธ์ที่ 1.1", 3],
      ["รวมงบประมาณ", 1],
      ["รวมจำนวนโครงการ", 1],
      ["รวมยุทธศาสตร์ที่ 1", 4],
      ["รวมงบประมาณ", 1],
      ["รวมจำนวนโครงการ", 1],
      ["รวมยุทธศาสตร์ที่ 2", 1],
      ["รวมทั้งสิ้น", 5],
    ]);
    expect(checkPlan(plan).filter((f) => f.code === "total-mismatch")).toEqual([]);
  });

  it("gives a round's own รวม after the block's รวม only that round's projects (none when all moved away)", () => {
    const plan = underHeader(
      [1, "โครงการ ก", null, null, 100, null, null],
      ["รวม", "1 โครงการ", null, null, 100, 0, 0],
      ["เพิ่มเติม ครั้งที่ 1/2567"],
      [null, null, null, null, null, null, null],
      ["รวม", "0 โครงการ", null, null, 0, 0, 0]
    );
    expect(plan.totals.map((t) => t.projects.map((p) => p.name))).toEqual([["โครงการ ก"], []]);
    expect(checkPlan(plan)).toEqual([]);
  });

  it("drops the heading lines of a block left with no project (all moved away) from the next block's", () => {
    const next: CellValue[][] = [
      ["2. ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"],
      ["    2.1 กลยุทธ์ก่อสร้างถนน"],
      ["    (1) แผนงานอุตสาหกรรมและการโยธา"],
    ];
    const plan = underHeader(
      [null, null, null, null, null, null, null],
      ["รวม", "0 โครงการ", null, null, 0, 0, 0],
      ...next,
      ...HEADER_3_ROWS,
      [1, "โครงการ ข", null, null, 200, null, null]
    );
    expect(plan.projects.map((p) => [p.name, p.tactic, p.workPlan, p.headingLines])).toEqual([
      ["โครงการ ข", "2.1", "แผนงานอุตสาหกรรมและการโยธา", next.map(([line]) => String(line).trim())],
    ]);
  });

  it("keeps a round marker typed between a block's heading lines and its table", () => {
    const plan = read([
      ...headings,
      ["เพิ่มเติม ครั้งที่ 1/2567"],
      ...HEADER_3_ROWS,
      [1, "โครงการ ก", null, null, 100, null, null],
    ]);
    expect(plan.projects.map((p) => p.round)).toEqual(["เพิ่มเติม ครั้งที่ 1/2567"]);
  });

  it("reads a header whose words are typed broken over lines or spaced, or with ชื่อ before โครงการ", () => {
    const plan = read([
      ...headings,
      [
        "ลำดับ\nที่",
        "ชื่อ\nโครงการ",
        "วัตถุ\nประสงค์",
        "เป้าหมาย\n(ผลผลิตของ\nโครงการ)",
        "งบ ประมาณ",
        null,
        "ตัวชี้วัด\n(KPI)",
        "ผลที่คาด\nว่าจะได้รับ",
        "หน่วยงาน\nรับผิดชอบ\nหลัก",
      ],
      [null, null, null, null, "2566\n(บาท)", "ปี\n2567", null, null, null],
      [1, "โครงการขุดลอกคลอง", "เพื่อระบายน้ำ", "1 สาย", 100, 200, "ร้อยละ", "น้ำไม่ท่วม", "กองช่าง"],
    ]);
    const [project] = plan.projects;
    expect(plan.years).toEqual([2566, 2567]);
    expect([project.order, project.name, project.objective, project.target]).toEqual([
      "1",
      "โครงการขุดลอกคลอง",
      "เพื่อระบายน้ำ",
      "1 สาย",
    ]);
    expect([project.kpi, project.outcome, project.unit]).toEqual(["ร้อยละ", "น้ำไม่ท่วม", "กองช่าง"]);
    expect(budgetsOf(project)).toEqual({ 2566: 100, 2567: 200 });
  });

  it("reads years headed in two Buddhist-era digits (ปี 66, พ.ศ. ๖๗), but never a bare two-digit number", () => {
    const table = (years: CellValue[]) =>
      read([
        ["(1) แผนงานการศึกษา"],
        ["ที่", "โครงการ", "งบประมาณ", null],
        [null, null, ...years],
        [1, "โครงการ ก", 100, 200],
      ]);
    expect(table(["ปี 66", "พ.ศ. ๖๗\n(บาท)"]).years).toEqual([2566, 2567]);
    expect(table(["66", "67"]).projects).toEqual([]);
  });

  it("reads a one-row header with years in it", () => {
    const plan = read([
      ...headings,
      ["ที่", "โครงการ", "งบประมาณ 2566", "งบประมาณ 2567"],
      ["๑", "โครงการ ก", "๑๐๐", "-"],
    ]);
    expect(plan.years).toEqual([2566, 2567]);
    expect(budgetsOf(plan.projects[0])).toEqual({ 2566: 100, 2567: 0 });
  });

  it("reads a flat table, one row per project", () => {
    const plan = read([
      ["ยุทธศาสตร์", "กลยุทธ์", "แผนงาน", "โครงการ", "2566", "2567"],
      [
        "4 ยุทธศาสตร์การบริหารจัดการทรัพยากรธรรมชาติ",
        "4.3 กลยุทธ์การกำจัดขยะ",
        "แผนงานเคหะและชุมชน",
        "โครงการ ก",
        "1,400,000",
        "-",
      ],
      ["6", "6.2", "ผง.อุตสาหกรรมและการโยธา", "โครงการ ข", 0, 300000],
    ]);
    expect(
      plan.projects.map((p) => [
        p.strategy,
        p.tactic,
        p.workPlan,
        budgetIn(p, 2566),
        budgetIn(p, 2567),
      ])
    ).toEqual([
      ["4", "4.3", "แผนงานเคหะและชุมชน", 1400000, 0],
      ["6", "6.2", "แผนงานอุตสาหกรรมและการโยธา", 0, 300000],
    ]);
    expect(plan.findings).toEqual([]);
  });

  it("finds nothing in a block that holds no plan", () => {
    const plan = read([["สวัสดี"], [1, 2, 3]]);
    expect(plan.projects).toEqual([]);
    expect(plan.years).toEqual([]);
  });
});
