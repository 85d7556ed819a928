import "../test/installDomPolyfills";
import { describe, expect, it, jest } from "@jest/globals";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../App";
import { makeHost } from "../test/makeHost";
import type { CreateWorkbookRequest, PaneServices } from "../paneServices";
import type { CreateWorkbookResult } from "../../core/workbook/createTrackingWorkbook";
import { HA_TINH_2024_FRAMEWORK } from "../../core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../core/framework/units";
import * as m from "../../core/messages/workbookView";

jest.setTimeout(30_000);

const plan = { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS };

function result(overrides: Partial<CreateWorkbookResult> = {}): CreateWorkbookResult {
  return {
    reloaded: false,
    report: { added: 138, kept: 0, removed: 0, removedIds: [] },
    activities: 93,
    targets: 45,
    ...overrides,
  };
}

function renderView(services: PaneServices, language: "vi" | "en" = "vi") {
  return render(<App host={makeHost({ defaultLanguage: language })} services={services} />);
}

describe("FrameworkView", () => {
  it("builds the whole-plan workbook with the default period and reports the counts", async () => {
    const createWorkbook = jest
      .fn<(r: CreateWorkbookRequest) => Promise<CreateWorkbookResult>>()
      .mockResolvedValue(result());
    renderView({ plan, createWorkbook });
    expect(screen.getByText(/93 hoạt động, 45 chỉ tiêu/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: m.createButton.vi }));
    await waitFor(() => expect(screen.getByText(m.createdTitle.vi)).toBeTruthy());
    expect(createWorkbook).toHaveBeenCalledWith({ unit: undefined, period: "2024", password: undefined });
  });

  it("takes a unit from the list, fills its level, and passes the period and password", async () => {
    const user = userEvent.setup();
    const createWorkbook = jest
      .fn<(r: CreateWorkbookRequest) => Promise<CreateWorkbookResult>>()
      .mockResolvedValue(result({ reloaded: true, report: { added: 2, kept: 40, removed: 3, removedIds: [] } }));
    renderView({ plan, createWorkbook }, "en");
    await user.type(screen.getByRole("combobox", { name: m.unitLabel.en }), "Đức Thọ");
    await user.click(await screen.findByRole("option", { name: "UBND huyện Đức Thọ" }));
    await user.click(screen.getByRole("combobox", { name: m.periodLabel.en }));
    await user.click(screen.getByRole("option", { name: /Q1 2024|Quý I/ }));
    await user.type(screen.getByLabelText(m.passwordLabel.en), "bí mật");
    await user.click(screen.getByRole("button", { name: m.createButton.en }));
    await waitFor(() => expect(screen.getByText(m.reloadedTitle.en)).toBeTruthy());
    // The success toast (and its live-region announcement) carries the counts.
    expect(screen.getAllByText(/2 rows added, 40 rows with entries kept, 3 rows moved/).length).toBeGreaterThan(0);
    expect(createWorkbook).toHaveBeenCalledWith({
      unit: { name: "UBND huyện Đức Thọ", level: "district" },
      period: "2024-Q1",
      password: "bí mật",
    });
  });

  it("asks for a level when the unit is typed by hand, then builds", async () => {
    const user = userEvent.setup();
    const createWorkbook = jest
      .fn<(r: CreateWorkbookRequest) => Promise<CreateWorkbookResult>>()
      .mockResolvedValue(result());
    renderView({ plan, createWorkbook });
    await user.type(screen.getByRole("combobox", { name: m.unitLabel.vi }), "UBND xã Mới");
    expect(screen.getByText(m.levelRequired.vi)).toBeTruthy();
    expect((screen.getByRole("button", { name: m.createButton.vi }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole("combobox", { name: m.levelLabel.vi }));
    await user.click(screen.getByRole("option", { name: m.levelCommune.vi }));
    await user.click(screen.getByRole("button", { name: m.createButton.vi }));
    await waitFor(() => expect(createWorkbook).toHaveBeenCalled());
    expect(createWorkbook.mock.calls[0][0].unit).toEqual({ name: "UBND xã Mới", level: "commune" });
  });

  it("shows what went wrong and what to do next", async () => {
    const createWorkbook = jest
      .fn<(r: CreateWorkbookRequest) => Promise<CreateWorkbookResult>>()
      .mockRejectedValue(new Error("InvalidOperation"));
    renderView({ plan, createWorkbook });
    await userEvent.click(screen.getByRole("button", { name: m.createButton.vi }));
    await waitFor(() => expect(screen.getByText(m.createFailedTitle.vi)).toBeTruthy());
    expect(screen.getByText(/InvalidOperation/)).toBeTruthy();
    expect(screen.getByText(m.createFailedNext.vi)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Đóng" }));
    expect(screen.queryByText(m.createFailedTitle.vi)).toBeNull();
  });

  it("survives the plan arriving after the first render, as index.tsx loads it lazily", async () => {
    const createWorkbook = jest
      .fn<(r: CreateWorkbookRequest) => Promise<CreateWorkbookResult>>()
      .mockResolvedValue(result());
    const host = makeHost();
    const { rerender } = render(<App host={host} />);
    rerender(<App host={host} services={{ plan, createWorkbook }} />);
    await userEvent.click(screen.getByRole("button", { name: m.createButton.vi }));
    await waitFor(() => expect(createWorkbook).toHaveBeenCalled());
    expect(createWorkbook.mock.calls[0][0].period).toBe(String(plan.framework.year));
  });

  it("disables the action where there is no workbook to write to", () => {
    renderView({});
    expect((screen.getByRole("button", { name: m.createButton.vi }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(m.unavailable.vi)).toBeTruthy();
  });
});
