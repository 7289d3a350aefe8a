/** `npm run validate`: the offline manifest checks (Microsoft's validator needs its web service). */
import { readFileSync } from "fs";
import { checkManifest } from "./manifestChecks";

const file = process.argv[2] ?? "manifest.xml";
const problems = checkManifest(readFileSync(file, "utf8"));
if (problems.length > 0) {
  console.error(
    `${file}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`
  );
  process.exit(1);
}
console.log(
  `${file}: valid (well-formed, schema order, unique ids, resids defined, URLs match the build)`
);
