/**
 * Run by `npm run build` after webpack (and with --check-host before it, to refuse a bad ADDIN_HOST at once).
 * With ADDIN_HOST set, rewrites dist/manifest.xml to name only that host, checks it and the pages, and writes
 * dist/install/: the zip of what the office's web server must carry and the .reg for a shared-folder catalog.
 * Without it, dist/manifest.xml keeps the dev server's URLs (for sideloading `npm run dev-server`) and it says so.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join, relative } from "path";
import {
  CATALOG_PLACEHOLDER,
  CATALOG_REG,
  catalogGuid,
  DEV_HOST,
  GPL_TEXT,
  gplTerms,
  HostBuildError,
  hostedFiles,
  hostManifestProblems,
  HYPERFORMULA_LICENCE,
  IIS_WEB_CONFIG,
  manifestForHost,
  parseAddinHost,
  parseCatalogPath,
  staticPageProblems,
  trustedCatalogReg,
  WEB_ZIP,
  webZip,
} from "./hostBuild";

function filesUnder(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(root, join(folder, entry.name))
      : [relative(root, join(folder, entry.name)).split("\\").join("/")]
  );
}

function write(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const host = parseAddinHost(process.env.ADDIN_HOST);
  const catalog = parseCatalogPath(process.env.ADDIN_CATALOG);
  if (args.includes("--check-host")) return;
  const dist = args.includes("--dist") ? args[args.indexOf("--dist") + 1] : "dist";

  // The workbench page bundles HyperFormula (GPL-3.0): its licence goes wherever the page does.
  const licence = readdirSync("node_modules/hyperformula").find((f) => /^LICENSE/i.test(f));
  if (!licence) throw new Error("node_modules/hyperformula holds no LICENSE file");
  mkdirSync(join(dist, dirname(HYPERFORMULA_LICENCE)), { recursive: true });
  copyFileSync(join("node_modules/hyperformula", licence), join(dist, HYPERFORMULA_LICENCE));
  write(
    join(dist, GPL_TEXT),
    gplTerms(readFileSync("node_modules/jszip/LICENSE.markdown", "utf8"))
  );

  if (!host) {
    console.log(
      `ไม่ได้ตั้ง ADDIN_HOST: ${dist}/manifest.xml ยังชี้ไปที่ ${DEV_HOST} (สำหรับ sideload กับ dev server)\n` +
        `ADDIN_HOST is not set: ${dist}/manifest.xml keeps ${DEV_HOST} (for sideloading the dev server).\n` +
        `For an office's own server: ADDIN_HOST=https://plan.example.go.th/addin/ npm run build (docs/install.md)`
    );
    return;
  }

  const manifest = manifestForHost(readFileSync(join(dist, "manifest.xml"), "utf8"), host);
  write(join(dist, "manifest.xml"), manifest);
  write(join(dist, "web.config"), IIS_WEB_CONFIG);
  const files = filesUnder(dist);
  const problems = [
    ...hostManifestProblems(manifest, host, files),
    ...files
      .filter((f) => f.endsWith(".html"))
      .flatMap((page) => staticPageProblems(page, readFileSync(join(dist, page), "utf8"), files)),
  ];
  if (problems.length > 0) {
    console.error(
      `สร้างไม่สำเร็จ / build refused (${problems.length}):\n${problems.map((p) => `  - ${p}`).join("\n")}`
    );
    process.exit(1);
  }
  const hosted = hostedFiles(files);
  write(join(dist, WEB_ZIP), await webZip((f) => readFileSync(join(dist, f)), hosted));
  write(join(dist, CATALOG_REG), trustedCatalogReg(catalogGuid(host), catalog));
  console.log(
    `manifest.xml → ${host} (${hosted.length} files hosted)\n` +
      `  ${dist}/${WEB_ZIP}: วางทุกไฟล์ในนี้ไว้ที่ / put every file in it at ${host}\n` +
      `  ${dist}/${CATALOG_REG}: shared-folder catalog ${catalog}` +
      (catalog === CATALOG_PLACEHOLDER
        ? " (ยังเป็นตัวอย่าง: ตั้ง ADDIN_CATALOG=\\\\server\\share / a placeholder: set ADDIN_CATALOG)"
        : "")
  );
}

main().catch((error) => {
  console.error(error instanceof HostBuildError ? error.message : error);
  process.exit(2);
});
