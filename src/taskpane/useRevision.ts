import * as React from "react";
import { applyRevision } from "../excel/amend";
import { WriteStopped } from "../excel/revert";
import { selectedRow } from "../excel/selection";
import { findProject, type BookSnapshot, type Plan, type Project } from "../plan";
import {
  afterApplied,
  emptyForm,
  joinRound,
  ofKind,
  roundOffer,
  toRevision,
  withProject,
  withReason,
  type AmendmentForm,
  type RevisionKind,
} from "./amendmentForm";
import type { Outcome } from "./AmendmentResult";
import { errorMessage } from "./errors";

/* global Excel */

/**
 * The amendment form's state and the Excel work behind its buttons (the only Excel.run of the amendment tab):
 * the selected row, the preview (checked, nothing written) and the revision written in one batch.
 */
export function useRevision(book: BookSnapshot, plan: Plan, today: Date, onApplied: () => void) {
  const [form, setForm] = React.useState<AmendmentForm>(() => emptyForm(book, plan, today));
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: "none" });
  const [busy, setBusy] = React.useState(false);
  const offer = roundOffer(book, form);

  const update = (next: (f: AmendmentForm) => AmendmentForm) => {
    setForm(next);
    setOutcome({ kind: "none" });
  };
  const set = (change: Partial<AmendmentForm>) =>
    // A change of the round is a new choice: the offer to add to a recorded round is made again.
    update((f) => ({ ...f, ...change, ...("round" in change ? { joinRound: false } : {}) }));
  const choose = (project: Project) => update((f) => withProject(f, plan, project));
  const kind = (k: RevisionKind) => update((f) => ofKind(f, k, book, plan, today));
  const join = () => offer && update((f) => joinRound(f, offer));

  const fromSelection = async () => {
    try {
      const where = await Excel.run((context) => selectedRow(context));
      const project = findProject(plan, where);
      choose(project);
      return project;
    } catch (error) {
      setOutcome({ kind: "error", message: errorMessage(error) });
      return undefined;
    }
  };

  const preview = () => {
    const filled = withReason(form);
    setForm(filled);
    try {
      setOutcome({ kind: "preview", amendment: toRevision(book, filled, plan, "preview") });
    } catch (error) {
      setOutcome({ kind: "error", message: errorMessage(error) });
    }
  };

  const apply = async () => {
    setBusy(true);
    try {
      const id = `${today.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const revision = toRevision(book, form, plan, id);
      const result = await Excel.run((context) =>
        applyRevision(context, book, revision, { id, at: new Date(), plan })
      );
      setOutcome({ kind: "applied", amendment: result.plan });
      setForm(afterApplied);
      onApplied();
    } catch (error) {
      setOutcome({ kind: "error", message: errorMessage(error) });
      // Excel stopped the write: the book is read again, so History shows what stands (an unfinished entry).
      if (error instanceof WriteStopped) onApplied();
    } finally {
      setBusy(false);
    }
  };

  return { form, set, choose, kind, join, offer, outcome, busy, fromSelection, preview, apply };
}
