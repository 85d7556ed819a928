/**
 * The task pane end to end: the production build in headless Chromium, the fake Excel host in place of
 * office.js. Each flow works through roles and visible text, checks the fake workbook, runs axe-core, tabs to
 * the primary buttons, and saves a screenshot to test-artifacts/e2e/ for review.
 */
import type { Locator, Page } from "playwright-core";
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import type { Language, Message } from "../../src/core/messages/message";
import * as ui from "../../src/core/messages/ui";
import * as wb from "../../src/core/messages/workbookView";
import * as entry from "../../src/core/messages/entryView";
import * as merge from "../../src/core/messages/consolidationView";
import { formatMessage } from "../../src/core/messages/message";
import * as check from "../../src/core/messages/checkView";
import { view as summary } from "../../src/core/messages/summary";
import { HEADER_ROW, LEVEL_LABELS, SHEET, TARGET_COLUMNS } from "../../src/core/workbook/layout";
import { RETURNS, returned } from "../consolidation/returnedWorkbooks";
import type { E2EWindow } from "./e2eGlobals";
import {
  describeViolations,
  openPane,
  screenshot,
  seriousAxeViolations,
  startE2E,
  tabTo,
  type E2EEnvironment,
  type OpenPane,
} from "./harness";

jest.setTimeout(120_000);

let env: E2EEnvironment;
let pane: OpenPane | undefined;

beforeAll(async () => {
  env = await startE2E();
});

afterAll(async () => {
  await env?.close();
});

afterEach(async () => {
  const errors = pane?.errors ?? [];
  await pane?.close();
  pane = undefined;
  expect(errors).toEqual([]);
});

const DISTRICT = HA_TINH_2024_UNITS.find((unit) => unit.level === "district");

/** The tab of a view, by its label in `language`. */
function tab(page: Page, label: Message, language: Language = "vi") {
  return page.getByRole("tab", { name: label[language] });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(describeViolations(await seriousAxeViolations(page))).toEqual([]);
}

/** The pane is up and its Excel services have loaded (the Khung view's summary line needs the plan). */
async function waitForPane(page: Page, language: Language = "vi"): Promise<void> {
  await page.getByRole("heading", { name: ui.frameworkTitle[language] }).waitFor();
  await page.getByText(language === "vi" ? "Khung: " : "Framework: ").waitFor();
}

/** Builds the whole-plan workbook from the Khung view and waits for its success toast. */
async function createWholePlanWorkbook(page: Page): Promise<void> {
  await waitForPane(page);
  await page.getByRole("button", { name: wb.createButton.vi }).click();
  const toast = page.locator(".fui-Toast").filter({ hasText: wb.createdTitle.vi });
  await toast.waitFor();
  // Closed at once, so that it does not cover the next view's screenshot.
  await toast.getByRole("button", { name: "Đóng" }).click();
  await toast.waitFor({ state: "detached" });
}

/** Where an item's row is on an entry sheet: its 0-based row, and the A1 column of the header `column`. */
async function locateCell(
  page: Page,
  sheet: string,
  id: string,
  column: string,
): Promise<{ row: number; col: string }> {
  const found = await page.evaluate(
    ({ sheet, id, column, headerRow }) => {
      const { parFake } = globalThis as E2EWindow;
      const values = parFake.state.sheet(sheet).values();
      const index = values[headerRow].indexOf(column);
      let letters = "";
      for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      return { row: values.findIndex((cells) => cells[0] === id), col: letters };
    },
    { sheet, id, column, headerRow: HEADER_ROW },
  );
  expect(found.row).toBeGreaterThan(HEADER_ROW);
  expect(found.col).not.toBe("");
  return found;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const OBJECTIVES = HA_TINH_2024_FRAMEWORK.sections.flatMap((section) => section.objectives);
const FIRST_TARGET_ID = OBJECTIVES.flatMap((o) => o.targets)[0].id;
const DONE_HEADER = TARGET_COLUMNS.find((c) => c.key === "done")!.header;

describe("Khung: create the workbook for a district", () => {
  it("builds the tracking workbook in the open workbook, with progress and the counts", async () => {
    expect(DISTRICT).toBeDefined();
    const unit = DISTRICT!;
    // A slow host (250 ms per round trip, as Excel on the web can be) so the build, a handful of syncs,
    // outlasts the 300 ms after which progress shows.
    pane = await openPane(env, { fake: { syncDelayMs: 250 } });
    const { page } = pane;
    await waitForPane(page);
    await expectAccessible(page);

    const unitBox = page.getByRole("combobox", { name: wb.unitLabel.vi });
    await unitBox.click();
    await unitBox.pressSequentially(unit.name);
    await page.getByRole("option", { name: unit.name, exact: true }).click();
    // Picking a known unit fills its level.
    await page.getByRole("combobox", { name: wb.levelLabel.vi }).getByText(wb.levelDistrict.vi).waitFor();

    const create = page.getByRole("button", { name: wb.createButton.vi });
    expect(await tabTo(page, create)).toBeGreaterThan(0);
    await screenshot(page, "khung-form");
    await create.click();
    await page.getByRole("progressbar").waitFor();
    await page.getByText(wb.creating.vi).waitFor();
    await screenshot(page, "khung-progress");
    // Success: a toast with the counts.
    const toast = page.locator(".fui-Toast").filter({ hasText: wb.createdTitle.vi });
    await toast.waitFor();
    // The toast covers nothing but its own corner: the heading is still what is under its centre.
    expect(
      await page.getByRole("heading", { name: ui.frameworkTitle.vi }).evaluate((heading) => {
        const box = heading.getBoundingClientRect();
        return heading.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      }),
    ).toBe(true);
    const [, activities, targets] = /(\d+) hoạt động, (\d+) chỉ tiêu/.exec(await toast.innerText()) ?? [];

    const state = await page.evaluate(
      ({ sheet }) => {
        const { parFake } = globalThis as E2EWindow;
        return {
          syncs: parFake.stats.syncCount,
          sheets: parFake.state.sheetNames,
          activityIds: parFake.state
            .sheet(sheet.activities)
            .values()
            .map((row) => row[0]),
          targetIds: parFake.state
            .sheet(sheet.targets)
            .values()
            .map((row) => row[0]),
          info: parFake.state.sheet(sheet.info).values().flat(),
        };
      },
      { sheet: SHEET },
    );
    expect(state.syncs).toBeGreaterThanOrEqual(2);
    expect(state.sheets).toEqual(expect.arrayContaining([SHEET.guide, SHEET.info, SHEET.activities, SHEET.targets]));
    // The toast counts the plan's every activity and target, and each has its row.
    const objectives = HA_TINH_2024_FRAMEWORK.sections.flatMap((section) => section.objectives);
    const activityIds = objectives.flatMap((o) => o.tasks.flatMap((task) => task.activities.map((a) => a.id)));
    const targetIds = objectives.flatMap((o) => o.targets.map((target) => target.id));
    expect([Number(activities), Number(targets)]).toEqual([activityIds.length, targetIds.length]);
    expect(state.activityIds).toEqual(expect.arrayContaining(activityIds));
    expect(state.targetIds).toEqual(expect.arrayContaining(targetIds));
    expect(state.info).toEqual(expect.arrayContaining([unit.name, LEVEL_LABELS.district]));
    await expectAccessible(page);
    await screenshot(page, "khung-created");
  });

  it("says what to do next when Excel refuses the work", async () => {
    pane = await openPane(env);
    const { page } = pane;
    await waitForPane(page);
    // Excel refuses every batch while a cell is being edited.
    await page.evaluate(() => {
      const { parFake } = globalThis as E2EWindow;
      parFake.Excel.run = () => Promise.reject(new Error("InvalidOperation: Excel is in cell-editing mode."));
    });
    await page.getByRole("button", { name: wb.createButton.vi }).click();
    await page.getByText(wb.createFailedTitle.vi).waitFor();
    await page.getByText(wb.createFailedNext.vi).waitFor();
    await expectAccessible(page);
    await screenshot(page, "khung-error");
    await page.getByRole("button", { name: "Đóng" }).click();
    await page.getByText(wb.createFailedTitle.vi).waitFor({ state: "detached" });
  });
});

describe("Nhập liệu: pick a row and enter figures", () => {
  it("follows Excel's selection, refuses a negative figure with its message, then saves a good one", async () => {
    pane = await openPane(env);
    const { page } = pane;
    await createWholePlanWorkbook(page);
    await tab(page, ui.entryTab).click();
    await page.getByRole("combobox", { name: entry.pickerLabel.vi }).waitFor();
    const { row, col } = await locateCell(page, SHEET.targets, FIRST_TARGET_ID, DONE_HEADER);

    // The user selects a cell on the target's row in Excel: the form opens that row.
    await page.evaluate(
      (address) => (globalThis as E2EWindow).parFake.select(address),
      `'${SHEET.targets}'!B${row + 1}`,
    );
    const heading = `${entry.kindTarget.vi} ${FIRST_TARGET_ID}`;
    await page.getByRole("heading", { name: heading }).waitFor();

    const done = page.getByRole("textbox", { name: entry.doneLabel.vi, exact: true });
    await done.fill("-5");
    await page.getByText("số âm", { exact: false }).first().waitFor();
    expect(await done.getAttribute("aria-invalid")).toBe("true");
    const save = page.getByRole("button", { name: entry.saveButton.vi });
    expect(await tabTo(page, save)).toBeGreaterThan(0);
    await save.click();
    await page.getByText(entry.saveBlockedTitle.vi, { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "entry-error");

    await done.fill("5");
    await save.click();
    await page.getByText(entry.savedTitle.vi.replace("{id}", FIRST_TARGET_ID)).waitFor();
    const written = await page.evaluate(
      ({ sheet, address }) => (globalThis as E2EWindow).parFake.state.sheet(sheet).cell(address).value,
      { sheet: SHEET.targets, address: `${col}${row + 1}` },
    );
    expect(written).toBe(5);
    await expectAccessible(page);
    await screenshot(page, "entry-saved");
  });
});

describe("Kiểm tra: run the checks and click a finding", () => {
  it("lists a bad figure typed in Excel and selects its cell when clicked", async () => {
    pane = await openPane(env);
    const { page } = pane;
    await createWholePlanWorkbook(page);
    const { row, col } = await locateCell(page, SHEET.targets, FIRST_TARGET_ID, DONE_HEADER);
    const address = `${col}${row + 1}`;
    // A negative figure typed straight into the sheet, as a user could.
    await page.evaluate(
      ({ sheet, address }) =>
        (globalThis as E2EWindow).parFake.Excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(address).values = [[-5]];
          await context.sync();
        }),
      { sheet: SHEET.targets, address },
    );

    await tab(page, ui.validationTab).click();
    const finding = page.getByRole("button").filter({ hasText: "số âm" }).first();
    await finding.waitFor();
    expect(await tabTo(page, page.getByRole("button", { name: check.rerunButton.vi }))).toBeGreaterThan(0);
    expect(await tabTo(page, finding)).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, "kiem-tra");

    await finding.click();
    await page.waitForFunction(
      ({ sheet, address }) => {
        const { state } = (globalThis as E2EWindow).parFake;
        return state.activeSheetName === sheet && state.selection.endsWith(`!${address}`);
      },
      { sheet: SHEET.targets, address },
    );
  });
});

describe("Tổng hợp: build the summaries", () => {
  it("writes the summary sheets and says which", async () => {
    pane = await openPane(env);
    const { page } = pane;
    await createWholePlanWorkbook(page);
    const before = await page.evaluate(() => (globalThis as E2EWindow).parFake.state.sheetNames);
    await tab(page, ui.summaryTab).click();
    const build = page.getByRole("button", { name: summary.build.vi });
    expect(await tabTo(page, build)).toBeGreaterThan(0);
    await build.click();
    await page.getByRole("tabpanel").getByText(summary.builtTitle.vi).waitFor();
    // The success toast carries the counts.
    await page.locator(".fui-Toast").getByText(summary.builtTitle.vi).waitFor();
    const after = await page.evaluate(() => (globalThis as E2EWindow).parFake.state.sheetNames);
    const added = after.filter((name) => !before.includes(name));
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) await page.getByText(name, { exact: false }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, "tong-hop");
  });
});

describe("Hợp nhất: consolidate three picked files, one of them broken", () => {
  it("counts the two good workbooks, rejects the broken one by name, and writes the figures", async () => {
    const year = String(HA_TINH_2024_FRAMEWORK.year);
    const [ducTho, canLoc] = await Promise.all([returned(RETURNS.ducTho, year), returned(RETURNS.canLoc, year)]);
    pane = await openPane(env);
    const { page } = pane;
    await waitForPane(page);
    await tab(page, ui.consolidationTab).click();
    const pick = page.getByRole("button", { name: merge.pickButton.vi });
    expect(await tabTo(page, pick)).toBeGreaterThan(0);
    const sheetsBefore = await page.evaluate(() => (globalThis as E2EWindow).parFake.state.sheetNames);
    await page.getByLabel(merge.pickInputLabel.vi).setInputFiles([
      { name: "duc-tho.xlsx", mimeType: XLSX_TYPE, buffer: ducTho },
      { name: "can-loc.xlsx", mimeType: XLSX_TYPE, buffer: canLoc },
      { name: "hong.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from("PK\u0003\u0004 không phải một sổ Excel") },
    ]);
    const toast = page.locator(".fui-Toast").filter({ hasText: merge.doneTitle.vi.split("{")[0].trim() });
    await toast.waitFor();
    const body = await toast.innerText();
    expect(body).toContain(
      formatMessage(merge.doneBody, { included: 2, duplicates: 0, rejected: 1, missing: 0 }).vi.split(",")[0],
    );
    expect(body).toMatch(/1 tệp bị loại/);
    await page.getByText(merge.rejectedHeading.vi.replace("{count}", "1")).waitFor();
    await page.getByText("hong.xlsx", { exact: false }).first().waitFor();
    const sheetsAfter = await page.evaluate(() => (globalThis as E2EWindow).parFake.state.sheetNames);
    expect(sheetsAfter.filter((name) => !sheetsBefore.includes(name)).length).toBeGreaterThan(0);
    await toast.getByRole("button", { name: "Đóng" }).click();
    await expectAccessible(page);
    await screenshot(page, "hop-nhat");
  });
});

/** Each view, and what shows once it has finished opening on a tracking workbook. */
const VIEWS: { id: string; tab: Message; title: Message; ready: (page: Page, language: Language) => Locator }[] = [
  {
    id: "khung",
    tab: ui.frameworkTab,
    title: ui.frameworkTitle,
    ready: (page, language) => page.getByRole("button", { name: wb.createButton[language] }),
  },
  {
    id: "nhap-lieu",
    tab: ui.entryTab,
    title: ui.entryTitle,
    ready: (page, language) => page.getByRole("combobox", { name: entry.pickerLabel[language] }),
  },
  {
    id: "kiem-tra",
    tab: ui.validationTab,
    title: ui.validationTitle,
    ready: (page, language) => page.getByRole("button", { name: check.rerunButton[language] }),
  },
  {
    id: "tong-hop",
    tab: ui.summaryTab,
    title: ui.summaryTitle,
    ready: (page, language) => page.getByRole("button", { name: summary.build[language] }),
  },
  {
    id: "hop-nhat",
    tab: ui.consolidationTab,
    title: ui.consolidationTitle,
    ready: (page, language) => page.getByRole("button", { name: merge.pickButton[language] }),
  },
];

describe("every view, in both languages and both themes", () => {
  it.each([
    { language: "vi" as const, dark: false },
    { language: "en" as const, dark: false },
    { language: "vi" as const, dark: true },
  ])(
    "language $language, dark $dark: axe finds nothing serious, and the primary control is reachable by Tab",
    async ({ language, dark }) => {
      pane = await openPane(env, dark ? { fake: { office: { officeTheme: { bodyBackgroundColor: "#262626" } } } } : {});
      const { page } = pane;
      await createWholePlanWorkbook(page);
      if (language === "en") {
        await page.getByRole("button", { name: ui.languageMenuLabel.vi }).click();
        await page.getByRole("menuitemradio", { name: ui.languageEnglish.en }).click();
      }
      for (const view of VIEWS) {
        await tab(page, view.tab, language).click();
        await page.getByRole("heading", { name: view.title[language] }).waitFor();
        const ready = view.ready(page, language);
        await ready.waitFor();
        expect({ view: view.id, violations: describeViolations(await seriousAxeViolations(page)) }).toEqual({
          view: view.id,
          violations: [],
        });
        if (ready.toString().includes("getByRole('button'") || ready.toString().includes("combobox")) {
          expect(await tabTo(page, ready)).toBeGreaterThan(0);
        }
        if (language === "en" || dark) await screenshot(page, `${dark ? "dark" : language}-${view.id}`);
      }
    },
  );
});

describe("language", () => {
  it("switches the whole pane to English and remembers it after a reload", async () => {
    pane = await openPane(env);
    const { page } = pane;
    await waitForPane(page);
    const menu = page.getByRole("button", { name: ui.languageMenuLabel.vi });
    expect(await tabTo(page, menu)).toBeGreaterThan(0);
    await menu.click();
    await page.getByRole("menuitemradio", { name: ui.languageEnglish.en }).click();
    await waitForPane(page, "en");
    for (const label of [ui.frameworkTab, ui.entryTab, ui.validationTab, ui.summaryTab, ui.consolidationTab]) {
      await tab(page, label, "en").waitFor();
    }
    await page.getByRole("button", { name: wb.createButton.en }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "language-english");

    await page.reload();
    await waitForPane(page, "en");
  });
});

describe("dark theme", () => {
  it("renders dark when Office's theme is dark", async () => {
    pane = await openPane(env, { fake: { office: { officeTheme: { bodyBackgroundColor: "#262626" } } } });
    const { page } = pane;
    await waitForPane(page);
    const colours = await page.evaluate(() => {
      const provider = document.querySelector("[data-theme]");
      return {
        theme: provider?.getAttribute("data-theme"),
        background: provider ? getComputedStyle(provider).backgroundColor : "",
      };
    });
    expect(colours.theme).toBe("dark");
    const [r, g, b] = (colours.background.match(/\d+/g) ?? []).map(Number);
    expect(Math.max(r, g, b)).toBeLessThan(80);
    await expectAccessible(page);
    await screenshot(page, "dark-khung");
  });
});
