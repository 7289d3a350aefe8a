import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import { MINIMUM_EXCEL_API } from "../../src/excel/cells";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const later = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
};

describe("the requirement sets the add-in declares", () => {
  it("are in the manifest: the shared runtime and the ExcelApi its core path needs (tests/excel/hostLevels runs it there)", () => {
    const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      readFileSync("manifest.xml", "utf8")
    );
    const sets = [manifest.OfficeApp.Requirements.Sets.Set].flat();
    expect(sets.map((s: { Name: string; MinVersion: string }) => [s.Name, s.MinVersion])).toEqual([
      ["SharedRuntime", "1.1"],
      ["ExcelApi", MINIMUM_EXCEL_API],
    ]);
  });

  it("are asked for at run time only above that minimum, where a guard can do something", () => {
    const asked = sources("src").flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/apiSupported\("([\d.]+)"\)/g)].map((m) => [
        file,
        m[1],
      ])
    );
    expect(asked.length).toBeGreaterThan(0);
    for (const [file, version] of asked)
      expect([file, version, later(version, MINIMUM_EXCEL_API)]).toEqual([file, version, true]);
  });
});
