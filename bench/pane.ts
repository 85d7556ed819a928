/**
 * The task pane's load figures: the size of every chunk in dist/ (raw and gzip; which ones taskpane.html loads
 * at start) and the time to first render in headless Chromium, on the production build with the fake Excel host
 * in place of office.js (test/e2e/harness.ts), each run in a fresh browser context so nothing is cached.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { DIST, assertBuilt, openPane, startE2E } from "../test/e2e/harness";

const RUNS = 7;

/** Text that tells what an unnamed (numbered) chunk holds. */
const MARKERS: { label: string; text: string }[] = [{ label: "exceljs", text: "[Content_Types].xml" }];

/** Timestamps (ms since navigation start) the page records for itself, so the harness's latency is not counted. */
const MARKS_SCRIPT = `(() => {
  const marks = {};
  globalThis.__parMarks = marks;
  const check = () => {
    if (marks.shell === undefined && document.querySelector('[role="tablist"]')) marks.shell = performance.now();
    if (marks.services === undefined && document.querySelector('[role="tabpanel"] form button[type="submit"]:not([disabled])'))
      marks.services = performance.now();
    if (marks.shell !== undefined && marks.services !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface Marks {
  shell: number;
  services: number;
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One line per chunk, the initial ones first, and the initial total against the 250 KB budget. */
function chunkLines(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const initial = new Set([...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]));
  const chunks = readdirSync(DIST)
    .filter((name) => name.endsWith(".js"))
    .map((name) => {
      const bytes = readFileSync(join(DIST, name));
      const text = bytes.toString("utf8");
      const holds = MARKERS.filter((marker) => text.includes(marker.text)).map((marker) => marker.label);
      return {
        name,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        initial: initial.has(name),
        holds: holds.length > 0 ? ` (${holds.join(", ")})` : "",
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const width = Math.max(...chunks.map((c) => c.name.length));
  const lines = chunks.map(
    (c) =>
      `  ${c.name.padEnd(width)}  ${kb(c.raw).padStart(9)} raw  ${kb(c.gzip).padStart(9)} gzip  ${c.initial ? "initial" : "on demand"}${c.holds}`,
  );
  const initialGzip = chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0);
  return [...lines, `  initial JS: ${kb(initialGzip)} gzip (budget 250 KB)`];
}

/** Prints the chunk sizes of dist/ and the pane's time to first render; needs `npm run build` first. */
export async function benchPane(): Promise<string[]> {
  assertBuilt();
  const lines = ["Task pane (dist/, production build)", ...chunkLines()];
  const env = await startE2E();
  try {
    const runs: Marks[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const pane = await openPane(env, { initScripts: [MARKS_SCRIPT] });
      await pane.page.waitForFunction(() => {
        const marks = Reflect.get(globalThis, "__parMarks") as Partial<Marks> | undefined;
        return marks?.shell !== undefined && marks.services !== undefined;
      });
      runs.push(await pane.page.evaluate(() => Reflect.get(globalThis, "__parMarks") as Marks));
      await pane.close();
    }
    const shell = runs.map((r) => r.shell);
    const services = runs.map((r) => r.services);
    const ms = (values: number[]) =>
      `median ${median(values).toFixed(0)} ms, min ${Math.min(...values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
    lines.push(
      `  first render (tabs drawn, from navigation start, ${RUNS} cold runs in headless Chromium): ${ms(shell)}`,
      `  ready (Excel services loaded, Tạo sổ theo dõi enabled): ${ms(services)}`,
    );
  } finally {
    await env.close();
  }
  return lines;
}
