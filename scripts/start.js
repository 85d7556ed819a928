#!/usr/bin/env node
// `npm start` / `npm stop`.
//
// With desktop Excel (Windows, macOS): sideloads manifest.xml through office-addin-debugging,
// which also runs the dev server (`npm run dev-server`), and removes it again on stop.
//
// Without desktop Excel (Linux, or PAR_TRACKER_NO_DESKTOP=1): runs the webpack dev server on
// https://localhost:3000 in this process, records its pid so `npm stop` can end it, and prints
// how to upload manifest.xml to Excel on the web. Failures end in a bilingual message, never a
// stack trace.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const net = require("net");
const path = require("path");
const { DEV_SERVER_PORT, DEV_SERVER_URL } = require("./addin-urls");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
// PAR_TRACKER_PID_FILE lets tests use their own record instead of a developer's running server.
const PID_FILE =
  process.env.PAR_TRACKER_PID_FILE || path.join(ROOT, "node_modules", ".cache", "par-tracker", "dev-server.pid");

/** The messages live in TypeScript (src/core/messages); tsx loads them without a build step. */
function loadMessages() {
  const { require: tsxRequire } = require("tsx/cjs/api");
  const { bilingual, formatMessage } = tsxRequire("../src/core/messages/message.ts", __filename);
  const { sideloadMessages } = tsxRequire("../src/core/messages/sideload.ts", __filename);
  return { bilingual, formatMessage, m: sideloadMessages };
}
const { bilingual, formatMessage, m } = loadMessages();

const say = (message, params) => console.log(bilingual(formatMessage(message, params)));

/** Fills {reason} with the reason's own language on each side, so that no half mixes languages. */
const withReason = (message, reason, params = {}) => ({
  vi: formatMessage(message, { ...params, reason: reason.vi }).vi,
  en: formatMessage(message, { ...params, reason: reason.en }).en,
});
const complain = (message, params) => console.error(bilingual(formatMessage(message, params)));

/** Why desktop Excel is not used (a Message), or undefined when it is. */
function noDesktopReason() {
  if (process.env.PAR_TRACKER_NO_DESKTOP === "1") return m.reasonEnv;
  if (process.platform !== "win32" && process.platform !== "darwin") {
    return formatMessage(m.reasonPlatform, { platform: process.platform });
  }
  if (process.platform === "darwin" && !fs.existsSync("/Applications/Microsoft Excel.app")) return m.reasonNoExcelApp;
  return undefined;
}

/** Runs `npx <args>` with the terminal attached; resolves to the exit code. */
function npx(args) {
  const windows = process.platform === "win32";
  return new Promise((resolve) => {
    // Windows needs a shell to run npx.cmd; the arguments hold no user input.
    const child = spawn(windows ? "npx.cmd" : "npx", args, { cwd: ROOT, stdio: "inherit", shell: windows });
    child.on("error", (error) => {
      complain(m.serverFailed, { detail: error.message });
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function desktop(command) {
  const args =
    command === "start"
      ? ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]
      : ["office-addin-debugging", "stop", "manifest.xml"];
  say(command === "start" ? m.desktopStart : m.desktopStop);
  const code = await npx(args);
  if (code !== 0) complain(m.desktopFailed, { command: `npx ${args.join(" ")}`, code });
  return code;
}

/** The pid recorded by a running web dev server, if that process is still ours and alive. */
function recordedServer() {
  let record;
  try {
    record = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
  } catch {
    return undefined;
  }
  const pid = Number(record && record.pid);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // After a reboot the pid may belong to another program: on Linux, make sure it is this script.
  const cmdline = `/proc/${pid}/cmdline`;
  if (fs.existsSync(cmdline) && !fs.readFileSync(cmdline, "utf8").includes("start.js")) return undefined;
  return pid;
}

/** Removes the pid record: any record when `pid` is undefined, else only the record of that pid. */
function removePidFile(pid) {
  try {
    if (pid !== undefined && JSON.parse(fs.readFileSync(PID_FILE, "utf8")).pid !== pid) return;
    fs.unlinkSync(PID_FILE);
  } catch {
    // Nothing recorded, or already removed.
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "localhost");
  });
}

function printWebInstructions() {
  const params = {
    url: DEV_SERVER_URL,
    page: `${DEV_SERVER_URL}taskpane.html`,
    manifest: path.relative(process.cwd(), MANIFEST) || MANIFEST,
  };
  const text = formatMessage(m.webInstructions, params);
  console.log(`\n${text.vi}\n\n${text.en}\n`);
}

async function startWeb(reason) {
  say(withReason(m.noDesktop, reason));
  const running = recordedServer();
  if (running) {
    say(m.alreadyRunning, { pid: running, url: DEV_SERVER_URL });
    return 0;
  }
  if (!(await portIsFree(DEV_SERVER_PORT))) {
    complain(m.portBusy, { port: DEV_SERVER_PORT });
    return 1;
  }
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = await require("../webpack.config.js")({ WEBPACK_SERVE: true }, { mode: "development" });
  const compiler = webpack(config);
  let instructed = false;
  compiler.hooks.done.tap("par-tracker-start", () => {
    if (instructed) return;
    instructed = true;
    // After webpack's own output, so the steps are the last thing on screen.
    setImmediate(printWebInstructions);
  });
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(
    PID_FILE,
    JSON.stringify({ pid: process.pid, url: DEV_SERVER_URL, started: new Date().toISOString() }),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    removePidFile(process.pid);
    server.stop().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("exit", () => removePidFile(process.pid));
  return undefined; // keep running
}

function waitForExit(pid, timeoutMs) {
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => {
      try {
        process.kill(pid, 0);
      } catch {
        resolve(true);
        return;
      }
      if (Date.now() > deadline) resolve(false);
      else setTimeout(poll, 100);
    };
    poll();
  });
}

async function stopWeb() {
  const pid = recordedServer();
  if (!pid) {
    removePidFile();
    return false;
  }
  try {
    process.kill(pid, "SIGTERM");
  } catch (error) {
    complain(m.stopFailed, { pid, detail: error.message });
    return true;
  }
  if (!(await waitForExit(pid, 10000))) {
    complain(m.stopFailed, { pid, detail: "timeout" });
    return true;
  }
  removePidFile(pid);
  say(m.stopped, { pid });
  return true;
}

async function main(command) {
  const reason = noDesktopReason();
  if (command === "start") return reason ? startWeb(reason) : desktop("start");
  if (command === "stop") {
    const stoppedWeb = await stopWeb();
    if (!reason) return desktop("stop");
    if (!stoppedWeb) say(m.nothingToStop);
    return 0;
  }
  complain(m.usage);
  return 2;
}

main(process.argv[2]).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error) => {
    complain(m.serverFailed, { detail: error && error.message ? error.message : String(error) });
    process.exitCode = 1;
  },
);
