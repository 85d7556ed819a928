/**
 * The consolidated workbook in LibreOffice Calc, recalculated from scratch: text a unit typed that looks
 * like a formula shows as that text, no formula of any sheet (summaries, statuses) ends in an error, and
 * the consolidated data's own `Đánh giá` formulas give the provincial statuses the engine gave. Also: a
 * returned workbook saved by LibreOffice reads the same with the fast reader as with exceljs.
 */
import { buildConsolidationPlan } from "../../src/core/consolidation/buildConsolidationPlan";
import { consolidate } from "../../src/core/consolidation/consolidate";
import {
  CONSOLIDATION_FIRST_ROW,
  CONSOLIDATION_SHEET,
  TARGET_SUMMARY_COLUMNS,
} from "../../src/core/consolidation/consolidationLayout";
import { toSubmission } from "../../src/core/consolidation/toSubmission";
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import { targetStatusLabels } from "../../src/core/messages/status";
import { SHEET, TARGET_COLUMNS, columnOf } from "../../src/core/workbook/layout";
import { ENTRY_SHEETS, readSubmission } from "../../src/xlsx/readSubmission";
import { snapshotDifferences } from "../../src/xlsx/testing/compareSnapshots";
import { writePlanToXlsx } from "../../src/xlsx/xlsxAdapter";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";
import { HYPERLINK_NOTE, RETURNS, returned } from "./returnedWorkbooks";

jest.setTimeout(300_000);

const options = { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS };
const ERROR_TEXT = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

describe("the consolidated workbook in LibreOffice", () => {
  let sheets: Record<string, string[][]>;
  let result: Awaited<ReturnType<typeof consolidate>>;

  beforeAll(async () => {
    const files = await Promise.all(
      Object.entries(RETURNS).map(async ([name, spec]) => ({
        name: `${name}.xlsx`,
        lastModified: 1_718_600_000_000,
        bytes: new Uint8Array(await returned(spec)),
      })),
    );
    result = await consolidate(files, { ...options, read: readSubmission });
    const bytes = await writePlanToXlsx(buildConsolidationPlan(result, options));
    sheets = (await recalculateWithLibreOffice(bytes)).sheets;
  });

  it("shows the note a unit typed as text, exactly as typed", () => {
    const rows = sheets[CONSOLIDATION_SHEET.targets];
    const note = TARGET_SUMMARY_COLUMNS.findIndex((c) => c.key === "note");
    const i4 = rows.find((r) => r[0] === "I.4" && r[2] === "Toàn tỉnh");
    expect(i4?.[note]).toBe(HYPERLINK_NOTE);
    const data = sheets[SHEET.targets];
    const row = data.find((r) => r[0] === "I.4");
    expect(row?.[columnOf(TARGET_COLUMNS, "note")]).toBe(HYPERLINK_NOTE);
  });

  it("computes every formula without an error", () => {
    const errors = Object.entries(sheets).flatMap(([name, rows]) =>
      rows.flatMap((row, r) =>
        row.flatMap((text, c) => (ERROR_TEXT.test(text) ? [`${name}!R${r + 1}C${c + 1}: ${text}`] : [])),
      ),
    );
    expect(errors).toEqual([]);
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(Object.values(CONSOLIDATION_SHEET)));
  });

  it("the consolidated Chỉ tiêu's own formulas give the province's statuses", () => {
    const rows = sheets[SHEET.targets];
    const status = columnOf(TARGET_COLUMNS, "status");
    for (const t of result.targets) {
      const row = rows.find((r) => r[0] === t.target.id);
      expect([t.target.id, row?.[status]]).toEqual([t.target.id, targetStatusLabels[t.province.status].vi]);
    }
    const shown = sheets[CONSOLIDATION_SHEET.targets]
      .slice(CONSOLIDATION_FIRST_ROW)
      .filter((r) => r[2] === "Toàn tỉnh");
    expect(shown).toHaveLength(result.targets.length);
  });
});

describe("a returned workbook saved by LibreOffice", () => {
  it("reads the same with the fast reader and with exceljs", async () => {
    const saved = (await recalculateWithLibreOffice(await returned(RETURNS.noiVu))).xlsx;
    const bytes = new Uint8Array(saved.buffer, saved.byteOffset, saved.byteLength);
    const fast = await readSubmission(bytes, "noi-vu.xlsx");
    const reference = await readSubmission(bytes, "noi-vu.xlsx", { engine: "exceljs" });
    if (!fast.ok || !reference.ok) throw new Error("unreadable");
    expect(fast.snapshot.sheets.map((s) => s.name)).toEqual([...ENTRY_SHEETS]);
    expect(snapshotDifferences(fast.snapshot, reference.snapshot)).toEqual([]);
    const a = toSubmission({ name: "noi-vu.xlsx", lastModified: 1 }, fast.snapshot, options);
    expect(a).toEqual(toSubmission({ name: "noi-vu.xlsx", lastModified: 1 }, reference.snapshot, options));
    if (!a.ok) throw new Error("rejected");
    expect(a.submission.targets.get("I.4")).toMatchObject({ done: 36, total: 100, note: HYPERLINK_NOTE });
  });
});
