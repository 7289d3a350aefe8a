/**
 * `npm run validate [-- manifest]`: the offline manifest checks (Microsoft's validator needs its web service).
 * The repository's manifest.xml (the default) is the dev server's, for sideloading; any other manifest named is
 * one to deploy (`npm run validate -- dist/manifest.xml`): it must also name no localhost, contoso or plain http,
 * and every file it names must lie next to it, as the build wrote it.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";
import {
  checkManifest,
  checkProductionManifest,
  manifestBase,
  manifestFileUrls,
} from "./manifestChecks";

const file = process.argv[2] ?? "manifest.xml";
const production = resolve(file) !== resolve("manifest.xml");
const xml = readFileSync(file, "utf8");
const base = manifestBase(xml);
const problems = [
  ...checkManifest(xml),
  ...(production ? checkProductionManifest(xml) : []),
  ...(production
    ? manifestFileUrls(xml)
        .map((url) => url.slice(base.length))
        .filter((path) => !existsSync(join(dirname(file), path)))
        .map((path) => `${path} is named by the manifest but is not in ${dirname(file)}/`)
    : []),
];
if (problems.length > 0) {
  console.error(
    `${file}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`
  );
  process.exit(1);
}
console.log(
  production
    ? `${file}: valid to deploy from ${base} (https only, no localhost or contoso, every file present)`
    : `${file}: valid for sideloading the dev server (well-formed, schema order, unique ids, resids defined, URLs match the build)`
);
