import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const START = resolve(__dirname, "..", "scripts", "start.js");
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "par-start-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs scripts/start.js on the Excel-on-the-web path with its own pid record. */
function run(command: string, pidFile: string) {
  return spawnSync(process.execPath, [START, command], {
    encoding: "utf8",
    env: { ...process.env, PAR_TRACKER_NO_DESKTOP: "1", PAR_TRACKER_PID_FILE: pidFile },
    timeout: 30000,
  });
}

/** A pid that certainly belonged to a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("scripts/start.js", () => {
  it("explains its usage in both languages for an unknown command, with no stack trace", () => {
    const result = run("restart", join(scratch, "none.pid"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Cách dùng: node scripts/start.js start|stop");
    expect(result.stderr).toContain("Usage: node scripts/start.js start|stop");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["no record", undefined],
    ["a record of a process that has ended", () => JSON.stringify({ pid: deadPid() })],
    ["an unreadable record", () => "not json"],
  ])("stop with %s says there is nothing to stop and clears the record", (_name, record) => {
    const pidFile = join(scratch, `${Math.random().toString(36).slice(2)}.pid`);
    if (record) writeFileSync(pidFile, record());
    const result = run("stop", pidFile);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Không có máy chủ phát triển nào đang chạy; không có gì để dừng. / No dev server is running; there is nothing to stop.",
    );
    expect(existsSync(pidFile)).toBe(false);
  });
});
