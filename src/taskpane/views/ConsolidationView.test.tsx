import "../test/installDomPolyfills";
import { describe, expect, it, jest } from "@jest/globals";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App } from "../App";
import { makeHost } from "../test/makeHost";
import type { ConsolidateRequest, PaneServices } from "../paneServices";
import { ConsolidationCancelledError } from "../../core/consolidation/consolidate";
import { consolidateSubmissions } from "../../core/consolidation/consolidateSubmissions";
import type { ConsolidationResult } from "../../core/consolidation/consolidationResult";
import type { SubmissionFile } from "../../core/consolidation/submission";
import {
  SMALL_FRAMEWORK,
  SMALL_UNITS,
  submission,
  workedExample,
} from "../../core/consolidation/testing/consolidationFixture";
import * as m from "../../core/messages/consolidationView";
import { consolidationTab } from "../../core/messages/ui";

jest.setTimeout(30_000);

HTMLCanvasElement.prototype.getContext = () => null;

const plan = { framework: SMALL_FRAMEWORK, units: SMALL_UNITS };

/** A real result: huyện A twice, Sở Tư pháp's Q1 return, xã Z missing, a text file, an invalid entry of xã Y. */
function result(): ConsolidationResult {
  const submissions = workedExample().map((s) =>
    s.unit === "UBND xã Y" ? submission({ unit: "UBND xã Y", excluded: ["I.2"] }) : s,
  );
  return consolidateSubmissions(
    submissions,
    [
      {
        file: "ghi-chu.xlsx",
        lastModified: 1,
        reason: "notXlsx",
        message: { vi: "Tệp “ghi-chu.xlsx” là tệp văn bản.", en: "“ghi-chu.xlsx” is a text file." },
        unit: null,
        level: null,
        period: null,
      },
    ],
    { framework: SMALL_FRAMEWORK, units: SMALL_UNITS, period: "2024-H1" },
  );
}

type Consolidate = (files: SubmissionFile[], request: ConsolidateRequest) => Promise<ConsolidationResult>;

const xlsx = (name: string) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, { lastModified: 7 });

async function open(services: PaneServices, language: "vi" | "en" = "vi") {
  const user = userEvent.setup();
  render(<App host={makeHost({ defaultLanguage: language })} services={{ plan, ...services }} />);
  await user.click(screen.getByRole("tab", { name: consolidationTab[language] }));
  const panel = within(screen.getByRole("tabpanel"));
  const input = panel.getByLabelText(m.pickInputLabel[language]) as HTMLInputElement;
  return { user, panel, input };
}

function deferred() {
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe("ConsolidationView", () => {
  it("consolidates the picked files for the year's last period, then lists the problems and toasts the counts", async () => {
    const consolidate = jest.fn<Consolidate>().mockResolvedValue(result());
    const { user, panel, input } = await open({ consolidate, hasTrackingSheets: async () => false });
    expect((panel.getByRole("combobox", { name: m.periodLabel.vi }) as HTMLSelectElement).value).toBe("2024");
    expect(panel.getByRole("button", { name: m.pickButton.vi })).toBeTruthy();
    await user.upload(input, [xlsx("a.xlsx"), xlsx("b.xlsx")]);
    await waitFor(() => expect(panel.getByRole("region", { name: m.problemsTitle.vi })).toBeTruthy());
    const [files, request] = consolidate.mock.calls[0];
    expect(files.map((f) => [f.name, f.lastModified, typeof f.bytes])).toEqual([
      ["a.xlsx", 7, "function"],
      ["b.xlsx", 7, "function"],
    ]);
    expect(request.period).toBe("2024");
    const problems = within(panel.getByRole("region", { name: m.problemsTitle.vi }));
    const rejected = within(problems.getByRole("region", { name: "Tệp bị loại (2)" }));
    expect(rejected.getByText(/ghi-chu\.xlsx — Không phải tệp \.xlsx/)).toBeTruthy();
    expect(rejected.getByText(/stp-q1\.xlsx — Sai kỳ báo cáo/)).toBeTruthy();
    const duplicates = within(problems.getByRole("region", { name: "Bản nộp trùng (1)" }));
    expect(duplicates.getByText("UBND huyện A: dùng “a-new.xlsx”, bỏ “a-old.xlsx”")).toBeTruthy();
    const missing = within(problems.getByRole("region", { name: "Đơn vị chưa nộp (1)" }));
    expect(missing.getByText("UBND xã Z")).toBeTruthy();
    const invalid = within(problems.getByRole("region", { name: "Số liệu không hợp lệ, không được tính (1)" }));
    expect(invalid.getByText("UBND xã Y — I.2: lỗi I.2")).toBeTruthy();
    expect(
      screen.getAllByText("7 đơn vị được tính, 1 bản trùng, 2 tệp bị loại, 1 đơn vị chưa nộp.").length,
    ).toBeGreaterThan(0);
  });

  it("speaks English, with the period chosen", async () => {
    const consolidate = jest.fn<Consolidate>().mockResolvedValue(result());
    const { user, panel, input } = await open({ consolidate }, "en");
    await user.selectOptions(panel.getByRole("combobox", { name: m.periodLabel.en }), "2024-H1");
    await user.upload(input, [xlsx("a.xlsx")]);
    await waitFor(() => expect(panel.getByRole("region", { name: m.problemsTitle.en })).toBeTruthy());
    expect(consolidate.mock.calls[0][1].period).toBe("2024-H1");
    expect(panel.getByRole("region", { name: "Rejected files (2)" })).toBeTruthy();
    expect(panel.getByText("UBND huyện A: used “a-new.xlsx”, left out “a-old.xlsx”")).toBeTruthy();
    expect(panel.getByRole("region", { name: "Units that did not submit (1)" })).toBeTruthy();
  });

  it("shows the file count and the current file while reading, and cancels through the signal", async () => {
    const step = deferred();
    let seen: AbortSignal | undefined;
    const consolidate = jest.fn<Consolidate>(async (files, request) => {
      seen = request.signal;
      request.onProgress?.({ phase: "reading", done: 1, total: files.length, file: files[0].name, outcome: "read" });
      await Promise.race([step.promise, new Promise((resolve) => request.signal?.addEventListener("abort", resolve))]);
      if (request.signal?.aborted) throw new ConsolidationCancelledError();
      return result();
    });
    const { user, panel, input } = await open({ consolidate });
    await user.upload(input, [xlsx("so-noi-vu.xlsx"), xlsx("so-tu-phap.xlsx"), xlsx("huyen-a.xlsx")]);
    const label = "Đã đọc 1/3 tệp — so-noi-vu.xlsx";
    const bar = await panel.findByRole("progressbar", { name: label });
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(1 / 3);
    expect((panel.getByRole("button", { name: m.pickButton.vi }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(panel.getByRole("button", { name: m.cancel.vi }));
    expect(seen?.aborted).toBe(true);
    await waitFor(() => expect(panel.getByText(m.cancelledTitle.vi)).toBeTruthy());
    expect(panel.queryByRole("progressbar")).toBeNull();
    expect(panel.queryByRole("region", { name: m.problemsTitle.vi })).toBeNull();
    step.release();
  });

  it("asks before writing into a workbook with tracking sheets, and writes only after confirming", async () => {
    const consolidate = jest.fn<Consolidate>().mockResolvedValue(result());
    const { user, panel, input } = await open({ consolidate, hasTrackingSheets: async () => true });
    await user.upload(input, [xlsx("a.xlsx")]);
    let dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(m.confirmTitle.vi)).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: m.confirmCancel.vi }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(consolidate).not.toHaveBeenCalled();

    await user.upload(input, [xlsx("a.xlsx"), xlsx("b.xlsx")]);
    dialog = await screen.findByRole("dialog");
    expect(consolidate).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: m.confirmWrite.vi }));
    await waitFor(() => expect(consolidate).toHaveBeenCalledTimes(1));
    expect(consolidate.mock.calls[0][0].map((f) => f.name)).toEqual(["a.xlsx", "b.xlsx"]);
    await waitFor(() => expect(panel.getByRole("region", { name: m.problemsTitle.vi })).toBeTruthy());
  });

  it("reports a failure with what to do next", async () => {
    const consolidate = jest.fn<Consolidate>().mockRejectedValue(new Error("Excel bận"));
    const { user, panel, input } = await open({ consolidate });
    await user.upload(input, [xlsx("a.xlsx")]);
    await waitFor(() => expect(panel.getByText(m.failedTitle.vi)).toBeTruthy());
    expect(panel.getByText(m.failedNext.vi)).toBeTruthy();
    expect(panel.getByText(/Excel bận/)).toBeTruthy();
  });

  it("disables picking outside Excel's services", async () => {
    const { panel } = await open({});
    expect((panel.getByRole("button", { name: m.pickButton.vi }) as HTMLButtonElement).disabled).toBe(true);
    expect(panel.getByText(m.unavailable.vi)).toBeTruthy();
  });

  it("has no axe violations with the problems listed", async () => {
    const { user, panel, input } = await open({ consolidate: async () => result() });
    await user.upload(input, [xlsx("a.xlsx")]);
    await waitFor(() => expect(panel.getByRole("region", { name: m.problemsTitle.vi })).toBeTruthy());
    // The toaster is the shell's; the view's own content and dialog are what this view answers for.
    const results = await act(() =>
      axe.run(screen.getByRole("tabpanel"), { rules: { "color-contrast": { enabled: false } } }),
    );
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
  });
});
