#!/usr/bin/env node
// The local-plan command: the add-in's own TypeScript, run through the workbook emulator on .xlsx files.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
