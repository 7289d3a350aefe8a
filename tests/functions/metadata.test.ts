import { readFileSync } from "fs";
import { generateMetadata, METADATA_FILE } from "../../scripts/generate-metadata";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    options?: Record<string, boolean>;
    parameters: {
      name: string;
      description: string;
      optional?: boolean;
      dimensionality?: string;
    }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

describe("custom-function metadata (functions.json)", () => {
  let generated: Metadata;
  beforeAll(async () => {
    generated = JSON.parse(await generateMetadata());
  }, 60000);

  it("lists every PLAN function with its parameters and descriptions", () => {
    const byId = Object.fromEntries(generated.functions.map((f) => [f.id, f]));
    expect(Object.keys(byId).sort()).toEqual([
      "BUDGET",
      "CHECK",
      "COUNT",
      "NUMBER",
      "SUMMARY",
      "THAINUM",
    ]);
    const params = (id: string) => byId[id].parameters.map((p) => [p.name, p.optional === true]);
    expect(params("BUDGET")).toEqual([
      ["plan", false],
      ["strategy", true],
      ["year", true],
      ["workPlan", true],
    ]);
    expect(params("COUNT")).toEqual(params("BUDGET"));
    expect(params("SUMMARY")).toEqual([
      ["plan", false],
      ["thaiDigits", true],
    ]);
    expect(params("THAINUM")).toEqual([["number", false]]);
    expect(params("NUMBER")).toEqual([["text", false]]);
    expect(params("CHECK")).toEqual([["plan", false]]);
    for (const f of generated.functions) {
      expect(f.description.length).toBeGreaterThan(10);
      for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(3);
    }
    expect(byId.BUDGET.parameters[0].dimensionality).toBe("matrix");
    expect(byId.SUMMARY.result.dimensionality).toBe("matrix");
    expect(byId.CHECK.options?.requiresParameterAddresses).toBe(true);
  });

  it("is the file the emulator registers (run `npm run metadata` after changing the JSDoc)", () => {
    expect(JSON.parse(readFileSync(METADATA_FILE, "utf8"))).toEqual(generated);
  });
});
