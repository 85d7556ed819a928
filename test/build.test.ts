import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { gzipSync } from "zlib";

const DIST = resolve(__dirname, "..", "dist");
/**
 * Budget for the JS the task pane loads before it can draw (gzip). Excel on the web fetches it
 * over the network every time a pane opens in a fresh session.
 */
const INITIAL_JS_GZIP_BUDGET = 250 * 1000;
/**
 * Text every build of exceljs carries (the OOXML package part list it writes and reads): it must appear only
 * in chunks loaded on demand, never in the scripts taskpane.html loads.
 */
const EXCELJS_MARKER = "[Content_Types].xml";

let html: string;
let scripts: string[];

beforeAll(() => {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error("dist/ has no build: run `npm run build` before these tests (npm test does).");
  }
  html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
});

describe("npm run build", () => {
  it("writes taskpane.html that loads Office.js from Microsoft's CDN and the bundles from dist/", () => {
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const src of scripts) expect(existsSync(join(DIST, src))).toBe(true);
  });

  it("is a production build: content-hashed file names, a separate vendor chunk", () => {
    for (const src of scripts) expect(src).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
    expect(scripts.some((src) => src.startsWith("vendor."))).toBe(true);
    expect(scripts.some((src) => src.startsWith("taskpane."))).toBe(true);
  });

  it("bundles no core-js polyfills into the scripts the pane loads at start", () => {
    // exceljs's browser build brings its own polyfills; it loads only when files are consolidated, in its own chunk.
    for (const src of scripts) expect(readFileSync(join(DIST, src), "utf8")).not.toMatch(/core-js/);
  });

  it("keeps the JS the pane needs to start within budget", () => {
    const gzip = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
    expect({ gzipBytes: gzip, within: gzip <= INITIAL_JS_GZIP_BUDGET }).toMatchObject({ within: true });
  });

  it("keeps exceljs out of the scripts the pane loads at start", () => {
    // The marker is a real exceljs string, so the check cannot pass by looking for the wrong thing.
    expect(readFileSync(require.resolve("exceljs/dist/exceljs.min.js"), "utf8")).toContain(EXCELJS_MARKER);
    for (const src of scripts)
      expect({ src, exceljs: readFileSync(join(DIST, src), "utf8").includes(EXCELJS_MARKER) }).toEqual({
        src,
        exceljs: false,
      });
  });

  it("copies the manifest, the support page and every icon", () => {
    for (const file of ["manifest.xml", "support.html", ...[16, 32, 64, 80, 128].map((n) => `assets/icon-${n}.png`)]) {
      expect(existsSync(join(DIST, file))).toBe(true);
    }
  });
});
