import type { BookSnapshot } from "../model";
import { readPlan } from "../reader";
import { planAddition, type AdditionRequest } from "./addition";
import { planAmendment, type AmendmentRequest } from "./budgetMove";
import { planChange, type ChangeRequest } from "./change";
import { planRelocation, type RelocationRequest } from "./relocation";
import type { PlannedRevision } from "./revision";

/** A revision of any kind, as the command and the pane ask for it; the kind names its planner. */
export type RevisionRequest =
  | { kind: "move"; request: AmendmentRequest }
  | { kind: "change"; request: ChangeRequest }
  | { kind: "add"; request: AdditionRequest }
  | { kind: "relocate"; request: RelocationRequest };

/** Plans a revision of whichever kind it is: checked and worked out, nothing written. */
export function planRevision(
  book: BookSnapshot,
  revision: RevisionRequest,
  id: string,
  plan = readPlan(book.sheets)
): PlannedRevision {
  switch (revision.kind) {
    case "move":
      return planAmendment(book, revision.request, id, plan);
    case "change":
      return planChange(book, revision.request, id, plan);
    case "add":
      return planAddition(book, revision.request, id, plan);
    case "relocate":
      return planRelocation(book, revision.request, id, plan);
  }
}
