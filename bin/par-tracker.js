#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so that `npx par-tracker` works
// right after `npm install` on a fresh clone, with no separate build step.
"use strict";
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 70;
  },
);
