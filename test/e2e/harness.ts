/**
 * The end-to-end harness: the production build in dist/ served on 127.0.0.1, Debian's Chromium driven by
 * playwright-core, and office.js replaced by a browser bundle of the fake Excel host (src/excel/fake), so the
 * real pane runs against a workbook the test can inspect. No network: every request that is not to the local
 * server or office.js is aborted.
 */
import { mkdirSync, readFileSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, resolve, sep } from "path";
import type { AxeResults, Result as AxeViolation } from "axe-core";
import { build } from "esbuild";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import type { FakeExcelOptions } from "../../src/excel/fake";
import { E2E_OPTIONS_GLOBAL } from "./e2eGlobals";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "test-artifacts", "e2e");
/** The URL taskpane.html loads office.js from (Office Store rule); the route serves the fake there instead. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** A task pane in Excel is about 350 px wide. */
export const PANE_VIEWPORT = { width: 350, height: 900 };

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** Fails with what to run when dist/ holds no build. */
export function assertBuilt(): void {
  try {
    statSync(join(DIST, "taskpane.html"));
  } catch {
    throw new Error("dist/ has no build: run `npm run build` before the e2e tests (npm test does).");
  }
}

/** The fake Excel host bundled as one classic script for the page (esbuild, as tsx ships it). */
export async function buildFakeOfficeScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "fakeOfficeScript.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2021",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** A static server for dist/ on 127.0.0.1 and an ephemeral port. */
export async function serveDist(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(DIST, pathname === "/" ? "taskpane.html" : pathname));
    if (!file.startsWith(DIST + sep)) {
      response.writeHead(403).end();
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** One browser, server and fake bundle shared by a test file. */
export interface E2EEnvironment {
  browser: Browser;
  baseUrl: string;
  fakeOfficeScript: string;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2EEnvironment> {
  assertBuilt();
  const [fakeOfficeScript, server, browser] = await Promise.all([
    buildFakeOfficeScript(),
    serveDist(),
    launchChromium(),
  ]);
  return {
    browser,
    baseUrl: server.url,
    fakeOfficeScript,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** An open pane: the page, and the script errors it has raised so far (a test ends by expecting none). */
export interface OpenPane {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export interface OpenPaneOptions {
  /** The fake Excel host: workbook seed, Office theme, requirement sets, sync delay. JSON only. */
  fake?: FakeExcelOptions;
  /** Default: PANE_VIEWPORT. */
  viewport?: { width: number; height: number };
  /** Scripts run in the page before any of its own (after the fake's options are set). */
  initScripts?: string[];
}

/** Opens taskpane.html from dist/ in a fresh browser context, with the fake host in place of office.js. */
export async function openPane(env: E2EEnvironment, options: OpenPaneOptions = {}): Promise<OpenPane> {
  // Reduced motion: Fluent then skips its fades, so axe never samples a colour half-way through a transition.
  const context = await env.browser.newContext({
    viewport: options.viewport ?? PANE_VIEWPORT,
    reducedMotion: "reduce",
  });
  // Well above any wait a flow needs on a busy 2-core machine, well below jest's timeout, so a wait that
  // cannot succeed fails with playwright's call log.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: env.fakeOfficeScript });
    }
    if (url.startsWith(env.baseUrl)) return route.continue();
    return route.abort("internetdisconnected");
  });
  await page.addInitScript(
    ({ key, value }) => {
      Reflect.set(globalThis, key, value);
    },
    { key: E2E_OPTIONS_GLOBAL, value: options.fake ?? {} },
  );
  for (const script of options.initScripts ?? []) await page.addInitScript({ content: script });
  await page.goto(`${env.baseUrl}taskpane.html`);
  return { page, errors, close: () => context.close() };
}

/**
 * The serious and critical axe-core violations on the page as it is now. Tabster's focus sentinels
 * (`<i data-tabster-dummy aria-hidden tabindex=0>`, which Fluent puts around tab lists and menus) are left out:
 * they hand focus on at once and must stay hidden from screen readers, a known axe false positive
 * (microsoft/tabster#288, microsoft/fluentui#25133). Every other element is checked with every rule.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await settled(page);
  const loaded = await page.evaluate(() => "axe" in globalThis);
  if (!loaded) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await page.evaluate(async () => {
    type Axe = { run(context: { include: Document; exclude: string[][] }): Promise<AxeResults> };
    const axe = Reflect.get(globalThis, "axe") as Axe;
    return axe.run({ include: document, exclude: [["[data-tabster-dummy]"]] });
  });
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Waits until nothing in the pane shows progress and no CSS transition or animation is running. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[role="progressbar"]') === null &&
      document.getAnimations().every((animation) => animation.playState !== "running"),
  );
}

/** A readable summary of violations for a failing expectation. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map(
    (v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/**
 * Presses Tab from the top of the page until `target` has the focus, and returns how many presses it took;
 * throws when `maxPresses` are not enough (the control cannot be reached by keyboard).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<number> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached ${target.toString()} in ${maxPresses} presses`);
}

/**
 * Saves a screenshot to test-artifacts/e2e/<name>.png, with the viewport made tall enough for the whole view
 * (the tab panel scrolls inside the pane, so a full-page capture alone would cut it).
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const size = page.viewportSize() ?? PANE_VIEWPORT;
  const needed = await page.evaluate(() => {
    const panel = document.querySelector('[role="tabpanel"]');
    const overflow = panel ? panel.scrollHeight - panel.clientHeight : 0;
    return Math.ceil(document.documentElement.scrollHeight + Math.max(0, overflow));
  });
  const path = join(ARTIFACTS, `${name}.png`);
  if (needed > size.height) await page.setViewportSize({ width: size.width, height: needed });
  await page.screenshot({ path, fullPage: true });
  if (needed > size.height) await page.setViewportSize(size);
  return path;
}
