import { PlanError } from "../plan";

/** Any error as a message the pane can show: plan errors carry their Thai and English; others their text. */
export function errorMessage(error: unknown): { th: string; en: string } {
  if (error instanceof PlanError) return error.detail;
  const text = error instanceof Error ? error.message : String(error);
  return { th: `เกิดข้อผิดพลาดจาก Excel: ${text}`, en: `Excel reported an error: ${text}` };
}
