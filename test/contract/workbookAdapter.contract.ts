/**
 * The WorkbookAdapter contract: the same jest tests for every adapter (in memory, exceljs through an
 * .xlsx round trip, Office.js on the fake). Each test file calls `workbookAdapterContract` with a
 * factory for a fresh, empty-as-the-host-makes-it workbook.
 */
import { InvalidPlanError } from "../../src/core/workbook/planProblems";
import { planToSnapshot } from "../../src/core/workbook/planToSnapshot";
import type { WorkbookAdapter } from "../../src/core/workbook/workbookAdapter";
import { emptySheet, type WorkbookPlan } from "../../src/core/workbook/workbookPlan";
import {
  HIDDEN_SHEET,
  INFO_SHEET,
  samplePlan,
  TASKS_SHEET,
  TRICKY_TEXTS,
  VIETNAMESE_TEXTS,
} from "../fixtures/samplePlan";
import { comparable, sheetOf, snapshotCells } from "./comparable";

export type AdapterFactory = () => WorkbookAdapter | Promise<WorkbookAdapter>;

const sheetNames = (plan: WorkbookPlan): string[] => plan.sheets.map((sheet) => sheet.name);

/** A smaller replacement for the tasks sheet: fewer rows and columns, so leftovers of the old sheet would show. */
function replacementPlan(): WorkbookPlan {
  const sheet = emptySheet(TASKS_SHEET);
  sheet.blocks.push({
    row: 0,
    col: 0,
    cells: [
      [{ value: "Mã" }, { value: "Hoạt động" }],
      [{ value: "III.1" }, { formula: "=LEN(A2)" }],
    ],
  });
  sheet.styles.push({ range: "A1:B1", style: { bold: true } });
  sheet.columns.push({ width: 10 }, { width: 50 });
  return { formatVersion: "1.0", sheets: [sheet], names: [{ name: "MaDau", ref: `'${TASKS_SHEET}'!$A$2` }] };
}

/** Runs the contract against adapters made by `create`. */
export function workbookAdapterContract(label: string, create: AdapterFactory): void {
  describe(`WorkbookAdapter contract: ${label}`, () => {
    let adapter: WorkbookAdapter;
    beforeEach(async () => {
      adapter = await create();
    });

    it("describes the sample plan, which uses every plan feature, as it was written", async () => {
      const plan = samplePlan();
      await adapter.writePlan(plan);
      expect(comparable(await adapter.describe(), sheetNames(plan))).toEqual(comparable(plan));
    });

    it("reads back what was written: constants as values, formulas as formulas, number formats, names", async () => {
      const plan = samplePlan();
      await adapter.writePlan(plan);
      const snapshot = await adapter.readSnapshot();
      const expected = planToSnapshot(plan);
      for (const name of sheetNames(plan)) {
        expect([name, snapshotCells(sheetOf(snapshot, name))]).toEqual([name, snapshotCells(sheetOf(expected, name))]);
      }
      expect(snapshot.names).toEqual(expect.objectContaining(expected.names));
    });

    it("keeps text that looks like a formula, number, boolean, date or error as that text", async () => {
      await adapter.writePlan(samplePlan());
      const cells = [...snapshotCells(sheetOf(await adapter.readSnapshot(), TASKS_SHEET)).values()];
      for (const text of TRICKY_TEXTS) {
        expect(cells).toContainEqual({ value: text });
        expect(cells.filter((cell) => cell.formula === text || cell.formula === `=${text}`)).toEqual([]);
      }
    });

    it("keeps Vietnamese text in sheet names, cells and names exactly (NFC)", async () => {
      const plan = samplePlan();
      await adapter.writePlan(plan);
      const snapshot = await adapter.readSnapshot();
      expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(sheetNames(plan)));
      const values = [...snapshotCells(sheetOf(snapshot, TASKS_SHEET)).values()].map((cell) => cell.value);
      for (const text of VIETNAMESE_TEXTS) expect(values).toContain(text);
      for (const value of values) if (typeof value === "string") expect(value).toBe(value.normalize("NFC"));
      expect(Object.values(snapshot.names)).toContain(`'${INFO_SHEET}'!$B$2`);
    });

    it("writes formulas as formulas, within and across sheets", async () => {
      await adapter.writePlan(samplePlan());
      const formulas = [...snapshotCells(sheetOf(await adapter.readSnapshot(), TASKS_SHEET)).values()]
        .map((cell) => cell.formula)
        .filter((formula) => formula !== undefined);
      expect(formulas).toEqual(expect.arrayContaining(['=IF(F4=0,"",E4/F4)', "=SUM(E4:E7)", `='${INFO_SHEET}'!B5+1`]));
      expect(formulas).toHaveLength(6);
    });

    it("replaces a sheet of the same name in place and keeps the other sheets and names", async () => {
      const first = samplePlan();
      await adapter.writePlan(first);
      const replacement = replacementPlan();
      await adapter.writePlan(replacement);
      const described = await adapter.describe();
      const kept = [INFO_SHEET, HIDDEN_SHEET];
      expect(comparable(described, kept).sheets).toEqual(comparable(first, kept).sheets);
      expect(comparable(described, [TASKS_SHEET]).sheets).toEqual(comparable(replacement).sheets);
      expect(described.names.map((name) => name.name)).toEqual(
        expect.arrayContaining(["DonVi", "NgayBaoCao", "MaDau"]),
      );
      const order = described.sheets.map((sheet) => sheet.name).filter((name) => sheetNames(first).includes(name));
      expect(order).toEqual(sheetNames(first));
    });

    it("gives the same workbook when the same plan is written twice", async () => {
      const plan = samplePlan();
      await adapter.writePlan(plan);
      const once = await adapter.describe();
      const snapshotOnce = await adapter.readSnapshot();
      await adapter.writePlan(plan);
      const twice = await adapter.describe();
      expect(comparable(twice)).toEqual(comparable(once));
      expect(twice.sheets.map((sheet) => sheet.name)).toEqual(once.sheets.map((sheet) => sheet.name));
      expect(await adapter.readSnapshot()).toEqual(snapshotOnce);
    });

    it("refuses a sheet name Excel rejects, with a bilingual message naming it, before writing anything", async () => {
      const plan = samplePlan();
      plan.sheets[1].name = "Khung nhiệm vụ: Quý I/2024 [bản nháp]";
      await expect(adapter.writePlan(plan)).rejects.toThrow(InvalidPlanError);
      await expect(adapter.writePlan(plan)).rejects.toThrow(
        /“Khung nhiệm vụ: Quý I\/2024 \[bản nháp\]”.*\/ The sheet name/,
      );
      const names = (await adapter.describe()).sheets.map((sheet) => sheet.name);
      expect(names).not.toContain(INFO_SHEET);
    });
  });
}
