/** End-to-end tests: the built workbench in Debian's Chromium, driven by playwright-core. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.ts"],
  globalSetup: "<rootDir>/tests/e2e/globalSetup.js",
  testTimeout: 180000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
