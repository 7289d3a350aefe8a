/* eslint-disable no-undef */
const { execSync } = require("child_process");
const { existsSync } = require("fs");

/** The e2e tests run on the built pages; build them when they are not there yet. */
module.exports = async () => {
  if (!existsSync("dist/workbench.html") || !existsSync("dist/taskpane.html")) {
    execSync("npm run build", { stdio: "inherit" });
  }
};
