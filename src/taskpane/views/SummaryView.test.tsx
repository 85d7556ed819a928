import "../test/installDomPolyfills";
import { describe, expect, it, jest } from "@jest/globals";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App } from "../App";
import { makeHost } from "../test/makeHost";
import type { PaneServices } from "../paneServices";
import type { BuildSummariesOptions, SummaryResult } from "../../core/summary/buildSummaries";
import { SummaryError } from "../../core/summary/summaryError";
import { SUMMARY_SHEET } from "../../core/summary/summaryLayout";
import { notTrackingWorkbook, view as m } from "../../core/messages/summary";
import { summaryTab } from "../../core/messages/ui";
import { PROGRESS_DELAY_MS } from "./SummaryView";

jest.setTimeout(30_000);

function result(overrides: Partial<SummaryResult> = {}): SummaryResult {
  return {
    sheets: Object.values(SUMMARY_SHEET),
    warnings: [],
    headline: {
      asOf: "2024-06-14",
      workbookAsOf: "2024-06-14",
      period: { vi: "6 tháng đầu năm 2024", en: "First half of 2024" },
      unit: null,
      targets: {
        judged: 45,
        met: 12,
        onTrack: 3,
        atRisk: 2,
        lagging: 5,
        noData: 18,
        notApplicable: 5,
        invalid: 0,
        metShare: 0.3,
      },
      activities: {
        judged: 93,
        done: 20,
        doneLate: 5,
        inProgress: 10,
        dueSoon: 4,
        overdue: 7,
        notStarted: 12,
        ongoing: 18,
        conditional: 17,
        due: 32,
        dueDone: 25,
        dueShare: 25 / 32,
      },
    },
    ...overrides,
  };
}

type Build = (options: BuildSummariesOptions) => Promise<SummaryResult>;

async function open(services: PaneServices, language: "vi" | "en" = "vi") {
  const user = userEvent.setup();
  render(<App host={makeHost({ defaultLanguage: language })} services={services} />);
  await user.click(screen.getByRole("tab", { name: summaryTab[language] }));
  return { user, panel: within(screen.getByRole("tabpanel")) };
}

describe("SummaryView", () => {
  it("builds all four sheets, then offers to rebuild, and shows the headline figures", async () => {
    const buildSummaries = jest.fn<Build>().mockResolvedValue(result());
    const { user, panel } = await open({ buildSummaries });
    await user.click(panel.getByRole("button", { name: m.build.vi }));
    await waitFor(() => expect(panel.getByText(m.builtTitle.vi)).toBeTruthy());
    expect(buildSummaries).toHaveBeenCalledWith({
      kinds: ["section", "lead", "deadline", "report"],
      previewOnly: false,
    });
    expect(panel.getByText(/Tổng hợp theo lĩnh vực, Tổng hợp theo cơ quan chủ trì/)).toBeTruthy();
    const figures = within(panel.getByRole("region", { name: m.previewTitle.vi }));
    expect(figures.getByText("12/40 (30%)")).toBeTruthy();
    expect(figures.getByText("25/32 (78,1%)")).toBeTruthy();
    expect(figures.getByText("Số liệu đến ngày 14/06/2024 — 6 tháng đầu năm 2024")).toBeTruthy();
    expect(panel.getByRole("button", { name: m.rebuild.vi })).toBeTruthy();
  });

  it("builds only the sheets left ticked, and previews without writing", async () => {
    const buildSummaries = jest.fn<Build>().mockResolvedValue(result({ sheets: [] }));
    const { user, panel } = await open({ buildSummaries }, "en");
    await user.click(panel.getByRole("checkbox", { name: m.kindLead.en }));
    await user.click(panel.getByRole("checkbox", { name: m.kindDeadline.en }));
    await user.click(panel.getByRole("button", { name: m.preview.en }));
    await waitFor(() => expect(panel.getByRole("region", { name: m.previewTitle.en })).toBeTruthy());
    expect(buildSummaries).toHaveBeenLastCalledWith({ kinds: ["section", "report"], previewOnly: true });
    expect(panel.queryByText(m.builtTitle.en)).toBeNull();
    expect(panel.getByText("25 of 32 (78.1%)")).toBeTruthy();
  });

  it("asks for at least one sheet", async () => {
    const buildSummaries = jest.fn<Build>().mockResolvedValue(result());
    const { user, panel } = await open({ buildSummaries });
    for (const label of [m.kindSection, m.kindLead, m.kindDeadline, m.kindReport]) {
      await user.click(panel.getByRole("checkbox", { name: label.vi }));
    }
    expect(panel.getByRole("alert").textContent).toBe(m.noKinds.vi);
    expect((panel.getByRole("button", { name: m.build.vi }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows progress only for an action slower than 300 ms", async () => {
    let finish: (r: SummaryResult) => void = () => undefined;
    const buildSummaries = jest.fn<Build>().mockImplementation(
      () =>
        new Promise<SummaryResult>((resolve) => {
          finish = resolve;
        }),
    );
    const { user, panel } = await open({ buildSummaries });
    const clicked = Date.now();
    await user.click(panel.getByRole("button", { name: m.build.vi }));
    // The timer cannot have fired yet: no flicker for quick actions.
    if (Date.now() - clicked < PROGRESS_DELAY_MS) expect(panel.queryByText(m.building.vi)).toBeNull();
    expect(await panel.findByText(m.building.vi, {}, { timeout: 3000 })).toBeTruthy();
    expect(Date.now() - clicked).toBeGreaterThanOrEqual(PROGRESS_DELAY_MS);
    expect((panel.getByRole("button", { name: m.build.vi }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish(result()));
    expect(panel.queryByText(m.building.vi)).toBeNull();
    expect(panel.getByText(m.builtTitle.vi)).toBeTruthy();
  });

  it("says what went wrong and what to do, in the pane's language", async () => {
    const buildSummaries = jest.fn<Build>().mockRejectedValue(new SummaryError(notTrackingWorkbook));
    const { user, panel } = await open({ buildSummaries }, "en");
    await user.click(panel.getByRole("button", { name: m.build.en }));
    await waitFor(() => expect(panel.getByText(m.failedTitle.en)).toBeTruthy());
    expect(panel.getByText(new RegExp(notTrackingWorkbook.en.slice(0, 40).replace(/[()]/g, ".")))).toBeTruthy();
    expect(panel.getByText(/press Esc/)).toBeTruthy();
  });

  it("passes on the warnings of sheets that could not be fully live", async () => {
    const warning = { vi: "Trang “Tổng hợp theo cơ quan chủ trì”: sổ thiếu cột", en: "Sheet lacks a column" };
    const buildSummaries = jest.fn<Build>().mockResolvedValue(result({ warnings: [warning] }));
    const { user, panel } = await open({ buildSummaries });
    await user.click(panel.getByRole("button", { name: m.build.vi }));
    await waitFor(() => expect(panel.getByText(warning.vi)).toBeTruthy());
  });

  it("has no accessibility violations with the figures, a warning and the result shown", async () => {
    HTMLCanvasElement.prototype.getContext = () => null;
    const warning = { vi: "Trang thiếu cột", en: "A column is missing" };
    const buildSummaries = jest.fn<Build>().mockResolvedValue(result({ warnings: [warning] }));
    const { user, panel } = await open({ buildSummaries });
    await user.click(panel.getByRole("button", { name: m.build.vi }));
    await waitFor(() => expect(panel.getByText(m.builtTitle.vi)).toBeTruthy());
    const found = await act(() => axe.run(document.body, { rules: { "color-contrast": { enabled: false } } }));
    expect(found.violations.map((v) => v.id)).toEqual([]);
  });

  it("disables the actions outside Excel", async () => {
    const { panel } = await open({});
    expect((panel.getByRole("button", { name: m.build.vi }) as HTMLButtonElement).disabled).toBe(true);
    expect((panel.getByRole("button", { name: m.preview.vi }) as HTMLButtonElement).disabled).toBe(true);
    expect(panel.getByText(m.unavailable.vi)).toBeTruthy();
  });
});
