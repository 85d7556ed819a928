import "../test/installDomPolyfills";
import { describe, expect, it, jest } from "@jest/globals";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import userEvent from "@testing-library/user-event";
import { App } from "../App";
import { makeHost } from "../test/makeHost";
import type { PaneServices } from "../paneServices";
import { isoToSerial } from "../../core/dates/excelDate";
import { HA_TINH_2024_FRAMEWORK } from "../../core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../core/framework/units";
import type { Unit } from "../../core/framework/types";
import * as m from "../../core/messages/entryView";
import { entryDescription } from "../../core/messages/ui";
import { activityStatusLabels, targetStatusLabels } from "../../core/messages/status";
import { datedActivity, targetWhere } from "../../core/validation/testing/trackingFixture";
import { buildWorkbookPlan } from "../../core/workbook/buildWorkbookPlan";
import { ACTIVITY_COLUMNS, SHEET, TARGET_COLUMNS, columnOf } from "../../core/workbook/layout";
import { cellAddress } from "../../core/workbook/a1";
import { ExcelAdapter } from "../../excel/excelAdapter";
import { createExcelServices } from "../../excel/excelServices";
import { createFakeExcel, type FakeExcel } from "../../excel/fake";

// Fluent renders and user-event typing take seconds in jsdom, more on a loaded CI machine.
jest.setTimeout(60_000);

const plan = { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS };
const district = HA_TINH_2024_UNITS.find((u) => u.name === "UBND huyện Đức Thọ")!;
/** A percent target judged as a level (≥): Thực hiện is a percentage or a numerator. */
const P = targetWhere((t) => t.measure === "percent" && t.comparator === "atLeast" && t.kind === "level");
/** An activity due before the 2024-H1 cut-off. */
const A = datedActivity("2024-01-01", "2024-06-13");

const plans = new Map<string, ReturnType<typeof buildWorkbookPlan>>();
function workbookPlan(unit?: Unit) {
  const key = unit?.name ?? "";
  let built = plans.get(key);
  if (!built) {
    built = buildWorkbookPlan({ ...plan, unit, period: "2024-H1" });
    plans.set(key, built);
  }
  return built;
}

interface Setup {
  fake: FakeExcel;
  services: PaneServices;
  writeEntry: jest.Mock<NonNullable<PaneServices["writeEntry"]>>;
  selectCell: jest.Mock<NonNullable<PaneServices["selectCell"]>>;
  rows: { activity: number; target: number };
}

/** The pane's real Excel services over a fake Excel holding a tracking workbook written by the ExcelAdapter. */
async function setup(unit?: Unit): Promise<Setup> {
  const fake = createFakeExcel();
  const built = workbookPlan(unit);
  await new ExcelAdapter(fake.Excel.run).writePlan(built);
  const real = createExcelServices(plan, fake.Excel.run);
  const writeEntry = jest.fn(real.writeEntry!);
  const selectCell = jest.fn(real.selectCell!);
  return {
    fake,
    services: { ...real, writeEntry, selectCell },
    writeEntry,
    selectCell,
    rows: { activity: built.index.activityRows.get(A.id)!, target: built.index.targetRows.get(P.id)! },
  };
}

function renderPane(services: PaneServices, language: "vi" | "en" = "vi") {
  render(<App host={makeHost({ defaultLanguage: language })} services={services} />);
}

async function openEntryView(language: "vi" | "en" = "vi") {
  const user = userEvent.setup();
  const { entryTab } = await import("../../core/messages/ui");
  await user.click(screen.getByRole("tab", { name: entryTab[language] }));
  await screen.findByRole("combobox", { name: m.pickerLabel[language] }, { timeout: 10_000 });
  return user;
}

/** Presses Tab until `element` has the focus (at most 40 times). */
async function tabTo(user: ReturnType<typeof userEvent.setup>, element: HTMLElement) {
  for (let i = 0; i < 40 && document.activeElement !== element; i++) await user.tab();
  expect(document.activeElement).toBe(element);
}

/** Simulates the user selecting a cell in Excel, and waits for the form to open that row. */
async function selectInExcel(fake: FakeExcel, address: string) {
  await act(() => fake.select(address));
}

/** The list's count line: "{shown} trên {total} dòng", followed by a hint when the list is cut short. */
const count = (shown: number, total: number) => new RegExp(`^${shown} trên ${total} dòng`);

const formHeading = (kind: "activity" | "target", id: string, language: "vi" | "en" = "vi") =>
  `${(kind === "activity" ? m.kindActivity : m.kindTarget)[language]} ${id}`;

const actAddress = (row: number, key: (typeof ACTIVITY_COLUMNS)[number]["key"]) =>
  `'${SHEET.activities}'!${cellAddress(row, columnOf(ACTIVITY_COLUMNS, key))}`;
const tgtAddress = (row: number, key: (typeof TARGET_COLUMNS)[number]["key"]) =>
  `'${SHEET.targets}'!${cellAddress(row, columnOf(TARGET_COLUMNS, key))}`;

describe("EntryView", () => {
  it("follows the selection in Excel, showing the row's context and status", async () => {
    const { fake, services, rows } = await setup();
    renderPane(services);
    await openEntryView();
    expect(screen.getByText(m.selectHint.vi)).toBeTruthy();

    await selectInExcel(fake, actAddress(rows.activity, "note"));
    const heading = await screen.findByRole("heading", { name: formHeading("activity", A.id) });
    const section = within(heading.closest("section")!);
    expect(section.getByText(A.text)).toBeTruthy();
    expect(section.getByText(A.lead)).toBeTruthy();
    expect(section.getAllByText(activityStatusLabels.overdue.vi).length).toBeGreaterThan(0);

    await selectInExcel(fake, tgtAddress(rows.target, "done"));
    expect(await screen.findByRole("heading", { name: formHeading("target", P.id) })).toBeTruthy();
    expect(screen.getByText(P.text)).toBeTruthy();

    // A cell off the item rows keeps the form and says why.
    await selectInExcel(fake, `'${SHEET.info}'!B3`);
    expect(await screen.findByText(/không thuộc dòng hoạt động hay chỉ tiêu nào/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: formHeading("target", P.id) })).toBeTruthy();
  });

  it("opens a row picked from the list, searched without diacritics, and shows it in Excel", async () => {
    const { services, selectCell, rows } = await setup();
    renderPane(services);
    const user = await openEntryView();
    const search = screen.getByRole("combobox", { name: m.pickerLabel.vi });
    const words = A.text.split(/\s+/).slice(0, 3).join(" ");
    const plain = words.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
    await user.type(search, plain);
    await user.click(await screen.findByRole("option", { name: new RegExp(`^${A.id.replace(/[.:]/g, "\\$&")} `) }));
    expect(await screen.findByRole("heading", { name: formHeading("activity", A.id) })).toBeTruthy();
    await waitFor(() =>
      expect(selectCell).toHaveBeenCalledWith(SHEET.activities, actAddress(rows.activity, "state").split("!")[1]),
    );
  });

  it("filters the list to my unit's work by Trách nhiệm", async () => {
    const { services } = await setup(district);
    renderPane(services);
    const user = await openEntryView();
    const total = workbookPlan().index.activityRows.size + workbookPlan().index.targetRows.size;
    expect(screen.getByText(count(total, total))).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: m.myWorkLabel.vi }));
    const mine = countResponsible(district);
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThan(total);
    expect(screen.getByText(count(mine, total))).toBeTruthy();
    expect(screen.getByText(new RegExp(district.name))).toBeTruthy();
  });

  it("in the whole-plan workbook, filters by a unit picked by name, including its groups' rows", async () => {
    const { services } = await setup();
    renderPane(services);
    const user = await openEntryView();
    await user.click(screen.getByRole("checkbox", { name: m.myWorkLabel.vi }));
    await user.type(screen.getByRole("combobox", { name: m.unitFilterLabel.vi }), "duc tho");
    await user.click(await screen.findByRole("option", { name: district.name }));
    const total = workbookPlan().index.activityRows.size + workbookPlan().index.targetRows.size;
    expect(screen.getByText(count(countResponsible(district), total))).toBeTruthy();
  });

  it.each([
    ["-5", /là số âm/],
    ["abc", /“abc” không phải là số/],
    ["2,5", /Đọc là 2,5/],
    ["120", /vượt quá 100%/],
  ])("shows the message for “%s” as it is typed", async (typed, message) => {
    const { fake, services, writeEntry, rows } = await setup();
    renderPane(services);
    const user = await openEntryView();
    await selectInExcel(fake, tgtAddress(rows.target, "done"));
    const done = await screen.findByRole("textbox", { name: m.doneLabel.vi });
    await user.type(done, typed);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(writeEntry).not.toHaveBeenCalled();
  });

  it("saves typed figures as numbers, re-reads the row and shows its new status", async () => {
    const { fake, services, writeEntry, rows } = await setup();
    renderPane(services);
    const user = await openEntryView();
    await selectInExcel(fake, tgtAddress(rows.target, "done"));
    await user.type(await screen.findByRole("textbox", { name: m.doneLabel.vi }), "50,5");
    await user.type(screen.getByRole("textbox", { name: m.totalLabel.vi }), "50,5");
    await user.type(screen.getByRole("textbox", { name: m.noteLabel.vi }), '=HYPERLINK("http://x","y")');
    await user.click(screen.getByRole("button", { name: m.saveButton.vi }));
    await screen.findByText(`Đã lưu dòng ${P.id}`);
    expect(writeEntry).toHaveBeenCalledWith(SHEET.targets, rows.target, {
      done: 50.5,
      total: 50.5,
      note: '=HYPERLINK("http://x","y")',
    });
    const sheet = fake.state.sheet(SHEET.targets);
    expect(sheet.cell(tgtAddress(rows.target, "done").split("!")[1]).value).toBe(50.5);
    expect(sheet.cell(tgtAddress(rows.target, "note").split("!")[1]).formula).toBeNull();
    // The form now shows what the sheet holds, read back.
    expect((screen.getByRole("textbox", { name: m.doneLabel.vi }) as HTMLInputElement).value).toBe("50,5");
    expect(screen.getAllByText(targetStatusLabels.met.vi).length).toBeGreaterThan(0);
  });

  it("saves an activity's state, date (as a serial) and evidence", async () => {
    const { fake, services, writeEntry, rows } = await setup();
    renderPane(services);
    const user = await openEntryView();
    await selectInExcel(fake, actAddress(rows.activity, "state"));
    await user.click(await screen.findByRole("combobox", { name: m.stateLabel.vi }));
    await user.click(await screen.findByRole("option", { name: m.stateDone.vi }));
    // Hoàn thành with no date is an error the validator raises at once.
    expect(await screen.findByText(/đã Hoàn thành nhưng chưa nhập Ngày hoàn thành/)).toBeTruthy();
    const date = screen.getByRole("combobox", { name: m.doneDateLabel.vi });
    await user.type(date, "15.3.24");
    expect(await screen.findByText(/Đọc là ngày 15\/03\/2024/)).toBeTruthy();
    await user.tab();
    await user.type(screen.getByRole("textbox", { name: m.evidenceLabel.vi }), "Số 12/BC-UBND");
    await user.click(screen.getByRole("button", { name: m.saveButton.vi }));
    await screen.findByText(`Đã lưu dòng ${A.id}`);
    expect(writeEntry).toHaveBeenCalledWith(SHEET.activities, rows.activity, {
      state: "Hoàn thành",
      doneDate: isoToSerial("2024-03-15"),
      evidence: "Số 12/BC-UBND",
    });
    expect(screen.getAllByText(activityStatusLabels.done_late.vi).length).toBeGreaterThan(0);
  });

  it("refuses to save while a changed field is in error, and moves focus there", async () => {
    const { fake, services, writeEntry, rows } = await setup();
    renderPane(services);
    const user = await openEntryView();
    await selectInExcel(fake, tgtAddress(rows.target, "done"));
    const done = await screen.findByRole("textbox", { name: m.doneLabel.vi });
    await user.type(done, "abc");
    await user.click(screen.getByRole("button", { name: m.saveButton.vi }));
    expect(await screen.findByText(m.saveBlockedTitle.vi)).toBeTruthy();
    expect(document.activeElement).toBe(done);
    expect(writeEntry).not.toHaveBeenCalled();
  });

  it("works from the keyboard alone: open the view, find a row, type a figure, save with Enter", async () => {
    const { services, writeEntry, rows } = await setup();
    renderPane(services);
    const user = userEvent.setup();
    const { entryTab } = await import("../../core/messages/ui");
    await tabTo(user, screen.getAllByRole("tab")[0]);
    await user.keyboard("{ArrowRight}{Enter}");
    expect(screen.getByRole("tab", { name: entryTab.vi }).getAttribute("aria-selected")).toBe("true");
    const search = await screen.findByRole("combobox", { name: m.pickerLabel.vi }, { timeout: 10_000 });
    await tabTo(user, search);
    await user.keyboard(P.id);
    await screen.findByRole("option", { name: new RegExp(`^${P.id.replace(/\./g, "\\.")} `) });
    await user.keyboard("{ArrowDown}{Enter}");
    const done = await screen.findByRole("textbox", { name: m.doneLabel.vi });
    await tabTo(user, done);
    await user.keyboard("50{Enter}");
    await waitFor(() => expect(writeEntry).toHaveBeenCalledWith(SHEET.targets, rows.target, { done: 50 }));
    expect(await screen.findByText(`Đã lưu dòng ${P.id}`)).toBeTruthy();
  });

  it("holds a selection made with unsaved changes until they are discarded", async () => {
    const { fake, services, rows } = await setup();
    renderPane(services);
    const user = await openEntryView();
    await selectInExcel(fake, tgtAddress(rows.target, "done"));
    await user.type(await screen.findByRole("textbox", { name: m.doneLabel.vi }), "12");
    await selectInExcel(fake, actAddress(rows.activity, "state"));
    expect(await screen.findByText(new RegExp(`chọn dòng ${A.id.replace(/[.:]/g, "\\$&")} trong Excel`))).toBeTruthy();
    expect(screen.getByRole("heading", { name: formHeading("target", P.id) })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: `Bỏ thay đổi và mở ${A.id}` }));
    expect(await screen.findByRole("heading", { name: formHeading("activity", A.id) })).toBeTruthy();
  });

  it("says what went wrong and what to do when a write fails", async () => {
    const { fake, services, rows } = await setup();
    const failing = {
      ...services,
      writeEntry: jest.fn<NonNullable<PaneServices["writeEntry"]>>().mockRejectedValue(new Error("AccessDenied")),
    };
    renderPane(failing);
    const user = await openEntryView();
    await selectInExcel(fake, tgtAddress(rows.target, "done"));
    await user.type(await screen.findByRole("textbox", { name: m.doneLabel.vi }), "12");
    await user.click(screen.getByRole("button", { name: m.saveButton.vi }));
    expect(await screen.findByText(m.writeFailedTitle.vi)).toBeTruthy();
    expect(screen.getByText(/AccessDenied/)).toBeTruthy();
    expect(screen.getByText(new RegExp(m.writeFailedNext.vi.slice(0, 30)))).toBeTruthy();
    // What was typed is kept for another try.
    expect((screen.getByRole("textbox", { name: m.doneLabel.vi }) as HTMLInputElement).value).toBe("12");
  });

  it("speaks English too", async () => {
    const { fake, services, rows } = await setup();
    renderPane(services, "en");
    const user = await openEntryView("en");
    await selectInExcel(fake, tgtAddress(rows.target, "done"));
    expect(await screen.findByRole("heading", { name: formHeading("target", P.id, "en") })).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: m.doneLabel.en }), "2,5");
    expect(await screen.findByText(/Read as 2\.5/)).toBeTruthy();
    expect(screen.getByRole("button", { name: m.saveButton.en })).toBeTruthy();
  });

  it("explains a workbook that is not a tracking workbook", async () => {
    const fake = createFakeExcel();
    renderPane(createExcelServices(plan, fake.Excel.run));
    const { entryTab } = await import("../../core/messages/ui");
    await userEvent.click(screen.getByRole("tab", { name: entryTab.vi }));
    expect(await screen.findByText(m.notTrackingTitle.vi, {}, { timeout: 10_000 })).toBeTruthy();
  });

  it("has no accessibility violations with an activity open and with a target open", async () => {
    // axe probes icon fonts through a canvas, which jsdom lacks; without one it skips that probe.
    HTMLCanvasElement.prototype.getContext = () => null;
    const { fake, services, rows } = await setup(district);
    renderPane(services);
    await openEntryView();
    await selectInExcel(fake, actAddress(rows.activity, "state"));
    await screen.findByRole("heading", { name: formHeading("activity", A.id) });
    expect(await violations()).toEqual([]);
    await selectInExcel(fake, tgtAddress(rows.target, "done"));
    await screen.findByRole("heading", { name: formHeading("target", P.id) });
    await userEvent.type(screen.getByRole("textbox", { name: m.doneLabel.vi }), "abc");
    expect(await violations()).toEqual([]);
  });

  it("says it needs Excel where there is no workbook", async () => {
    renderPane({});
    const { entryTab } = await import("../../core/messages/ui");
    await userEvent.click(screen.getByRole("tab", { name: entryTab.vi }));
    expect(screen.getByText(entryDescription.vi)).toBeTruthy();
    expect(screen.getByText(m.unavailable.vi)).toBeTruthy();
  });
});

/** axe-core's violations for the rendered document; colour contrast needs real rendering, so it is left to the browser. */
async function violations(): Promise<string[]> {
  const results = await act(() => axe.run(document.body, { rules: { "color-contrast": { enabled: false } } }));
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.html).join(" | ")}`);
}

/** The rows a unit's own workbook marks Chủ trì or Phối hợp. */
function countResponsible(unit: Unit): number {
  const built = workbookPlan(unit);
  let count = 0;
  for (const sheet of built.sheets.filter((s) => s.name === SHEET.activities || s.name === SHEET.targets)) {
    const columns = sheet.name === SHEET.activities ? ACTIVITY_COLUMNS : TARGET_COLUMNS;
    const col = columns.findIndex((c) => c.key === "responsibility");
    const rows = sheet.name === SHEET.activities ? built.index.activityRows : built.index.targetRows;
    for (const row of rows.values()) {
      const block = sheet.blocks.find((b) => b.row <= row && row < b.row + b.cells.length && b.col === 0);
      const value = block?.cells[row - block.row][col].value;
      if (typeof value === "string" && value !== "") count++;
    }
  }
  return count;
}
