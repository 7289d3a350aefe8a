#!/usr/bin/env node
/**
 * `npm start`: sideloads the add-in into Excel desktop where Excel can run (Windows, macOS), and opens the
 * workbench (the add-in in a browser on the emulator) everywhere else.
 */
const { spawn } = require("child_process");

const excel = process.platform === "win32" || process.platform === "darwin";
const command = excel ? ["office-addin-debugging", "start", "manifest.xml"] : ["webpack", "serve", "--mode", "development", "--env", "workbench"];
if (!excel) console.log("Excel is not available here: starting the workbench (ไม่มี Excel ในเครื่องนี้: เปิด workbench แทน)");
const child = spawn("npx", command, { stdio: "inherit", shell: process.platform === "win32" });
child.on("exit", (code) => process.exit(code ?? 0));
