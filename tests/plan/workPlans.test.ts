import { nearestWorkPlan, standardWorkPlan, workPlanKey } from "../../src/plan/workPlans";

describe("work plans as staff type them", () => {
  it.each([
    ["แผนงานการศึกษา"],
    ["แผนงาน : การศึกษา"],
    ["แผนงาน: การศึกษา"],
    ["ผง.การศึกษา"],
    ["แผนงานการ ศึกษา"],
    ["การศึกษา"],
  ])("knows %p as แผนงานการศึกษา", (typed) => {
    expect(standardWorkPlan(typed)).toBe("แผนงานการศึกษา");
    expect(workPlanKey(typed)).toBe("แผนงานการศึกษา");
  });

  it("keeps a misspelt name as typed, and suggests the nearest standard one", () => {
    expect(standardWorkPlan("แผนงานคณะและชุมชน")).toBeUndefined();
    expect(workPlanKey(" แผนงานคณะและชุมชน ")).toBe("แผนงานคณะและชุมชน");
    expect(nearestWorkPlan("แผนงานคณะและชุมชน")).toBe("แผนงานเคหะและชุมชน");
    expect(standardWorkPlan("แผนงานรักษาความสงบภายใน")).toBe("แผนงานการรักษาความสงบภายใน");
  });
});
