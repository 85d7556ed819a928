import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import { ACTIVITY_COLUMNS, FIRST_DATA_ROW, HEADER_ROW, SHEET, TARGET_COLUMNS } from "../../src/core/workbook/layout";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";
import { runCli } from "./runCli";

jest.setTimeout(180_000);

const activityIds = HA_TINH_2024_FRAMEWORK.sections.flatMap((s) =>
  s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities.map((a) => a.id))),
);
const targetIds = HA_TINH_2024_FRAMEWORK.sections.flatMap((s) =>
  s.objectives.flatMap((o) => o.targets.map((t) => t.id)),
);
/** What LibreOffice displays for a formula that failed: Excel-style errors and its own Err:NNN codes. */
const FORMULA_ERROR = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|Err:\d+)$/;

describe("par-tracker workbook", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "par-workbook-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the embedded 2024 workbook that LibreOffice opens and recalculates without a single error", async () => {
    const hostileUnit = '=HYPERLINK("http://example.invalid","x")';
    const result = await runCli(
      ["workbook", "--out", "so.xlsx", "--unit", hostileUnit, "--level", "commune", "--period", "2024-Q1"],
      dir,
    );
    expect(result).toMatchObject({ code: 0 });
    expect(result.stderr).toContain("93");
    const lo = await recalculateWithLibreOffice(join(dir, "so.xlsx"));
    expect(Object.keys(lo.sheets).sort()).toEqual(
      [SHEET.guide, SHEET.info, SHEET.activities, SHEET.targets, SHEET.units].sort(),
    );

    const activities = lo.sheets[SHEET.activities];
    expect(activities[HEADER_ROW]).toEqual(ACTIVITY_COLUMNS.map((c) => c.header));
    const shownActivityIds = activities.slice(FIRST_DATA_ROW).map((row) => row[0]);
    expect(shownActivityIds.filter((id) => id.includes(":"))).toEqual(activityIds);

    const targets = lo.sheets[SHEET.targets];
    expect(targets[HEADER_ROW]).toEqual(TARGET_COLUMNS.map((c) => c.header));
    expect(
      targets
        .slice(FIRST_DATA_ROW)
        .map((row) => row[0])
        .filter((id) => /\d/.test(id)),
    ).toEqual(targetIds);

    for (const [name, rows] of Object.entries(lo.sheets)) {
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (FORMULA_ERROR.test(cell)) throw new Error(`${name} row ${r + 1} col ${c + 1} shows ${cell}`);
        }),
      );
    }
    // Text that starts with "=" stays text: LibreOffice shows it as typed, not as a link's result.
    expect(lo.sheets[SHEET.info].map((row) => row[1])).toContain(hostileUnit);
    // Every judged status is a real label (the workbook's own formulas computed it).
    const statusCol = ACTIVITY_COLUMNS.findIndex((c) => c.key === "status");
    const statuses = new Set(
      activities
        .slice(FIRST_DATA_ROW)
        .filter((r) => r[0].includes(":"))
        .map((r) => r[statusCol]),
    );
    expect(statuses.has("")).toBe(false);
  });

  it("refuses to overwrite a file without --force, and never touches it", async () => {
    const first = await runCli(["workbook", "--out", "a.xlsx"], dir);
    expect(first.code).toBe(0);
    const before = readFileSync(join(dir, "a.xlsx"));
    const second = await runCli(["workbook", "--out", "a.xlsx"], dir);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/--force/);
    expect(readFileSync(join(dir, "a.xlsx")).equals(before)).toBe(true);
    const forced = await runCli(["workbook", "--out", "a.xlsx", "--force", "--period", "2024-H1"], dir);
    expect(forced.code).toBe(0);
  });

  it("writes one ready-made workbook per unit with --all-units", async () => {
    const result = await runCli(["workbook", "--all-units", "--out-dir", "units", "--period", "2024-Q3"], dir);
    expect(result.code).toBe(0);
    const files = readdirSync(join(dir, "units"));
    expect(files).toHaveLength(HA_TINH_2024_UNITS.length);
    for (const file of files) {
      expect(file).toMatch(/^So-theo-doi_.+_2024-Q3\.xlsx$/);
      expect(statSync(join(dir, "units", file)).size).toBeGreaterThan(10_000);
    }
  });

  it.each([
    [["workbook"], /--out/],
    [["workbook", "--out", "x.csv"], /\.xlsx/],
    [["workbook", "--out", "x.xlsx", "--period", "2024-Q2"], /2024-Q2/],
    [["workbook", "--out", "x.xlsx", "--unit", "Không có", "--level", "village"], /village/],
    [["workbook", "--out", "x.xlsx", "--unit", "Đơn vị lạ"], /--level/],
    [["workbook", "--out", "x.xlsx", "--as-of", "14/03/2024"], /YYYY-MM-DD/],
    [["workbook", "--out", "x.xlsx", "--framework", "missing.txt"], /missing\.txt/],
    [["workbook", "--out", "x.xlsx", "--bogus"], /bogus/],
    [["workbook", "--all-units"], /--out-dir/],
  ])("exits 2 with a clear message for %j", async (args, message) => {
    const result = await runCli(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});
