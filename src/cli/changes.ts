import {
  parseRound,
  parseThaiDate,
  placeNumber,
  planError,
  type PlanError,
  type AdditionRequest,
  type ProjectQuery,
  type RevisionRequest,
  type TextField,
} from "../plan";
import { readJson } from "./files";

/**
 * Reads CHANGES.json for `local-plan amend`. The kind is แก้ไข unless "kind" says เปลี่ยนแปลง:
 * {"round":"2/2566","approvedOn":"17/7/2566","changes":[{"project":"…","move":{"from":2566,"to":2567,"amount":300000},
 *  "reason":"…","was":{"document":"เพิ่มเติม ครั้งที่ 1/2566","page":11,"order":1},"now":{"page":6,"order":1}}]}
 * {"kind":"เปลี่ยนแปลง","round":"1/2567","changes":[{"project":"…","set":{"target":"…"},"budgets":{"2568":500000},
 *  "was":{…},"now":{…}}]}
 * {"kind":"เพิ่มเติม","round":"1/2567","changes":[{"tactic":"6.2","workPlan":"แผนงาน…","project":{"name":"…"},
 *  "budgets":{"2568":500000}}]}
 * An แก้ไข change may move the project to another tactic and work plan instead of between years:
 *  {"project":"…","moveTo":{"tactic":"6.2","workPlan":"แผนงาน…"},"was":{…},"now":{…}}
 */
export function readChanges(file: string): RevisionRequest[] {
  const data = readJson(file, { th: "ไฟล์การแก้ไข", en: "changes file" });
  const bad = (what: string, en: string) =>
    planError(`ไฟล์การแก้ไข ${file}: ${what}`, `Changes file ${file}: ${en}`);
  const root = data as { kind?: unknown; round?: unknown; approvedOn?: unknown; changes?: unknown };
  if (
    typeof root !== "object" ||
    root === null ||
    !Array.isArray(root.changes) ||
    root.changes.length === 0
  ) {
    throw bad("ต้องมี changes เป็นรายการอย่างน้อยหนึ่งรายการ", 'needs a non-empty "changes" list');
  }
  const kind = String(root.kind ?? "แก้ไข");
  if (kind !== "แก้ไข" && kind !== "เปลี่ยนแปลง" && kind !== "เพิ่มเติม") {
    throw bad(
      `kind "${kind}" ไม่รู้จัก (ได้: แก้ไข, เปลี่ยนแปลง, เพิ่มเติม)`,
      `kind "${kind}" is not known (แก้ไข, เปลี่ยนแปลง, เพิ่มเติม are)`
    );
  }
  const round = parseRound(String(root.round ?? ""), kind);
  const approvedOn =
    root.approvedOn === undefined ? undefined : parseThaiDate(String(root.approvedOn));
  return root.changes.map((change: Record<string, unknown>, i: number) => {
    const n = i + 1;
    const budgets = change?.budgets;
    if (
      budgets !== undefined &&
      (typeof budgets !== "object" || budgets === null || Array.isArray(budgets))
    ) {
      throw bad(
        `รายการที่ ${n}: budgets ต้องเป็น {"ปี": งบประมาณ} เช่น {"2568": 500000}`,
        `change ${n}: budgets must be {"year": amount}, e.g. {"2568": 500000}`
      );
    }
    const move = change?.move as { from?: unknown; to?: unknown; amount?: unknown } | undefined;
    const was = change?.was as { document?: unknown; page?: unknown; order?: unknown } | undefined;
    const now = (change?.now ?? {}) as { page?: unknown; order?: unknown };
    if (kind === "เพิ่มเติม") {
      const project = change?.project as AdditionRequest["project"] | undefined;
      if (!project?.name || !change.tactic || !change.workPlan)
        throw bad(
          `รายการที่ ${n} ต้องมี tactic, workPlan และ project.name`,
          `change ${n} needs tactic, workPlan and project.name`
        );
      return {
        kind: "add" as const,
        request: {
          round,
          approvedOn,
          tactic: String(change.tactic),
          workPlan: String(change.workPlan),
          project,
          budgets: (budgets ?? {}) as Record<string, unknown>,
        },
      };
    }
    if (!change?.project) throw bad(`รายการที่ ${n} ไม่ได้ระบุ project`, `change ${n} names no project`);
    if (!isProjectQuery(change.project)) {
      throw bad(
        `รายการที่ ${n}: project ${JSON.stringify(change.project)} ต้องเป็นชื่อโครงการ (ข้อความในเครื่องหมายคำพูด) หรือ {"strategy","workPlan","order"}`,
        `change ${n}: project ${JSON.stringify(change.project)} must be the project's name (a quoted text) or {"strategy","workPlan","order"}`
      );
    }
    // A page or ลำดับที่ refused in the core's words, named by its place in the file.
    const placed = (value: unknown, side: "was" | "now", field: "page" | "order") => {
      try {
        return placeNumber(value, side, field);
      } catch (error) {
        const { th, en } = (error as PlanError).detail;
        throw bad(`รายการที่ ${n}: ${th}`, `change ${n}: ${en}`);
      }
    };
    const common = {
      round,
      approvedOn,
      project: change.project,
      reason: typeof change.reason === "string" ? change.reason : undefined,
      was: {
        // Left out, it is refused when planned, in the words the pane's empty field meets.
        document: String(was?.document ?? ""),
        page: placed(was?.page, "was", "page"),
        order: placed(was?.order, "was", "order"),
      },
      now: {
        page: placed(now.page, "now", "page"),
        order: placed(now.order, "now", "order"),
      },
    };
    if (kind === "เปลี่ยนแปลง") {
      const set = change.set as Partial<Record<TextField, string>> | undefined;
      return {
        kind: "change" as const,
        request: { ...common, set, budgets: budgets as Record<string, unknown> | undefined },
      };
    }
    const moveTo = change.moveTo as { tactic?: unknown; workPlan?: unknown } | undefined;
    if (moveTo) {
      if (!moveTo.tactic || !moveTo.workPlan)
        throw bad(
          `รายการที่ ${n} ต้องมี moveTo.tactic และ moveTo.workPlan`,
          `change ${n} needs moveTo.tactic and moveTo.workPlan`
        );
      return {
        kind: "relocate" as const,
        request: { ...common, tactic: String(moveTo.tactic), workPlan: String(moveTo.workPlan) },
      };
    }
    if (!move || move.from === undefined || move.to === undefined)
      throw bad(
        `รายการที่ ${n} ต้องมี move.from และ move.to`,
        `change ${n} needs move.from and move.to`
      );
    return {
      kind: "move" as const,
      request: { ...common, from: move.from, to: move.to, amount: move.amount },
    };
  });
}

const isPlace = (v: unknown) => typeof v === "string" || typeof v === "number";

function isProjectQuery(query: unknown): query is ProjectQuery {
  if (typeof query === "string") return query.trim() !== "";
  if (typeof query !== "object" || query === null) return false;
  const q = query as Record<string, unknown>;
  return (
    (isPlace(q.strategy) && typeof q.workPlan === "string" && isPlace(q.order)) ||
    (typeof q.sheet === "string" && typeof q.row === "number")
  );
}

/** The project a change names, as the user named it, for messages about that change. */
export function changeProject(revision: RevisionRequest): string {
  const query = revision.kind === "add" ? revision.request.project.name : revision.request.project;
  if (typeof query === "string") return query;
  return "row" in query
    ? `${query.sheet}!${query.row + 1}`
    : `ยุทธศาสตร์ ${query.strategy} ${query.workPlan} ลำดับ ${query.order}`;
}
