import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/** office-addin-lint's TypeScript block names .ts files only; the pane's .tsx files get the same rules, with JSX. */
const typescript = officeAddins.configs.recommended.find((config) => config.files);

/** Names a project goes by in src: p, project, home (where an addition goes), or any name ending in Project. */
const PROJECT_NAME = "/^(p|project|home)$|Project$/";

/**
 * office-addin-lint's own configuration, extended to .tsx, plus one exception: the workbook emulator and the .xlsx code run under
 * Node and build Excel's objects rather than call them, so the Office.js load/sync rules do not apply there.
 */
export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    ...typescript,
    files: ["**/*.tsx"],
    languageOptions: {
      ...typescript.languageOptions,
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  {
    files: ["src/emulator/**/*.ts", "src/cli/**/*.ts"],
    languageOptions: {
      globals: { Buffer: "readonly", process: "readonly", require: "readonly", module: "writable" },
    },
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
  {
    // The reader's projects give their texts besides the name through accessors (readProject.ts), which a spread
    // leaves behind: a project is copied with plainProject (select.ts), never spread into an object.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          `ObjectExpression > SpreadElement > Identifier.argument[name=${PROJECT_NAME}]`,
          `ObjectExpression > SpreadElement > MemberExpression.argument > Identifier.property[name=${PROJECT_NAME}]`,
          // projects[i], plan.projects[i]
          "ObjectExpression > SpreadElement > MemberExpression.argument[computed=true][object.name=/rojects$/]",
          "ObjectExpression > SpreadElement > MemberExpression.argument[computed=true][object.property.name=/rojects$/]",
        ].map((selector) => ({
          selector,
          message:
            "A project's texts are accessors, which a spread leaves behind: copy it with plainProject(project, changes) (src/plan/select.ts).",
        })),
      ],
    },
  },
  {
    // Tests, scripts and the benchmark run under Node and jest; TypeScript already checks their names, and the
    // tests read proxies before sync on purpose, to see the errors Office.js gives.
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: {
      "no-undef": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-navigational-load": "off",
    },
  },
];
