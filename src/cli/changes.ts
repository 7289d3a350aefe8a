import { readFileSync } from "fs";
import { parseRound, planError, type AmendmentRequest, type ProjectQuery } from "../plan";

/**
 * Reads CHANGES.json for `local-plan amend`:
 * {"round":"2/2566","approvedOn":"2023-07-17","changes":[{"project":"…","move":{"from":2566,"to":2567,"amount":300000},
 *  "reason":"…","was":{"document":"เพิ่มเติม ครั้งที่ 1/2566","page":11,"order":1},"now":{"page":6,"order":1}}]}
 */
export function readChanges(file: string): AmendmentRequest[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw planError(
      `อ่านไฟล์การแก้ไข ${file} ไม่ได้: ${(error as Error).message}`,
      `Cannot read the changes file ${file}: ${(error as Error).message}`
    );
  }
  const bad = (what: string, en: string) =>
    planError(`ไฟล์การแก้ไข ${file}: ${what}`, `Changes file ${file}: ${en}`);
  const root = data as { round?: unknown; approvedOn?: unknown; changes?: unknown };
  if (
    typeof root !== "object" ||
    root === null ||
    !Array.isArray(root.changes) ||
    root.changes.length === 0
  ) {
    throw bad("ต้องมี changes เป็นรายการอย่างน้อยหนึ่งรายการ", 'needs a non-empty "changes" list');
  }
  const round = parseRound(String(root.round ?? ""));
  let approvedOn: Date | undefined;
  if (root.approvedOn !== undefined) {
    approvedOn = new Date(`${String(root.approvedOn)}T00:00:00Z`);
    if (Number.isNaN(approvedOn.getTime()))
      throw bad(
        `วันที่อนุมัติ "${String(root.approvedOn)}" ไม่ถูกต้อง (ปปปป-ดด-วว)`,
        `approvedOn "${String(root.approvedOn)}" is not a date (YYYY-MM-DD)`
      );
  }
  return root.changes.map((change: Record<string, unknown>, i: number) => {
    const n = i + 1;
    const move = change?.move as { from?: unknown; to?: unknown; amount?: unknown } | undefined;
    const was = change?.was as { document?: unknown; page?: unknown; order?: unknown } | undefined;
    const now = (change?.now ?? {}) as { page?: unknown; order?: unknown };
    if (!change?.project) throw bad(`รายการที่ ${n} ไม่ได้ระบุ project`, `change ${n} names no project`);
    if (!move || move.from === undefined || move.to === undefined)
      throw bad(
        `รายการที่ ${n} ต้องมี move.from และ move.to`,
        `change ${n} needs move.from and move.to`
      );
    if (!was?.document)
      throw bad(`รายการที่ ${n} ต้องมี was.document`, `change ${n} needs was.document`);
    const whole = (value: unknown) => (value === undefined ? undefined : Number(value));
    return {
      round,
      approvedOn,
      project: change.project as ProjectQuery,
      from: move.from,
      to: move.to,
      amount: move.amount,
      reason: typeof change.reason === "string" ? change.reason : undefined,
      was: { document: String(was.document), page: whole(was.page), order: whole(was.order) },
      now: { page: whole(now.page), order: whole(now.order) },
    };
  });
}
