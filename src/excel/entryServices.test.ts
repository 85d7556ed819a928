import { isoToSerial } from "../core/dates/excelDate";
import { EntryError } from "../core/entry/entryError";
import type { SheetRow } from "../core/entry/entryTypes";
import { HA_TINH_2024_FRAMEWORK } from "../core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../core/framework/units";
import { readTrackingWorkbook } from "../core/validation/readTrackingWorkbook";
import { cellAddress } from "../core/workbook/a1";
import { buildWorkbookPlan } from "../core/workbook/buildWorkbookPlan";
import { ACTIVITY_COLUMNS, SHEET, TARGET_COLUMNS, columnOf } from "../core/workbook/layout";
import { ExcelAdapter } from "./excelAdapter";
import { ExcelError } from "./excelError";
import { createExcelServices } from "./excelServices";
import { createFakeExcel } from "./fake";

jest.setTimeout(30_000);

const plan = { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS };
const district = HA_TINH_2024_UNITS.find((u) => u.level === "district")!;
const workbookPlan = buildWorkbookPlan({ ...plan, unit: district, period: "2024-H1" });
const ACT = SHEET.activities;
const TGT = SHEET.targets;
const activityId = [...workbookPlan.index.activityRows.keys()][0];
const activityRow = workbookPlan.index.activityRows.get(activityId)!;
const targetId = [...workbookPlan.index.targetRows.keys()][0];
const targetRow = workbookPlan.index.targetRows.get(targetId)!;
const actCell = (key: (typeof ACTIVITY_COLUMNS)[number]["key"], row = activityRow) =>
  cellAddress(row, columnOf(ACTIVITY_COLUMNS, key));
const tgtCell = (key: (typeof TARGET_COLUMNS)[number]["key"], row = targetRow) =>
  cellAddress(row, columnOf(TARGET_COLUMNS, key));

/** A fake Excel holding the district's tracking workbook, written by the ExcelAdapter, and the services over it. */
async function setup() {
  const fake = createFakeExcel();
  await new ExcelAdapter(fake.Excel.run).writePlan(workbookPlan);
  const services = createExcelServices(plan, fake.Excel.run);
  fake.resetStats();
  return { fake, services };
}

/** Waits until pending Excel.run batches (the selection handler's registration) have finished. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("readEntryWorkbook", () => {
  it("reads the tracking workbook with every activity and target row", async () => {
    const { services } = await setup();
    const tracking = readTrackingWorkbook(await services.readEntryWorkbook!());
    expect(tracking.activities.map((a) => a.id)).toEqual([...workbookPlan.index.activityRows.keys()]);
    expect(tracking.targets.map((t) => t.id)).toEqual([...workbookPlan.index.targetRows.keys()]);
    expect(tracking.info.unit).toBe(district.name);
  });
});

describe("writeEntry", () => {
  it("writes the right cells in one sync on the protected sheet, numbers as numbers, a formula-like note as text", async () => {
    const { fake, services } = await setup();
    await services.readEntryWorkbook!();
    const sheet = fake.state.sheet(ACT);
    const before = sheet.values(`A${activityRow + 1}:T${activityRow + 1}`)[0];
    const note = '=HYPERLINK("http://example.invalid","x")';
    fake.resetStats();
    await services.writeEntry!(ACT, activityRow, {
      state: "Hoàn thành",
      doneDate: isoToSerial("2024-03-15"),
      evidence: "+84 123",
      note,
    });
    expect(fake.stats.syncCount).toBe(1);
    expect(fake.stats.runCount).toBe(1);
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.cell(actCell("state")).value).toBe("Hoàn thành");
    expect(sheet.cell(actCell("doneDate"))).toMatchObject({ value: isoToSerial("2024-03-15"), formula: null });
    expect(sheet.cell(actCell("doneDate")).numberFormat).toBe("dd/mm/yyyy");
    expect(sheet.cell(actCell("evidence"))).toMatchObject({ value: "+84 123", formula: null });
    expect(sheet.cell(actCell("note"))).toMatchObject({ value: note, formula: null, quotePrefix: true });
    // Nothing else on the row changed.
    const after = sheet.values(`A${activityRow + 1}:T${activityRow + 1}`)[0];
    const written = new Set(
      ["state", "doneDate", "evidence", "note"].map((k) => columnOf(ACTIVITY_COLUMNS, k as "state")),
    );
    after.forEach((value, col) => {
      if (!written.has(col)) expect(value).toEqual(before[col]);
    });
  });

  it("writes figures and clears cells on Chỉ tiêu", async () => {
    const { fake, services } = await setup();
    await services.readEntryWorkbook!();
    await services.writeEntry!(TGT, targetRow, { done: 36, total: 40, notApplicable: null, note: "Lý do" });
    await services.writeEntry!(TGT, targetRow, { total: null });
    const sheet = fake.state.sheet(TGT);
    expect(sheet.cell(tgtCell("done")).value).toBe(36);
    expect(sheet.cell(tgtCell("total")).value).toBeNull();
    expect(sheet.cell(tgtCell("note")).value).toBe("Lý do");
    expect(sheet.cell(tgtCell("status")).formula).toMatch(/^=/);
  });

  it("finds the columns by their header first when nothing was read before", async () => {
    const { fake, services } = await setup();
    await services.writeEntry!(TGT, targetRow, { done: 12.5 });
    expect(fake.stats.syncCount).toBe(2);
    expect(fake.state.sheet(TGT).cell(tgtCell("done")).value).toBe(12.5);
  });

  it.each<[string, string, number, Record<string, unknown>, RegExp]>([
    ["a framework column", ACT, activityRow, { activity: "x" }, /không phải cột nhập liệu/],
    ["the header row", ACT, 2, { note: "x" }, /không phải dòng số liệu/],
    ["a sheet that is not an entry sheet", SHEET.info, 5, { note: "x" }, /không phải trang nhập liệu/],
  ])("refuses %s without writing anything", async (_name, sheet, row, values, message) => {
    const { fake, services } = await setup();
    await services.readEntryWorkbook!();
    fake.resetStats();
    const written = services.writeEntry!(sheet, row, values as never);
    await expect(written).rejects.toBeInstanceOf(EntryError);
    await expect(written).rejects.toThrow(message);
    expect(fake.stats.count("range.formulas")).toBe(0);
  });

  it("reports Excel's refusal as an ExcelError saying what failed", async () => {
    const { fake, services } = await setup();
    await services.readEntryWorkbook!();
    fake.state.sheet(ACT).setCell(actCell("note"), { value: "x", format: { "protection.locked": true } });
    const written = services.writeEntry!(ACT, activityRow, { note: "y" });
    await expect(written).rejects.toBeInstanceOf(ExcelError);
    await expect(written).rejects.toThrow(/Không ghi được vào Excel/);
  });
});

describe("readEntryRow", () => {
  it("reads one row in one sync, as readSnapshot reads it", async () => {
    const { fake, services } = await setup();
    await services.writeEntry!(TGT, targetRow, { done: 7, note: "=1+1" });
    fake.resetStats();
    const row = await services.readEntryRow!(TGT, targetRow);
    expect(fake.stats.syncCount).toBe(1);
    const snapshot = await services.readEntryWorkbook!();
    const full = snapshot.sheets.find((s) => s.name === TGT)!.rows[targetRow];
    expect(row).toEqual(full.slice(0, row.length));
    expect(full.slice(row.length).every((cell) => cell.value === null && cell.formula === undefined)).toBe(true);
    expect(row[columnOf(TARGET_COLUMNS, "done")].value).toBe(7);
    expect(row[columnOf(TARGET_COLUMNS, "note")]).toEqual({ value: "=1+1" });
  });

  it("lets the next write go in one sync", async () => {
    const { fake, services } = await setup();
    await services.readEntryRow!(TGT, targetRow);
    fake.resetStats();
    await services.writeEntry!(TGT, targetRow, { done: 3 });
    expect(fake.stats.syncCount).toBe(1);
  });

  it("fails with a bilingual ExcelError for a sheet that is gone", async () => {
    const { services } = await setup();
    await expect(services.readEntryRow!("Không có", 3)).rejects.toThrow(/Không đọc được sổ từ Excel/);
  });
});

describe("onSelectionChange", () => {
  it("reports the sheet and 0-based row when the user selects, until unsubscribed", async () => {
    const { fake, services } = await setup();
    const seen: SheetRow[] = [];
    const stop = services.onSelectionChange!((selection) => seen.push(selection));
    await flush();
    await fake.select(`'${ACT}'!${actCell("note")}`);
    await fake.select(`'${TGT}'!B${targetRow + 1}:D${targetRow + 3}`);
    expect(seen).toEqual([
      { sheet: ACT, row: activityRow },
      { sheet: TGT, row: targetRow },
    ]);
    stop();
    await fake.select(`'${ACT}'!A5`);
    expect(seen).toHaveLength(2);
  });

  it("registers one Excel handler however many listeners come and go", async () => {
    const { fake, services } = await setup();
    const a: SheetRow[] = [];
    const b: SheetRow[] = [];
    const stopA = services.onSelectionChange!((s) => a.push(s));
    services.onSelectionChange!((s) => b.push(s));
    await flush();
    stopA();
    services.onSelectionChange!(() => undefined);
    await flush();
    expect(fake.handlerCount).toBe(1);
    await fake.select(`'${TGT}'!I${targetRow + 1}`);
    expect(a).toEqual([]);
    expect(b).toEqual([{ sheet: TGT, row: targetRow }]);
  });
});

describe("validate", () => {
  it("returns the findings of a poked bad cell and every row's status", async () => {
    const { fake, services } = await setup();
    fake.state.sheet(TGT).setCell(tgtCell("done"), "khoảng 90");
    const { findings, evaluation } = await services.validate!();
    expect(findings).toContainEqual(
      expect.objectContaining({ code: "number.notNumber", sheet: TGT, cell: tgtCell("done"), id: targetId }),
    );
    expect(evaluation.targets.find((t) => t.id === targetId)?.status).toBe("invalid");
    expect(evaluation.activities).toHaveLength(workbookPlan.index.activityRows.size);
    expect(findings.filter((f) => f.code.startsWith("structure.") || f.code.startsWith("info."))).toEqual([]);
  });

  it("remembers the columns, so a write after it takes one sync", async () => {
    const { fake, services } = await setup();
    await services.validate!();
    fake.resetStats();
    await services.writeEntry!(ACT, activityRow, { state: "Đang thực hiện" });
    expect(fake.stats.syncCount).toBe(1);
  });
});
