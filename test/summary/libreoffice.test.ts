/**
 * The real check of the live summaries: randomly filled workbooks written by the CLI, summarised by the CLI,
 * recalculated by LibreOffice. Every count, total and share LibreOffice computes on the three summary sheets
 * equals the status engine's count, and no summary cell is an error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SUMMARY_SHEET } from "../../src/core/summary/summaryLayout";
import { evaluateWorkbook } from "../../src/core/validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../../src/core/validation/readTrackingWorkbook";
import { buildWorkbookPlan } from "../../src/core/workbook/buildWorkbookPlan";
import { isErrorValue, type WorkbookSnapshot } from "../../src/core/workbook/workbookSnapshot";
import { XlsxAdapter, writePlanToXlsx } from "../../src/xlsx/xlsxAdapter";
import { runCli } from "../cli/runCli";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";
import { checkSummarySheets } from "./checkSummarySheets";
import { applyFill, sampleFill } from "./randomFill";
import { ACTIVITY_COUNT, FRAMEWORK, TARGET_COUNT, UNITS } from "./summaryReference";

jest.setTimeout(300_000);

const CASES = [
  { name: "whole plan, 6 months", unit: undefined, period: "2024-H1", asOf: undefined, seed: 11 },
  { name: "Sở Nội vụ, Q3, as of 02/10", unit: "Sở Nội vụ", period: "2024-Q3", asOf: "2024-10-02", seed: 29 },
];

describe.each(CASES)(
  "LibreOffice recalculates the summaries of a random fill: $name",
  ({ unit, period, asOf, seed }) => {
    let dir: string;
    let input: WorkbookSnapshot;
    let recalculated: WorkbookSnapshot;
    let displayed: Record<string, string[][]>;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "par-summary-lo-"));
      const plan = buildWorkbookPlan({
        framework: FRAMEWORK,
        units: UNITS,
        unit: unit === undefined ? undefined : UNITS.find((u) => u.name === unit),
        period,
        asOf,
      });
      applyFill(plan, sampleFill(ACTIVITY_COUNT, TARGET_COUNT, seed));
      writeFileSync(join(dir, "so.xlsx"), await writePlanToXlsx(plan));
      const result = await runCli(["summary", "so.xlsx", "--out", "tong-hop.xlsx"], dir);
      expect(result).toMatchObject({ code: 0 });
      input = await (await XlsxAdapter.fromBuffer(readFileSync(join(dir, "so.xlsx")))).readSnapshot();
      const lo = await recalculateWithLibreOffice(join(dir, "tong-hop.xlsx"));
      recalculated = await (await XlsxAdapter.fromBuffer(lo.xlsx)).readSnapshot();
      displayed = lo.sheets;
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("agrees with the status engine on every count, total and share", () => {
      const tracking = readTrackingWorkbook(input);
      const evaluation = evaluateWorkbook(tracking);
      const summaries = recalculated.sheets.filter((s) => (Object.values(SUMMARY_SHEET) as string[]).includes(s.name));
      expect(summaries.map((s) => s.name)).toEqual(Object.values(SUMMARY_SHEET));
      checkSummarySheets({ tracking, evaluation, sheets: summaries }, (sheet, row, col) => {
        const cell = summaries.find((s) => s.name === sheet)?.rows[row]?.[col];
        if (cell?.value !== null && cell?.value !== undefined) return cell.value;
        // exceljs 4.4 drops a formula's cached result when it is falsy (Cell.value copies `result` only if
        // truthy), so a 0 reads as null: what LibreOffice displays tells 0 (shown "–") from "" (shown empty).
        const shown = displayed[sheet]?.[row]?.[col] ?? "";
        if (cell?.formula !== undefined && (shown === "–" || shown === "0%")) return 0;
        return shown === "" ? "" : Number.NaN;
      });
    });

    it("computes every summary formula without an error value", () => {
      for (const sheet of recalculated.sheets.filter((s) => s.name.startsWith("Tổng hợp"))) {
        sheet.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            // (A null value is a falsy result exceljs dropped, see above; LibreOffice shows errors as text.)
            const shown = displayed[sheet.name]?.[r]?.[c] ?? "";
            if (cell.formula !== undefined && (isErrorValue(cell.value) || /^(#|Err:)/.test(shown))) {
              throw new Error(`${sheet.name} ${r + 1}:${c + 1} ${cell.formula} → ${JSON.stringify(cell.value)}`);
            }
          }),
        );
      }
    });
  },
);
