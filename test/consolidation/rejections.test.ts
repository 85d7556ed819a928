/**
 * Every way a file can be unusable, through the whole consolidation with the real reader: each is
 * rejected with its reason and a message naming it, and none stops the batch.
 */
import { consolidate } from "../../src/core/consolidation/consolidate";
import type { SubmissionFile } from "../../src/core/consolidation/submission";
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import { filledWorkbook } from "../fixtures/validate-workbook";
import { readSubmission } from "../../src/xlsx/readSubmission";
import { RETURNS, returned, unusableFiles } from "./returnedWorkbooks";

jest.setTimeout(60_000);

const options = { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS, read: readSubmission };

function file(name: string, bytes: Uint8Array, lastModified = 1_718_000_000_000): SubmissionFile {
  return { name, lastModified, bytes };
}

describe("rejected files", () => {
  let cases: Awaited<ReturnType<typeof unusableFiles>>;
  beforeAll(async () => {
    cases = await unusableFiles();
  });

  it("rejects each unusable file with its reason, naming the file, and consolidates the rest", async () => {
    const good = file("tu-phap.xlsx", await returned(RETURNS.tuPhap));
    const result = await consolidate([...cases.map((c) => file(c.name, c.bytes)), good], options);
    expect(result.included.map((s) => s.file)).toEqual(["tu-phap.xlsx"]);
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.file, r.reason]));
    expect(reasons).toEqual(Object.fromEntries(cases.map((c) => [c.name, c.reason])));
    for (const r of result.rejected) {
      expect(r.message.vi).toContain(r.file);
      expect(r.message.en).toContain(r.file);
    }
  });

  it.each([
    ["ghi-chu.xlsx", "text file"],
    ["cu.xls", "old-style Excel file"],
    ["bang.ods", "OpenDocument"],
    ["rong.xlsx", "empty"],
    ["mat-khau.xlsx", "password"],
    ["cat-do.xlsx", "damaged"],
    ["hong.xlsx", "damaged"],
    ["qua-nang.xlsx", "MB, over the tracker's 20,0 MB limit"],
    ["qua-nhieu-o.xlsx", "more than 1.000.000 cells"],
    ["khac.xlsx", "not a PAR tracking workbook"],
  ])("%s: the message says why (%s)", async (name, why) => {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(name);
    const reading = await consolidate([file(name, c.bytes)], options);
    expect(reading.rejected[0].message.en).toContain(why);
  });

  it.each([
    ["toan-tinh.xlsx", "notUnitWorkbook", null, () => filledWorkbook({ period: "2024-H1" })],
    [
      "la.xlsx",
      "unitUnknown",
      "Phòng Không Tên",
      () =>
        returned(RETURNS.tuPhap, "2024-H1", [
          { sheet: "info", key: "DonVi", cell: { value: "Phòng Không Tên" } },
          { sheet: "info", key: "CapDonVi", cell: { value: "cấp thôn" } },
        ]),
    ],
    ["quy-1.xlsx", "wrongPeriod", "UBND huyện Đức Thọ", () => returned(RETURNS.ducTho, "2024-Q1")],
  ] as const)("%s is rejected as %s, the others consolidated", async (name, reason, unit, make) => {
    const result = await consolidate(
      [
        file(name, await make()),
        file("noi-vu.xlsx", await returned(RETURNS.noiVu)),
        file("can-loc.xlsx", await returned(RETURNS.canLoc)),
      ],
      options,
    );
    expect(result.period?.code).toBe("2024-H1");
    expect(result.rejected.map((r) => [r.file, r.reason, r.unit])).toEqual([[name, reason, unit]]);
    expect(result.rejected[0].message.vi).toContain(name);
    expect(result.included.map((s) => s.unit)).toEqual(["Sở Nội vụ", "UBND huyện Can Lộc"]);
  });
});
