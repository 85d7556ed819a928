/**
 * The browser reader against the Node reader: the same reasons for unusable files, the same snapshot of
 * unit workbooks written by writePlanToXlsx (through buildWorkbookPlan), hence the same consolidation.
 */
import { consolidate } from "../core/consolidation/consolidate";
import { consolidationJson } from "../core/consolidation/consolidationJson";
import type { SubmissionFile, SubmissionReader } from "../core/consolidation/submission";
import { HA_TINH_2024_FRAMEWORK } from "../core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../core/framework/units";
import { RETURNS, returned, unusableFiles } from "../../test/consolidation/returnedWorkbooks";
import { browserSubmissionReader, zipDirectory } from "./browserSubmissionReader";
import { readSubmission } from "./readSubmission";
import { snapshotDifferences } from "./testing/compareSnapshots";

jest.setTimeout(120_000);

describe("browserSubmissionReader", () => {
  it("reads a unit workbook's entry sheets exactly as readSubmission does", async () => {
    const bytes = await returned(RETURNS.noiVu);
    const browser = await browserSubmissionReader(new Uint8Array(bytes), "noi-vu.xlsx");
    const node = await readSubmission(bytes, "noi-vu.xlsx");
    if (!browser.ok || !node.ok) throw new Error("unreadable");
    expect(browser.snapshot.sheets.map((s) => s.name)).toEqual(node.snapshot.sheets.map((s) => s.name));
    expect(snapshotDifferences(browser.snapshot, node.snapshot)).toEqual([]);
  });

  it("gives each unusable file the reason readSubmission gives", async () => {
    const files = await unusableFiles();
    const reasons = await Promise.all(
      files.map(async (f) => {
        const reading = await browserSubmissionReader(f.bytes, f.name);
        const node = await readSubmission(f.bytes, f.name);
        return {
          name: f.name,
          browser: reading.ok ? "ok" : reading.reason,
          node: node.ok ? "ok" : node.reason,
          namesFile: reading.ok || (reading.message.vi.includes(f.name) && reading.message.en.includes(f.name)),
        };
      }),
    );
    for (const r of reasons) expect(r).toEqual({ name: r.name, browser: r.node, node: r.node, namesFile: true });
    // The ones the brief singles out, by their expected reason.
    const byName = new Map(reasons.map((r) => [r.name, r.browser]));
    expect(byName.get("ghi-chu.xlsx")).toBe("notXlsx");
    expect(byName.get("cat-do.xlsx")).toBe("corrupted");
    expect(byName.get("mat-khau.xlsx")).toBe("encrypted");
    expect(byName.get("qua-nang.xlsx")).toBe("tooLarge");
    expect(byName.get("qua-nhieu-o.xlsx")).toBe("tooLarge");
  });

  it("never throws, whatever bytes follow a ZIP signature", async () => {
    const good = new Uint8Array(await returned(RETURNS.tuPhap));
    for (const cut of [4, 30, 100, good.length - 30, good.length - 1]) {
      const reading = await browserSubmissionReader(good.subarray(0, cut), "cut.xlsx");
      expect(reading.ok ? "ok" : reading.reason).toBe("corrupted");
    }
  });

  it("lists the central directory of a written workbook", async () => {
    const names = zipDirectory(new Uint8Array(await returned(RETURNS.tuPhap))).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["xl/workbook.xml", "[Content_Types].xml"]));
  });

  it("makes consolidate() give the same JSON as readSubmission for the same files", async () => {
    const files: SubmissionFile[] = [
      { name: "noi-vu.xlsx", lastModified: 1, bytes: new Uint8Array(await returned(RETURNS.noiVu)) },
      { name: "duc-tho.xlsx", lastModified: 2, bytes: new Uint8Array(await returned(RETURNS.ducTho)) },
      { name: "nghi-xuan.xlsx", lastModified: 3, bytes: new Uint8Array(await returned(RETURNS.nghiXuan)) },
    ];
    const run = (read: SubmissionReader) =>
      consolidate(files, { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS, read, asOf: "2024-06-14" });
    const browser = consolidationJson(await run((b, n) => browserSubmissionReader(b, n)));
    const node = consolidationJson(await run((b, n) => readSubmission(b, n)));
    expect(browser.units.map((u) => u.status)).toEqual(["included", "included", "included"]);
    expect(browser.targets.length).toBeGreaterThan(0);
    expect(browser).toEqual(node);
  });
});
