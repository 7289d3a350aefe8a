/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/tests/e2e/"],
  setupFiles: ["<rootDir>/tests/registerPlanFunctions.ts"],
  // Pane tests run in jsdom but load ExcelJS through the emulator: take packages' Node builds, not their ESM browser ones.
  testEnvironmentOptions: { customExportConditions: ["node", "require", "default"] },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
};
