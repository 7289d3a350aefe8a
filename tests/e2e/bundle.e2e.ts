import { existsSync, readFileSync } from "fs";
import { BUILD_OUTPUTS } from "../../scripts/manifestChecks";

/** The build as Excel receives it. */
describe("the bundles Excel loads", () => {
  it("hold no HyperFormula (GPL-3.0) and no ExcelJS (nor does document.html's): those are for the workbench and the command line only", () => {
    for (const file of ["dist/taskpane.js", "dist/functions.js", "dist/document.js"]) {
      const code = readFileSync(file, "utf8");
      expect([file, /hyperformula/i.test(code), /exceljs/i.test(code)]).toEqual([
        file,
        false,
        false,
      ]);
    }
  });

  it("has every file the manifest names, and the metadata the emulator registers", () => {
    for (const file of BUILD_OUTPUTS)
      expect([file, existsSync(`dist/${file}`)]).toEqual([file, true]);
    expect(JSON.parse(readFileSync("dist/functions.json", "utf8"))).toEqual(
      JSON.parse(readFileSync("src/functions/functions.json", "utf8"))
    );
  });
});
