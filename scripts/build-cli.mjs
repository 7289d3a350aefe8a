// Bundles the local-plan command into one file (run by `npm ci` through the prepare script), so that a command
// starts without resolving and compiling hundreds of modules: bin/local-plan.js uses it while it is newer than
// the sources, and runs the TypeScript through tsx otherwise. An install without dev dependencies has no esbuild:
// the command then simply runs through tsx.
import { fileURLToPath } from "url";

const root = fileURLToPath(new URL("..", import.meta.url));
let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  console.log("local-plan: esbuild is not installed; the command will run its sources through tsx");
  process.exit(0);
}
await esbuild.build({
  entryPoints: [`${root}src/cli/main.ts`],
  outfile: `${root}build/cli/local-plan.cjs`,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
