import "../test/installDomPolyfills";
import { describe, expect, it, jest } from "@jest/globals";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import userEvent from "@testing-library/user-event";
import { App } from "../App";
import { makeHost } from "../test/makeHost";
import type { PaneServices } from "../paneServices";
import { HA_TINH_2024_FRAMEWORK } from "../../core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../core/framework/units";
import * as m from "../../core/messages/checkView";
import { activityStatusLabels, targetStatusLabels } from "../../core/messages/status";
import { validationTab } from "../../core/messages/ui";
import type { WorkbookEvaluation } from "../../core/validation/evaluateWorkbook";
import { finding, type Finding } from "../../core/validation/finding";
import { buildWorkbookPlan } from "../../core/workbook/buildWorkbookPlan";
import { SHEET, TARGET_COLUMNS, columnOf } from "../../core/workbook/layout";
import { cellAddress } from "../../core/workbook/a1";
import { ExcelAdapter } from "../../excel/excelAdapter";
import { createExcelServices } from "../../excel/excelServices";
import { createFakeExcel } from "../../excel/fake";

jest.setTimeout(60_000);

type Validate = NonNullable<PaneServices["validate"]>;
type SelectCell = NonNullable<PaneServices["selectCell"]>;

const f = (code: Finding["code"], sheet: string | null, cell: string | null, text: string): Finding =>
  finding(code, { vi: `${text} (vi)`, en: `${text} (en)` }, sheet, cell, null);

const FINDINGS: Finding[] = [
  f("structure.sheetMissing", null, null, "No Danh mục đơn vị"),
  f("info.formatVersion", SHEET.info, "B10", "Format 0.9"),
  f("activity.stateInvalid", SHEET.activities, "M7", "State Xong"),
  f("row.lagNoNote", SHEET.activities, "P9", "Overdue without note"),
  f("number.notNumber", SHEET.targets, "I8", "Not a number"),
  f("number.negative", SHEET.targets, "J8", "Negative"),
];

const row = { id: "x", row: 0, cell: null };
const EVALUATION: WorkbookEvaluation = {
  context: null,
  asOf: "2024-06-14",
  year: 2024,
  period: null,
  activities: [
    { ...row, status: "overdue", due: null },
    { ...row, status: "overdue", due: null },
    { ...row, status: "done", due: null },
  ],
  targets: [
    { ...row, status: "met", value: 1, target: 1 },
    { ...row, status: "lagging", value: 0, target: 1 },
  ],
};

function renderView(services: PaneServices, language: "vi" | "en" = "vi") {
  render(<App host={makeHost({ defaultLanguage: language })} services={services} />);
  return userEvent.setup();
}

async function openView(user: ReturnType<typeof userEvent.setup>, language: "vi" | "en" = "vi") {
  await user.click(screen.getByRole("tab", { name: validationTab[language] }));
}

describe("ValidationView", () => {
  it("checks on opening and lists the findings by severity and sheet, with counts", async () => {
    const validate = jest.fn<Validate>().mockResolvedValue({ findings: FINDINGS, evaluation: EVALUATION });
    const user = renderView({ validate, selectCell: jest.fn<SelectCell>().mockResolvedValue() });
    await openView(user);
    const errors = await screen.findByRole("region", { name: "Lỗi (4)" }, { timeout: 10_000 });
    const warnings = screen.getByRole("region", { name: "Cảnh báo (2)" });
    expect(validate).toHaveBeenCalledTimes(1);
    expect(screen.getByText("4 lỗi, 2 cảnh báo.", { exact: false })).toBeTruthy();
    const errorHeadings = within(errors)
      .getAllByRole("heading", { level: 4 })
      .map((h) => h.textContent);
    expect(errorHeadings).toEqual([`${m.wholeWorkbook.vi} (1)`, `${SHEET.activities} (1)`, `${SHEET.targets} (2)`]);
    expect(
      within(warnings)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual([`${SHEET.info} (1)`, `${SHEET.activities} (1)`]);
    expect(
      within(errors)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["No Danh mục đơn vị (vi)", "State Xong (vi)", "Not a number (vi)", "Negative (vi)"]);
  });

  it("counts the rows by status in the workbook's colours", async () => {
    const validate = jest.fn<Validate>().mockResolvedValue({ findings: [], evaluation: EVALUATION });
    const user = renderView({ validate });
    await openView(user);
    const counts = await screen.findByRole("region", { name: m.statusHeading.vi }, { timeout: 10_000 });
    expect(within(counts).getByText(`2 ${activityStatusLabels.overdue.vi}`)).toBeTruthy();
    expect(within(counts).getByText(`1 ${activityStatusLabels.done.vi}`)).toBeTruthy();
    expect(within(counts).getByText(`1 ${targetStatusLabels.met.vi}`)).toBeTruthy();
    const lagging = within(counts).getByText(`1 ${targetStatusLabels.lagging.vi}`);
    expect(lagging.style.backgroundColor).toBe("rgb(255, 199, 206)");
    expect(within(counts).getByText("Tính đến ngày 14/06/2024")).toBeTruthy();
    expect(screen.getByText(m.cleanTitle.vi)).toBeTruthy();
  });

  it("selects a finding's cell in Excel on a click, and on Enter from the keyboard", async () => {
    const selectCell = jest.fn<SelectCell>().mockResolvedValue();
    const validate = jest.fn<Validate>().mockResolvedValue({ findings: FINDINGS, evaluation: EVALUATION });
    const user = renderView({ validate, selectCell });
    await openView(user);
    await user.click(await screen.findByRole("button", { name: "Not a number (vi)" }, { timeout: 10_000 }));
    expect(selectCell).toHaveBeenLastCalledWith(SHEET.targets, "I8");
    const state = screen.getByRole("button", { name: "State Xong (vi)" });
    for (let i = 0; i < 40 && document.activeElement !== state; i++) await user.tab();
    expect(document.activeElement).toBe(state);
    await user.keyboard("{Enter}");
    expect(selectCell).toHaveBeenLastCalledWith(SHEET.activities, "M7");
    // A whole-file finding has no cell to go to.
    expect(screen.queryByRole("button", { name: "No Danh mục đơn vị (vi)" })).toBeNull();
  });

  it("says when a cell cannot be selected", async () => {
    const selectCell = jest.fn<SelectCell>().mockRejectedValue(new Error("ItemNotFound"));
    const validate = jest.fn<Validate>().mockResolvedValue({ findings: FINDINGS, evaluation: EVALUATION });
    const user = renderView({ validate, selectCell });
    await openView(user);
    await user.click(await screen.findByRole("button", { name: "Negative (vi)" }, { timeout: 10_000 }));
    expect(await screen.findByText("Không chọn được ô Chỉ tiêu!J8")).toBeTruthy();
    expect(screen.getByText(/ItemNotFound/)).toBeTruthy();
    expect(screen.getByText(m.selectFailedNext.vi)).toBeTruthy();
  });

  it("shows progress for a check that takes longer than 300 ms, and none for a quick one", async () => {
    let finish: (value: Awaited<ReturnType<Validate>>) => void = () => undefined;
    const validate = jest
      .fn<Validate>()
      .mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
      .mockResolvedValue({ findings: [], evaluation: EVALUATION });
    const user = renderView({ validate });
    await openView(user);
    expect(await screen.findByText(m.running.vi, {}, { timeout: 10_000 })).toBeTruthy();
    finish({ findings: [], evaluation: EVALUATION });
    await waitFor(() => expect(screen.queryByText(m.running.vi)).toBeNull());
    await user.click(screen.getByRole("button", { name: m.rerunButton.vi }));
    await waitFor(() => expect(validate).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.queryByText(m.running.vi)).toBeNull();
  });

  it("says what failed and what to do next, and checks again on request", async () => {
    const validate = jest
      .fn<Validate>()
      .mockRejectedValueOnce(new Error("GeneralException"))
      .mockResolvedValue({ findings: [], evaluation: EVALUATION });
    const user = renderView({ validate });
    await openView(user);
    expect(await screen.findByText(m.failedTitle.vi, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/GeneralException/)).toBeTruthy();
    expect(screen.getByText(new RegExp(m.failedNext.vi.slice(0, 25)))).toBeTruthy();
    await user.click(screen.getByRole("button", { name: m.rerunButton.vi }));
    expect(await screen.findByText(m.cleanTitle.vi)).toBeTruthy();
    expect(screen.queryByText(m.failedTitle.vi)).toBeNull();
  });

  it("speaks English", async () => {
    const validate = jest.fn<Validate>().mockResolvedValue({ findings: FINDINGS, evaluation: EVALUATION });
    const user = renderView({ validate, selectCell: jest.fn<SelectCell>().mockResolvedValue() }, "en");
    await openView(user, "en");
    expect(await screen.findByRole("region", { name: "Errors (4)" }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Warnings (2)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Not a number (en)" })).toBeTruthy();
    expect(screen.getByText(`2 ${activityStatusLabels.overdue.en}`)).toBeTruthy();
    expect(screen.getByText(`${m.wholeWorkbook.en} (1)`)).toBeTruthy();
  });

  it("validates the workbook in the fake Excel and goes to a poked bad cell", async () => {
    const fake = createFakeExcel();
    const plan = { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS };
    const built = buildWorkbookPlan({ ...plan, period: "2024-H1" });
    await new ExcelAdapter(fake.Excel.run).writePlan(built);
    const targetRow = [...built.index.targetRows.values()][0];
    const address = cellAddress(targetRow, columnOf(TARGET_COLUMNS, "done"));
    fake.state.sheet(SHEET.targets).setCell(address, "khoảng 90");
    const user = renderView(createExcelServices(plan, fake.Excel.run));
    await openView(user);
    const item = await screen.findByRole("button", { name: /khoảng 90/ }, { timeout: 10_000 });
    await user.click(item);
    await waitFor(() => expect(fake.state.selection).toBe(`'${SHEET.targets}'!${address}`));
  });

  it("has no accessibility violations with findings listed", async () => {
    // axe probes icon fonts through a canvas, which jsdom lacks; without one it skips that probe.
    HTMLCanvasElement.prototype.getContext = () => null;
    const validate = jest.fn<Validate>().mockResolvedValue({ findings: FINDINGS, evaluation: EVALUATION });
    const user = renderView({ validate, selectCell: jest.fn<SelectCell>().mockResolvedValue() });
    await openView(user);
    await screen.findByRole("region", { name: "Lỗi (4)" }, { timeout: 10_000 });
    const results = await act(() => axe.run(document.body, { rules: { "color-contrast": { enabled: false } } }));
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.html).join(" | ")}`)).toEqual([]);
  });

  it("says it needs Excel where there is no workbook", async () => {
    const user = renderView({});
    await openView(user);
    expect(screen.getByText(m.unavailable.vi)).toBeTruthy();
  });
});
