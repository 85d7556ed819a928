// Flat config: the rules of eslint-plugin-office-addins (the plugin office-addin-lint ships) plus
// typescript-eslint, React and prettier, and the architecture's boundaries, which fail the build when crossed.
// We register the plugins ourselves rather than spreading officeAddins.configs.react: that preset pins
// an older nested typescript-eslint whose rules crash on the current option shapes.
const js = require("@eslint/js");
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const react = require("eslint-plugin-react");
const prettier = require("eslint-plugin-prettier");
const prettierConfig = require("eslint-config-prettier");
const globals = require("globals");

const nodeIo = [
  "fs",
  "node:fs",
  "fs/promises",
  "node:fs/promises",
  "path",
  "node:path",
  "os",
  "node:os",
  "child_process",
  "node:child_process",
  "stream",
  "node:stream",
  "zlib",
  "node:zlib",
  "http",
  "https",
  "net",
];
const uiOrHost = ["react", "react-dom", "react-dom/*", "@fluentui/*", "@microsoft/office-js", "office-js"];

module.exports = [
  {
    ignores: ["node_modules/**", "dist/**", "coverage/**", "test-artifacts/**", "assets/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  prettierConfig,
  {
    plugins: { "office-addins": officeAddins, prettier },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      // DEVELOPERS.md: never sync inside a loop; the plugin's preset makes this only a warning.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "no-eval": "error",
    },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
    settings: { react: { version: "18.3" } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The new JSX transform needs no React in scope.
      "react/react-in-jsx-scope": "off",
      // Props are typed with TypeScript, which checks more than prop-types could.
      "react/prop-types": "off",
    },
  },
  {
    // CommonJS build and tooling scripts.
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Excel.run belongs to src/excel alone.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Excel'][callee.property.name='run']",
          message: "Excel.run belongs in src/excel only (DEVELOPERS.md, Architecture).",
        },
      ],
    },
  },
  {
    // exceljs belongs to src/xlsx alone.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/xlsx/**", "src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "exceljs", message: "exceljs is imported in src/xlsx only." }] },
      ],
    },
  },
  {
    // The pure core: no office-js, exceljs, React, DOM or Node I/O.
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "exceljs", message: "src/core is pure: exceljs belongs in src/xlsx." },
            ...nodeIo.map((name) => ({ name, message: "src/core is pure: no Node I/O." })),
          ],
          patterns: [{ group: uiOrHost, message: "src/core is pure: no React, Fluent UI or Office." }],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "navigator",
          "localStorage",
          "Office",
          "Excel",
          "process",
          "require",
          "Buffer",
          "__dirname",
        ].map((name) => ({
          name,
          message: "src/core is pure: no DOM, Office or Node globals.",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Excel']", message: "src/core is pure: no Excel API." },
        { selector: "MemberExpression[object.name='Office']", message: "src/core is pure: no Office API." },
      ],
    },
  },
];
