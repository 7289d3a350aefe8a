import {
  checkAnnouncement,
  checkApprovalInPlan,
  checkApprovalOrder,
  checkRound,
  checkRoundOpen,
  checkRoundYear,
  checkSameApproval,
  DEFAULT_REASON,
  message,
  originalPlanDocument,
  parseRound,
  placementWords,
  parseThaiDate,
  readPlan,
  reasonOrStandard,
  roundInUse,
  wholeBaht,
  type Plan,
  type RegisteredRound,
} from "../../src/plan";
import { seedBefore } from "../fixtures/seed";

const plan: Plan = readPlan([{ sheet: "ผ.02", values: seedBefore() }]);
const amount = message("งบประมาณปี 2567", "The 2567 budget");
const date = parseThaiDate;
const register: RegisteredRound[] = [
  { round: parseRound("1/2566"), approvedOn: date("6/2/2566"), revisions: 0 },
  { round: parseRound("2/2566"), approvedOn: date("17/7/2566"), revisions: 2 },
  {
    round: parseRound("1/2567", "เพิ่มเติม"),
    approvedOn: date("1/11/2566"),
    documentedOn: date("20/11/2566"),
    revisions: 1,
  },
];

describe("amounts are whole baht", () => {
  it.each([
    [1400000, 1400000],
    ["1,400,000", 1400000],
    ["๕๐๐,๐๐๐", 500000],
    ["100.00", 100],
    [0, 0],
  ])("%p is %p baht", (typed, baht) => expect(wholeBaht(typed, amount)).toBe(baht));

  it.each([
    [0.005, /"0.005" มีเศษสตางค์.*whole baht/],
    ["100.50", /"100.50" มีเศษสตางค์.*satang/],
    [1e20, /เกิน ๑,๐๐๐,๐๐๐,๐๐๐,๐๐๐ บาท.*beyond any project's budget/],
    [[100000], /"\[100000\]" ไม่ใช่ตัวเลข.*not a number/],
    [null, /"null" ไม่ใช่ตัวเลข.*not a number/],
    [-5, /ติดลบ.*negative/],
    ["หนึ่งล้าน", /ไม่ใช่ตัวเลข/],
  ])("%p is refused with the reason", (typed, reason) => {
    expect(() => wholeBaht(typed, amount)).toThrow(/งบประมาณปี 2567/);
    expect(() => wholeBaht(typed, amount)).toThrow(reason);
  });
});

describe("a round and its dates", () => {
  it("the round's year lies within the plan (2566–2570)", () => {
    expect(() => checkRoundYear(plan, parseRound("1/2566"))).not.toThrow();
    expect(() => checkRoundYear(plan, parseRound("1/2575"))).toThrow(
      /แก้ไข ครั้งที่ ๑\/๒๕๗๕ อยู่นอกแผน.*๒๕๖๖–๒๕๗๐.*outside the plan.*2566–2570/
    );
    expect(() => checkRoundYear(plan, parseRound("2/2565"))).toThrow(/อยู่นอกแผน/);
  });

  it("the approval lies within the plan's fiscal years", () => {
    expect(() => checkApprovalInPlan(plan, date("1/10/2565"))).not.toThrow();
    expect(() => checkApprovalInPlan(plan, date("30/9/2570"))).not.toThrow();
    expect(() => checkApprovalInPlan(plan, date("17/7/2580"))).toThrow(
      /วันที่เห็นชอบ ๑๗\/๗\/๒๕๘๐ อยู่นอกช่วงของแผน \(๑\/๑๐\/๒๕๖๕ ถึง ๓๐\/๙\/๒๕๗๐\).*outside the plan/
    );
    expect(() => checkApprovalInPlan(plan, date("1/1/2500"))).toThrow(/นอกช่วงของแผน/);
  });

  it("a round is not approved before an earlier round of its kind", () => {
    const third = parseRound("3/2566");
    expect(() => checkApprovalOrder(register, third, date("1/8/2566"))).not.toThrow();
    expect(() => checkApprovalOrder(register, third, date("1/7/2566"))).toThrow(
      /ก่อนแก้ไข ครั้งที่ ๒\/๒๕๖๖ ซึ่งเห็นชอบเมื่อ ๑๗\/๗\/๒๕๖๖.*before แก้ไข ครั้งที่ 2\/2566/
    );
    // Another kind is numbered and dated on its own.
    const addition = parseRound("1/2566", "เพิ่มเติม");
    expect(() => checkApprovalOrder(register, addition, date("1/1/2566"))).not.toThrow();
  });

  it("a round already recorded keeps its approval date", () => {
    const second = parseRound("2/2566");
    expect(() => checkSameApproval(register, second, date("17/7/2566"))).not.toThrow();
    expect(() => checkSameApproval(register, second, date("18/7/2566"))).toThrow(
      /บันทึกไว้แล้วว่าเห็นชอบเมื่อ ๑๗\/๗\/๒๕๖๖ ไม่ใช่ ๑๘\/๗\/๒๕๖๖.*approved on 17\/7\/2566, not 18\/7\/2566/
    );
  });

  it("the announcement is not before the approval", () => {
    expect(() => checkAnnouncement(date("17/7/2566"), date("17/7/2566"))).not.toThrow();
    expect(() => checkAnnouncement(date("17/7/2566"), date("16/7/2566"))).toThrow(
      /วันที่ประกาศ ๑๖\/๗\/๒๕๖๖ ก่อนวันที่เห็นชอบ ๑๗\/๗\/๒๕๖๖.*before the approval/
    );
  });

  it("a round whose document was built takes no more revisions, and names the next", () => {
    expect(() => checkRoundOpen(register, parseRound("2/2566"))).not.toThrow();
    expect(() => checkRoundOpen(register, parseRound("1/2567", "เพิ่มเติม"))).toThrow(
      /จัดทำเอกสารของเพิ่มเติม ครั้งที่ ๑\/๒๕๖๗แล้วเมื่อ ๒๐\/๑๑\/๒๕๖๖: บันทึกเป็นเพิ่มเติม ครั้งที่ ๒\/๒๕๖๗แทน/
    );
  });

  it("a round number in use is found with its date, to offer adding to it", () => {
    expect(roundInUse(register, parseRound("2/2566"))?.approvedOn).toEqual(date("17/7/2566"));
    expect(roundInUse(register, parseRound("3/2566"))).toBeUndefined();
  });

  it("all together: the register's date serves a revision that gives none", () => {
    expect(checkRound(plan, register, parseRound("2/2566"), undefined)).toEqual(date("17/7/2566"));
    expect(checkRound(plan, register, parseRound("3/2566"), undefined)).toBeUndefined();
    expect(() => checkRound(plan, register, parseRound("2/2566"), date("1/1/2567"))).toThrow(
      /บันทึกไว้แล้ว/
    );
  });
});

describe("the reason", () => {
  it("an empty reason is the standard wording, said to be so", () => {
    expect(reasonOrStandard("  ")).toEqual({ reason: DEFAULT_REASON, standard: true });
    expect(reasonOrStandard("ราคาวัสดุสูงขึ้น")).toEqual({
      reason: "ราคาวัสดุสูงขึ้น",
      standard: false,
    });
  });
});

describe("the เดิม of a project from the original plan", () => {
  it("is offered as the plan itself and written once in the appendix text", () => {
    expect(originalPlanDocument(plan)).toBe("แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)");
    const words = placementWords(plan, { document: originalPlanDocument(plan), page: 8, order: 1 });
    expect(words).toBe("ปรากฏในแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖-๒๕๗๐) หน้า ๘ ลำดับที่ ๑");
    expect(placementWords(plan, { document: "เพิ่มเติม ครั้งที่ 1/2566" })).toBe(
      "ปรากฏในแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖-๒๕๗๐) เพิ่มเติม ครั้งที่ ๑/๒๕๖๖"
    );
    // Another plan's span is that plan, kept as typed.
    expect(placementWords(plan, { document: "แผนพัฒนาท้องถิ่น (พ.ศ. 2561-2565)" })).toMatch(
      /\(พ\.ศ\. ๒๕๖๖-๒๕๗๐\) แผนพัฒนาท้องถิ่น \(พ\.ศ\. ๒๕๖๑-๒๕๖๕\)$/
    );
  });
});
