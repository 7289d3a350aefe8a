import { readFileSync } from "fs";

const readme = readFileSync("README.md", "utf8");
const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts);
const functions = JSON.parse(readFileSync("src/functions/functions.json", "utf8")).functions.map(
  (f: { id: string }) => f.id
);

describe("README, a newcomer's page that stays true", () => {
  it("names scripts that exist", () => {
    const named = [...readme.matchAll(/npm run ([a-z0-9:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    for (const name of named) expect([name, scripts.includes(name)]).toEqual([name, true]);
    for (const name of ["start", "test"]) {
      expect(readme).toContain(`npm ${name}`);
      expect(scripts).toContain(name);
    }
  });

  it("shows every PLAN function and the command", () => {
    for (const id of functions) expect(readme).toContain(`PLAN.${id}(`);
    expect(readme).toMatch(/local-plan summary/);
    expect(readme).toMatch(/local-plan amend/);
  });

  it("is a page, not a mangled file", () => {
    expect(readme.split("\n").length).toBeLessThan(400);
    expect(readme.startsWith("# ")).toBe(true);
  });
});
