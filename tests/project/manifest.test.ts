import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { BUILD_OUTPUTS, checkManifest } from "../../scripts/manifestChecks";

const xml = readFileSync("manifest.xml", "utf8");

describe("manifest.xml, validated offline", () => {
  it("passes every offline check", () => {
    expect(checkManifest(xml)).toEqual([]);
  });

  it("is read by office-addin-manifest as an Excel task pane add-in with the PLAN namespace", () => {
    // office-addin-manifest loads an ES module that jest's CommonJS runtime cannot, so it runs in node itself.
    const read =
      "require('office-addin-manifest').OfficeAddinManifest.readManifestFile('manifest.xml').then((i) => console.log(JSON.stringify(i)))";
    const info = JSON.parse(execFileSync(process.execPath, ["-e", read], { encoding: "utf8" }));
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.displayName).toBe("Local Development Plan");
    expect(xml).toContain('<bt:String id="Functions.Namespace" DefaultValue="PLAN"/>');
    expect(xml).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(xml).toMatch(/<Override Locale="th-TH" Value="แผนพัฒนาท้องถิ่น"\/>/);
  });

  it("catches what it is there to catch", () => {
    expect(checkManifest(xml.replace("</OfficeApp>", ""))[0]).toMatch(/not well-formed/);
    expect(checkManifest(xml.replace(' id="Icon.80x80"', ' id="Icon.32x32"'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/id Icon.32x32 is used 2 times/),
        expect.stringMatching(/resid Icon.80x80/),
      ])
    );
    expect(checkManifest(xml.replace("functions.json", "function.json"))).toEqual([
      expect.stringMatching(/function.json, which the build does not write/),
    ]);
    expect(
      checkManifest(
        xml
          .replace(/<Permissions>.*<\/Permissions>\n\s*/, "")
          .replace("<Hosts>", "<Permissions>ReadWriteDocument</Permissions><Hosts>")
      )[0]
    ).toMatch(/schema order/);
    // A required element missing is named; an optional one may be left out.
    const without = (element: string) =>
      checkManifest(xml.replace(new RegExp(`\\s*<${element}[ >][^\\n]*`), ""));
    expect(without("Permissions")).toEqual(["missing Permissions"]);
    expect(without("SupportUrl")).toEqual([]);
  });

  it("names only files the build writes, and the icons exist", () => {
    for (const file of BUILD_OUTPUTS.filter((f) => f.startsWith("assets/")))
      expect(readFileSync(file).length).toBeGreaterThan(50);
  });
});
