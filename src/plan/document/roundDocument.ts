import { appendixLayout, appendixTitleLines, planTitle } from "../amend/appendixText";
import { appendixRows, appendixSheetName } from "../amend/appendixRow";
import type { BookSnapshot } from "../model";
import { LOG_SHEET } from "../addinSheets";
import { readLog } from "../amend/log";
import { roundLabel, sameRound, type Round } from "../amend/rounds";
import { message, planError, type Message } from "../messages";
import type { CellValue, Plan, Project } from "../model";
import { budgetIn } from "../select";
import { summarise, summaryTable } from "../summary";
import { foldText, formatAmount, toThaiDigits } from "../thaiNumerals";
import { completeProfile, roundRegister, type DocumentSettings } from "./register";
import {
  announcementParagraphs,
  CLAUSE_TO_FILL,
  heldClauses,
  introductionPages,
  lawLines,
  principlesParagraph,
} from "./templates";

/**
 * The document an office files and posts for a round, built from the workbook: cover, ประกาศ, สารบัญ,
 * หลักการและเหตุผล, บทนำ, the round's ผ.01, the ผ.02 pages of the changed projects as they now stand, and ภาคผนวก ก.
 * A model of parts and blocks; the Word writer and the print-ready sheets render it, and its text is what the seed
 * prints.
 */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "center"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "bullet"; text: string }
  | { kind: "signature"; text: string }
  | { kind: "contents"; entries: { text: string; page?: number; indent?: boolean }[] }
  | { kind: "table"; header: CellValue[][]; rows: CellValue[][]; widths: number[] }
  | { kind: "pageBreak" };

export type PartId =
  | "cover"
  | "announcement"
  | "contents"
  | "principles"
  | "introduction"
  | "summary"
  | "details"
  | "appendix";

export interface DocumentPart {
  id: PartId;
  title: Message;
  orientation: "portrait" | "landscape";
  /** Page numbers run from หลักการและเหตุผล on; the cover, ประกาศ and สารบัญ have none. */
  numbered: boolean;
  /** Pages the part takes: each page ends with a page break, so the สารบัญ can number them. */
  pages: number;
  blocks: Block[];
}

export interface RoundDocument {
  round: Round;
  /** "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) แก้ไข ครั้งที่ ๒/๒๕๖๖" */
  title: string;
  parts: DocumentPart[];
  /** What the user must still fill in by hand (a clause the project holds no text for). */
  warnings: Message[];
}

/** Projects listed on one ผ.02 page, and appendix rows on one page of its table. */
const PROJECTS_PER_PAGE = 4;
const APPENDIX_ROWS_PER_PAGE = 3;

const part = (
  id: PartId,
  title: Message,
  orientation: DocumentPart["orientation"],
  numbered: boolean,
  pages: Block[][]
): DocumentPart => ({
  id,
  title,
  orientation,
  numbered,
  pages: pages.length,
  blocks: pages.flatMap((page, i) => (i === 0 ? page : [{ kind: "pageBreak" as const }, ...page])),
});

const lines = (texts: string[]): Block[] =>
  texts.map((text) =>
    text.startsWith("- ") ? { kind: "bullet", text: text.slice(2) } : { kind: "paragraph", text }
  );

/** The projects a round changed, as they now stand, in the order they were recorded. */
function changedProjects(book: BookSnapshot, plan: Plan, round: Round): Project[] {
  const names = readLog(book.sheets.find((s) => s.sheet === LOG_SHEET))
    .filter((e) => sameRound(e.round, round))
    .map((e) => foldText(e.project));
  return [...new Set(names)].flatMap((name) => {
    const project = plan.projects.find((p) => foldText(p.name) === name);
    return project ? [project] : [];
  });
}

/** A heading line as the ผ.02 page prints it: linkage, strategy and tactic lines as a dashed list. */
const headingBlock = (line: string): Block =>
  /^([ก-ฮ]\s*\.|[0-9๐-๙]+\s*\.)/.test(line)
    ? { kind: "bullet", text: toThaiDigits(line) }
    : { kind: "paragraph", text: toThaiDigits(line) };

function detailTable(plan: Plan, projects: Project[]): Block {
  const header: CellValue[][] = [
    [
      "ที่",
      "โครงการ",
      "วัตถุประสงค์",
      "เป้าหมาย (ผลผลิตของโครงการ)",
      "งบประมาณ",
      ...plan.years.slice(1).map(() => ""),
      "ตัวชี้วัด (KPI)",
      "ผลที่คาดว่าจะได้รับ",
      "หน่วยงาน รับผิดชอบหลัก",
    ],
    ["", "", "", "", ...plan.years.map((y) => `${toThaiDigits(String(y))} (บาท)`), "", "", ""],
  ];
  const budget = (p: Project, y: number) => (budgetIn(p, y) ? formatAmount(budgetIn(p, y)) : "-");
  const rows: CellValue[][] = projects.map((p, i) => [
    toThaiDigits(String(i + 1)),
    p.name,
    p.objective,
    p.target,
    ...plan.years.map((y) => budget(p, y)),
    p.kpi,
    p.outcome,
    p.unit,
  ]);
  rows.push([
    "รวม",
    `${toThaiDigits(String(projects.length))} โครงการ`,
    "-",
    "-",
    ...plan.years.map((y) => formatAmount(projects.reduce((s, p) => s + budgetIn(p, y), 0))),
    "-",
    "-",
    "-",
  ]);
  const years = plan.years.map(() => 11);
  return { kind: "table", header, rows, widths: [4, 12, 10, 12, ...years, 8, 9, 6] };
}

/** The ผ.02 pages: one per heading block (strategy, tactic, work plan), a few projects to a page. */
function detailPages(plan: Plan, title: string, projects: Project[]): Block[][] {
  const blocks = new Map<readonly string[], Project[]>();
  for (const p of projects) blocks.set(p.headingLines, [...(blocks.get(p.headingLines) ?? []), p]);
  const pages: Block[][] = [];
  for (const [heading, inBlock] of blocks) {
    for (let i = 0; i < inBlock.length; i += PROJECTS_PER_PAGE) {
      pages.push([
        { kind: "title", text: "รายละเอียดโครงการพัฒนา" },
        { kind: "center", text: title },
        { kind: "center", text: plan.organisation },
        ...heading.map(headingBlock),
        detailTable(plan, inBlock.slice(i, i + PROJECTS_PER_PAGE)),
      ]);
    }
  }
  return pages;
}

function appendixPages(book: BookSnapshot, plan: Plan, round: Round): Block[][] {
  const sheet = book.sheets.find((s) => s.sheet === appendixSheetName(book, round));
  const rows = sheet ? appendixRows(sheet).map((r) => [...r]) : [];
  const [divider, table] = [
    appendixTitleLines(plan, round).slice(0, 4),
    appendixTitleLines(plan, round).slice(5, 8),
  ];
  const pages: Block[][] = [
    divider.map(([text], i) => ({ kind: i === 0 ? "title" : "center", text }) as Block),
  ];
  for (let i = 0; i < Math.max(rows.length, 1); i += APPENDIX_ROWS_PER_PAGE) {
    pages.push([
      ...table.map(([text], j) => ({ kind: j === 0 ? "title" : "center", text }) as Block),
      {
        kind: "table",
        header: [appendixLayout(plan, round.kind).header],
        rows: rows.slice(i, i + APPENDIX_ROWS_PER_PAGE),
        widths: appendixLayout(plan, round.kind).widths,
      },
    ]);
  }
  return pages;
}

/** What a round needs before its document can be built. */
export const ROUND_LACKS = {
  changes: message(
    "ยังไม่มีการแก้ไขที่บันทึกไว้ในครั้งนี้ (บันทึกในแท็บบันทึกการแก้ไข)",
    "no revision of this round is recorded (record one on the amendment tab)"
  ),
  announcement: message(
    "ยังไม่มีวันที่ประกาศ (ใส่ในทะเบียนครั้งที่ด้านบน)",
    "no announcement date (enter it in the register above)"
  ),
};

/**
 * What the round lacks for its document, nothing when it can be built: a revision recorded (a document of no
 * change is an empty ผ.01 and appendix) and its announcement date, which the ประกาศ is dated with.
 */
export function roundLacks(
  book: BookSnapshot,
  plan: Plan,
  settings: DocumentSettings,
  round: Round
): Message[] {
  const record = roundRegister(book, settings).find((r) => sameRound(r.round, round));
  const lacks: Message[] = [];
  if (changedProjects(book, plan, round).length === 0) lacks.push(ROUND_LACKS.changes);
  if (!record?.announcedOn) lacks.push(ROUND_LACKS.announcement);
  return lacks;
}

export interface DocumentInput {
  book: BookSnapshot;
  plan: Plan;
  settings: DocumentSettings;
  round: Round;
}

/** Builds the round's document; a missing profile field, or a round the book does not hold, is an error. */
export function buildRoundDocument({ book, plan, settings, round }: DocumentInput): RoundDocument {
  const profile = completeProfile(settings.profile);
  const rounds = roundRegister(book, settings);
  const record = rounds.find((r) => sameRound(r.round, round));
  const projects = changedProjects(book, plan, round);
  if (!record && projects.length === 0) {
    throw planError(
      `ไม่พบ${roundLabel(round)} ในสมุดงาน (ไม่มีในทะเบียนครั้งที่ และไม่มีการแก้ไขที่บันทึกไว้)`,
      `No round ${roundLabel(round, false)} in the workbook (not in the register, no amendment recorded)`
    );
  }
  const lacks = roundLacks(book, plan, settings, round);
  if (lacks.length > 0) {
    throw planError(
      `ยังจัดทำเอกสารของ${roundLabel(round)}ไม่ได้: ${lacks.map((l) => l.th).join(" และ")}`,
      `The document of ${roundLabel(round, false)} cannot be built yet: ${lacks.map((l) => l.en).join("; ")}`
    );
  }
  const announcedOn = record!.announcedOn!;
  const planName = planTitle(plan);
  const title = `${planName} ${roundLabel(round)}`;
  const tocTitle = (text: string) => `${text}${title.replace("(พ.ศ. ", "(พ.ศ.")}`;
  const earlier = rounds.slice(0, record ? rounds.indexOf(record) : rounds.length);
  const warnings = heldClauses(round.kind)
    ? []
    : [
        message(
          `โปรแกรมไม่มีข้อความระเบียบสำหรับการ${round.kind}: กรอกข้อของระเบียบที่ "${CLAUSE_TO_FILL}" เอง`,
          `The add-in holds no regulation text for ${round.kind} rounds: fill in the clause at "${CLAUSE_TO_FILL}" yourself`
        ),
      ];

  const summary = summaryTable(summarise(plan, projects), { thaiDigits: true });
  const body: DocumentPart[] = [
    part("principles", message("หลักการและเหตุผล", "Principles and reasons"), "portrait", true, [
      [
        { kind: "title", text: "หลักการและเหตุผล" },
        { kind: "paragraph", text: principlesParagraph(profile, planName, earlier, round) },
        ...lines(lawLines(round)),
      ],
    ]),
    part(
      "introduction",
      message("บทนำ", "Introduction"),
      "portrait",
      true,
      introductionPages(round).map((page) => [
        { kind: "title", text: page[0] } as Block,
        ...lines(page.slice(1)),
      ])
    ),
    part("summary", message("บัญชีสรุปโครงการพัฒนา (ผ.01)", "Summary (ผ.01)"), "landscape", true, [
      [
        { kind: "title", text: "บัญชีสรุปโครงการพัฒนา" },
        { kind: "center", text: title },
        { kind: "center", text: `ชื่อองค์กรปกครองส่วนท้องถิ่น ${profile.organisation}` },
        {
          kind: "table",
          header: summary.slice(0, 2),
          rows: summary.slice(2),
          // Counts are short, budgets long ("๑,๔๐๐,๐๐๐"): the label takes a fifth of the width.
          widths: [22, ...summary[0].slice(1).map((_, i) => (i % 2 === 0 ? 3.8 : 9.2))],
        },
      ],
    ]),
    part(
      "details",
      message("รายละเอียดโครงการพัฒนา (ผ.02)", "Project details (ผ.02)"),
      "landscape",
      true,
      detailPages(plan, title, projects)
    ),
    part(
      "appendix",
      message("ภาคผนวก ก", "Appendix A"),
      "landscape",
      true,
      appendixPages(book, plan, round)
    ),
  ];
  const pageOf = new Map<PartId, number>();
  let page = 1;
  for (const p of body) {
    pageOf.set(p.id, page);
    page += p.pages;
  }
  const contents: Block = {
    kind: "contents",
    entries: [
      { text: "หลักการและเหตุผล", page: pageOf.get("principles") },
      { text: "บทนำ", page: pageOf.get("introduction") },
      { text: tocTitle("บัญชีสรุปโครงการพัฒนา"), page: pageOf.get("summary") },
      { text: tocTitle("รายละเอียดโครงการพัฒนา"), page: pageOf.get("details") },
      { text: "ภาคผนวก" },
      {
        text: `▶ ${tocTitle(`ภาคผนวก ก บัญชีรายการ${round.kind}`)}`,
        page: pageOf.get("appendix"),
        indent: true,
      },
    ],
  };
  const front: DocumentPart[] = [
    part("cover", message("ปก", "Cover"), "portrait", false, [
      [
        { kind: "title", text: title },
        { kind: "title", text: profile.organisation },
        { kind: "center", text: `อำเภอ${profile.district} จังหวัด${profile.province}` },
      ],
    ]),
    part("announcement", message("ประกาศ", "Announcement"), "portrait", false, [
      [
        { kind: "title", text: `ประกาศ${profile.organisation}` },
        { kind: "center", text: `เรื่อง ประกาศใช้${title}` },
        ...announcementParagraphs(profile, planName, round, announcedOn).map((text): Block => ({
          kind: "paragraph",
          text,
        })),
        { kind: "signature", text: `(${profile.executiveName})` },
        { kind: "signature", text: profile.executiveTitle },
      ],
    ]),
    part("contents", message("สารบัญ", "Contents"), "portrait", false, [
      [{ kind: "title", text: "สารบัญ" }, contents],
    ]),
  ];
  return { round, title, parts: [...front, ...body], warnings };
}

/** The document as lines of text, tables a row to a line with tabs between cells: for the preview and tests. */
export function documentLines(document: RoundDocument): string[] {
  return document.parts.flatMap((p) =>
    p.blocks.flatMap((block): string[] => {
      switch (block.kind) {
        case "pageBreak":
          return [];
        case "bullet":
          return [`- ${block.text}`];
        case "contents":
          return [
            "\tหน้า",
            ...block.entries.map((e) => `${e.text}\t${e.page ? toThaiDigits(String(e.page)) : ""}`),
          ];
        case "table":
          return [...block.header, ...block.rows].map((row) =>
            row.map((c) => String(c ?? "")).join("\t")
          );
        default:
          return [block.text];
      }
    })
  );
}
