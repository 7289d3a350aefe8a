// Bundles the local-plan command into one file (run by `npm ci` through the prepare script), so that a command
// starts without resolving and compiling hundreds of modules: bin/local-plan.js uses it while it is newer than
// the sources, and runs the TypeScript through tsx otherwise.
import { build } from "esbuild";
import { fileURLToPath } from "url";

const root = fileURLToPath(new URL("..", import.meta.url));
await build({
  entryPoints: [`${root}src/cli/main.ts`],
  outfile: `${root}build/cli/local-plan.cjs`,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
