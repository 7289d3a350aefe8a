import {
  budgetIn,
  bookRounds,
  DEFAULT_REASON,
  foldText,
  originalPlanDocument,
  reasonOrStandard,
  roundInUse,
  roundRegister,
  shortThaiDate as shortDate,
  formatAmount,
  planRevision,
  STANDARD_WORK_PLANS,
  toThaiDigits,
  tryParseAmount,
  type PlannedRevision,
  type RevisionRequest,
  type Round,
  type TextField,
  fiscalYearOf,
  parseRound,
  parseThaiDate,
  shortThaiDate,
  nextRound,
  planError,
  placeNumber,
  projectTexts,
  roundLabel,
  type AmendmentRequest,
  type RegisteredRound,
  type BookSnapshot,
  type Plan,
  type Project,
} from "../plan";

/**
 * The amendment form's state and rules, kept out of the React components: the defaults a planning officer
 * expects, and the conversion to the request the command line's `amend` also takes.
 */
/** What the form records; "ย้ายแผนงาน" moves a project to another tactic or work plan, in an แก้ไข round. */
export type RevisionKind = "แก้ไข" | "เปลี่ยนแปลง" | "เพิ่มเติม" | "ย้ายแผนงาน";

export const ROUND_KIND: Record<RevisionKind, Round["kind"]> = {
  แก้ไข: "แก้ไข",
  เปลี่ยนแปลง: "เปลี่ยนแปลง",
  เพิ่มเติม: "เพิ่มเติม",
  ย้ายแผนงาน: "แก้ไข",
};

export interface AmendmentForm {
  /** แก้ไข moves a budget between years; เปลี่ยนแปลง changes the project's details and budgets. */
  kind: RevisionKind;
  /** "sheet!row" of the chosen project. */
  project: string;
  /** เปลี่ยนแปลง, เพิ่มเติม: the project's texts and budgets as they are to be (filled from a chosen project). */
  texts: Record<TextField, string>;
  budgets: Record<string, string>;
  /** เพิ่มเติม: where the new project goes, "tactic|work plan". */
  place: string;
  from: string;
  to: string;
  /** Empty: the whole budget of the from-year. */
  amount: string;
  round: string;
  /** As staff type it: "17/7/2566" (Buddhist era), also "๑๗ ก.ค. ๒๕๖๖" or ISO. */
  approvedOn: string;
  reason: string;
  /** The reason field holds the standard wording because it was left empty (the pane says so). */
  standardReason: boolean;
  /** The round's number is one already recorded, and the user chose to add this revision to it. */
  joinRound: boolean;
  wasDocument: string;
  wasPage: string;
  wasOrder: string;
  nowPage: string;
  nowOrder: string;
}

export const projectKey = (p: Project) => `${p.sheet}!${p.row}`;

export function projectByKey(plan: Plan, key: string): Project | undefined {
  return plan.projects.find((p) => projectKey(p) === key);
}

/**
 * The round to propose: the next amendment after the last one recorded in the log or named in the book (titles,
 * marker rows, the text boxes over amended projects).
 */
export function proposedRound(
  book: BookSnapshot,
  plan: Plan,
  today: Date,
  kind: RevisionKind = "แก้ไข"
): string {
  const round = nextRound(bookRounds(book, plan), fiscalYearOf(today), ROUND_KIND[kind]);
  return `${round.number}/${round.year}`;
}

const NO_TEXTS: Record<TextField, string> = {
  name: "",
  objective: "",
  target: "",
  kpi: "",
  outcome: "",
  unit: "",
};

/**
 * The form switched to another kind: its own next round; a new project (เพิ่มเติม) starts blank, a change
 * (เปลี่ยนแปลง) starts from the chosen project as it stands.
 */
export function ofKind(
  form: AmendmentForm,
  kind: RevisionKind,
  book: BookSnapshot,
  plan: Plan,
  today: Date
): AmendmentForm {
  const next = { ...form, kind, round: proposedRound(book, plan, today, kind) };
  if (kind === "เพิ่มเติม") return { ...next, texts: NO_TEXTS, budgets: {} };
  const project = projectByKey(plan, form.project);
  return project ? { ...withProject(next, plan, project), round: next.round } : next;
}

/**
 * The form once a revision is recorded: a new project's fields start blank again (its budgets must not slip into
 * the next one), while the round and the place stay for the next project of the round.
 */
export function afterApplied(form: AmendmentForm): AmendmentForm {
  // The next revision of the session goes into the same round, and the pane shows that it does.
  const next = { ...form, joinRound: true };
  return form.kind === "เพิ่มเติม" ? { ...next, texts: NO_TEXTS, budgets: {} } : next;
}

export function emptyForm(book: BookSnapshot, plan: Plan, today: Date): AmendmentForm {
  return {
    kind: "แก้ไข",
    project: "",
    texts: NO_TEXTS,
    budgets: {},
    place: "",
    from: "",
    to: "",
    amount: "",
    round: proposedRound(book, plan, today),
    approvedOn: shortThaiDate(today),
    reason: DEFAULT_REASON,
    standardReason: false,
    joinRound: false,
    wasDocument: "",
    wasPage: "",
    wasOrder: "",
    nowPage: "",
    nowOrder: "",
  };
}

/** Choosing a project fills in what can be known: its first budgeted year, the next year, where it stands now. */
export function withProject(form: AmendmentForm, plan: Plan, project: Project): AmendmentForm {
  const budgeted = plan.years.filter((y) => budgetIn(project, y) > 0);
  const from = budgeted[0] ?? plan.years[0];
  const to = plan.years.find((y) => y > from) ?? plan.years.find((y) => y !== from) ?? from;
  return {
    ...form,
    project: projectKey(project),
    texts: projectTexts(project),
    budgets: Object.fromEntries(
      plan.years.map((y) => [
        String(y),
        budgetIn(project, y) ? formatAmount(budgetIn(project, y), { thaiDigits: false }) : "0",
      ])
    ),
    from: String(from),
    to: String(to),
    amount: "",
    // A project of the original plan stood in the plan itself.
    wasDocument: project.round || originalPlanDocument(plan),
    wasOrder: project.order,
    nowOrder: project.order,
  };
}

export function toRequest(form: AmendmentForm, plan: Plan): AmendmentRequest {
  const project = projectByKey(plan, form.project);
  if (!project) throw planError("เลือกโครงการที่จะแก้ไข", "Choose the project to amend");
  const approvedOn = form.approvedOn.trim() ? parseThaiDate(form.approvedOn) : undefined;
  return {
    round: form.round,
    approvedOn,
    project: { sheet: project.sheet, row: project.row },
    from: form.from,
    to: form.to,
    amount: form.amount.trim() === "" ? undefined : form.amount,
    reason: form.reason,
    was: {
      document: form.wasDocument,
      page: placeNumber(form.wasPage, "was", "page"),
      order: placeNumber(form.wasOrder, "was", "order"),
    },
    now: {
      page: placeNumber(form.nowPage, "now", "page"),
      order: placeNumber(form.nowOrder, "now", "order"),
    },
  };
}

/** The round the form names, when its number is already recorded: the pane offers to add to it, date shown. */
export function roundOffer(book: BookSnapshot, form: AmendmentForm): RegisteredRound | undefined {
  try {
    return roundInUse(roundRegister(book), parseRound(form.round, ROUND_KIND[form.kind]));
  } catch {
    return undefined; // not a round yet: the preview says why
  }
}

/** Taking the offer: the revision joins the round, with the round's approval date. */
export function joinRound(form: AmendmentForm, offer: RegisteredRound): AmendmentForm {
  return {
    ...form,
    joinRound: true,
    approvedOn: offer.approvedOn ? shortDate(offer.approvedOn) : form.approvedOn,
  };
}

/** An empty reason becomes the standard wording in the field itself, marked so the pane can say so. */
export function withReason(form: AmendmentForm): AmendmentForm {
  if (form.kind === "เพิ่มเติม") return form;
  const { reason, standard } = reasonOrStandard(form.reason);
  return standard ? { ...form, reason, standardReason: true } : form;
}

/** The form as the revision it asks for, planned (checked) but not written. */
export function toRevision(
  book: BookSnapshot,
  form: AmendmentForm,
  plan: Plan,
  id: string
): PlannedRevision {
  return planRevision(book, revisionRequest(book, form, plan), id, plan);
}

/** The form as the request of its kind, refused when the round or the place it needs is not chosen. */
function revisionRequest(book: BookSnapshot, form: AmendmentForm, plan: Plan): RevisionRequest {
  const offer = roundOffer(book, form);
  if (offer && !form.joinRound) {
    const round = roundLabel(offer.round);
    throw planError(
      `${round} มีอยู่แล้ว${offer.approvedOn ? ` (เห็นชอบ ${toThaiDigits(shortDate(offer.approvedOn))})` : ""}: เลือก "เพิ่มใน${round}" หรือใช้ครั้งที่ถัดไป`,
      `${roundLabel(offer.round, false)} is already recorded${offer.approvedOn ? ` (approved ${shortDate(offer.approvedOn)})` : ""}: choose "add to" it or use the next round`
    );
  }
  const [tactic, workPlan] = form.place.split("|");
  if (form.kind === "เพิ่มเติม") {
    if (!tactic)
      throw planError(
        "เลือกกลยุทธ์และแผนงานของโครงการใหม่",
        "Choose the new project's tactic and work plan"
      );
    return {
      kind: "add",
      request: {
        round: parseRound(form.round, "เพิ่มเติม"),
        approvedOn: form.approvedOn.trim() ? parseThaiDate(form.approvedOn) : undefined,
        tactic,
        workPlan,
        project: form.texts,
        budgets: form.budgets,
      },
    };
  }
  const request = toRequest(form, plan);
  if (form.kind === "แก้ไข") return { kind: "move", request };
  if (form.kind === "ย้ายแผนงาน") {
    if (!tactic)
      throw planError("เลือกกลยุทธ์และแผนงานที่จะย้ายไป", "Choose the tactic and work plan to move to");
    return { kind: "relocate", request: { ...request, tactic, workPlan } };
  }
  const project = projectByKey(plan, form.project)!;
  const set = Object.fromEntries(
    (Object.entries(form.texts) as [TextField, string][]).filter(
      ([f, text]) => foldText(text) !== foldText(project[f])
    )
  );
  const budgets = Object.fromEntries(
    Object.entries(form.budgets).filter(
      ([year, text]) => tryParseAmount(text) !== budgetIn(project, Number(year))
    )
  );
  const round = parseRound(form.round, "เปลี่ยนแปลง");
  return { kind: "change", request: { ...request, round, set, budgets } };
}

/**
 * Where a project may go: each tactic and work plan a sheet holds, then each other standard work plan under a
 * tactic the plan knows (a new sheet is made for it).
 */
export function placesOf(plan: Plan): { value: string; label: string; newSheet: boolean }[] {
  const held = new Map<string, string>();
  const tactics = new Set<string>();
  for (const p of plan.projects) {
    if (p.form !== "ผ.02" || !p.tactic) continue;
    tactics.add(p.tactic);
    const value = `${p.tactic}|${p.workPlan}`;
    if (!held.has(value)) held.set(value, `${toThaiDigits(p.tactic)} ${p.workPlan}`);
  }
  const fresh = [...tactics].flatMap((tactic) =>
    STANDARD_WORK_PLANS.filter((w) => !held.has(`${tactic}|${w.name}`)).map((w) => ({
      value: `${tactic}|${w.name}`,
      label: `${toThaiDigits(tactic)} ${w.name}`,
      newSheet: true,
    }))
  );
  return [...[...held].map(([value, label]) => ({ value, label, newSheet: false })), ...fresh];
}
