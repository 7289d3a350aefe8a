#!/usr/bin/env node
// The local-plan command: the add-in's own TypeScript, run through the workbook emulator on .xlsx files.
// `npm ci` bundles it (scripts/build-cli.mjs); the bundle is used while no source is newer than it, else (the
// sources are being edited) the TypeScript itself runs through tsx.
const { existsSync, readdirSync, statSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
const bundle = join(root, "build", "cli", "local-plan.cjs");

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function load() {
  if (existsSync(bundle)) {
    const built = statSync(bundle).mtimeMs;
    const lock = statSync(join(root, "package-lock.json")).mtimeMs;
    if (built >= Math.max(lock, newest(join(root, "src")))) return require(bundle);
  }
  require("tsx/cjs");
  return require("../src/cli/main.ts");
}

// The reader of the output went away (`local-plan check book.xlsx | head -1`): end quietly, as other commands do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

load()
  .main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  });
