/** @type {import('jest').Config} */
// Two projects: pure/Node code runs in node, the task pane in jsdom.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/dist/", "<rootDir>/src/taskpane/"],
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/src/taskpane/**/*.test.ts?(x)"],
    },
  ],
};
