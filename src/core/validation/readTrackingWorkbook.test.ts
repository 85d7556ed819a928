import { isoToSerial } from "../dates/excelDate";
import {
  ACTIVITY_COLUMNS,
  INFO_NAMES,
  LEVEL_LABELS,
  SHEET,
  TARGET_COLUMNS,
  WORKBOOK_FORMAT_VERSION,
} from "../workbook/layout";
import type { SheetSnapshot } from "../workbook/workbookSnapshot";
import { readTrackingWorkbook } from "./readTrackingWorkbook";
import { FRAMEWORK, TrackingFixture, UNITS, datedActivity, targetWhere } from "./testing/trackingFixture";
import { validateWorkbook } from "./validateWorkbook";

const activityIds = FRAMEWORK.sections.flatMap((s) =>
  s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities.map((a) => a.id))),
);
const targetIds = FRAMEWORK.sections.flatMap((s) => s.objectives.flatMap((o) => o.targets.map((t) => t.id)));
const A = datedActivity("2024-01-01", "2024-06-13");
const P = targetWhere((t) => t.measure === "percent");
const province = UNITS.find((u) => u.level === "province")!;

/** Moves column `from` of every row to position `to` (0-based), shifting the columns between. */
function moveColumn(sheet: SheetSnapshot, from: number, to: number): void {
  for (const row of sheet.rows) {
    while (row.length <= Math.max(from, to)) row.push({ value: null });
    const [cell] = row.splice(from, 1);
    row.splice(to, 0, cell);
  }
}

describe("readTrackingWorkbook", () => {
  it("reads every item, section, Thông tin value and unit of a workbook as written", () => {
    const f = new TrackingFixture({ unit: province, period: "2024-Q3" });
    const wb = readTrackingWorkbook(f.snapshot);
    expect(wb.usable).toBe(true);
    expect(wb.problems).toEqual([]);
    expect(wb.activities.map((a) => a.id)).toEqual(activityIds);
    expect(wb.targets.map((t) => t.id)).toEqual(targetIds);
    expect(wb.sections.activities.map((s) => s.id)).toEqual(FRAMEWORK.sections.map((s) => s.id));
    expect(wb.sections.activities[0].title).toBe(FRAMEWORK.sections[0].title);
    expect(wb.info).toMatchObject({
      unit: province.name,
      levelLabel: LEVEL_LABELS.province,
      level: "province",
      period: "2024-Q3",
      asOf: "2024-09-14",
      year: 2024,
      frameworkId: FRAMEWORK.id,
      frameworkVersion: FRAMEWORK.version,
      formatVersion: WORKBOOK_FORMAT_VERSION,
      judgeAll: false,
    });
    expect(wb.info.cells.NgayBaoCao).toMatchObject({ address: "B6", sheet: SHEET.info });
    expect(wb.units.map((u) => [u.name, u.level])).toEqual(UNITS.map((u) => [u.name, u.level]));
    const a = wb.activities.find((x) => x.id === A.id)!;
    expect(a.row).toBe(f.activityRow(A.id));
    expect(a.due).toBe(A.deadline.due);
    expect(a.deadlineKind).toBe("date");
    expect(a.texts.activity).toBe(A.text.trim());
    expect(a.cells.state).toEqual({ value: null, address: f.activityCell(A.id, "state") });
    expect(a.cells.status.formula).toMatch(/^=/);
    const t = wb.targets.find((x) => x.id === P.id)!;
    expect(t).toMatchObject({ measure: "percent", comparator: P.comparator, target: P.levels?.province ?? P.value });
  });

  it("reads a whole-plan workbook as judging every row", () => {
    const wb = readTrackingWorkbook(new TrackingFixture().snapshot);
    expect(wb.info).toMatchObject({ unit: null, level: null, levelLabel: null, judgeAll: true });
  });

  it("finds columns by header text when they were moved or retyped", () => {
    const f = new TrackingFixture();
    f.activity(A.id, "state", "Hoàn thành").target(P.id, "done", "abc");
    const targets = f.sheet(SHEET.targets);
    const doneCol = TARGET_COLUMNS.findIndex((c) => c.key === "done");
    moveColumn(targets, doneCol, 0);
    targets.rows[2][0] = { value: "  THUC HIEN " };
    const activities = f.sheet(SHEET.activities);
    for (const row of activities.rows) row.unshift({ value: null });
    activities.rows[2][0] = { value: "STT" };
    activities.rows.unshift(activities.rows[0].map(() => ({ value: null })));
    const wb = readTrackingWorkbook(f.snapshot);
    expect(wb.problems).toEqual([]);
    expect(wb.sheets.targets?.columns.done).toBe(0);
    expect(wb.sheets.activities?.headerRow).toBe(3);
    const a = wb.activities.find((x) => x.id === A.id)!;
    const stateCol = ACTIVITY_COLUMNS.findIndex((c) => c.key === "state") + 1;
    expect(a.cells.state).toMatchObject({
      value: "Hoàn thành",
      address: `${String.fromCharCode(65 + stateCol)}${a.row + 1}`,
    });
    const { findings } = validateWorkbook(f.snapshot);
    expect(findings.find((x) => x.code === "number.notNumber")).toMatchObject({
      sheet: SHEET.targets,
      cell: `A${f.targetRow(P.id) + 1}`,
      id: P.id,
    });
  });

  it("reads Thông tin by label when the defined names are lost, and by name when rows moved", () => {
    const lost = new TrackingFixture({ unit: province });
    lost.snapshot.names = {};
    expect(readTrackingWorkbook(lost.snapshot).info).toMatchObject({
      unit: province.name,
      period: "2024-H1",
      asOf: "2024-06-14",
    });

    const moved = new TrackingFixture({ unit: province });
    const info = moved.sheet(SHEET.info);
    info.rows.splice(
      2,
      0,
      [{ value: "Ghi chú thêm" }, { value: "Sở Tư pháp" }],
      [{ value: "Kỳ báo cáo cũ" }, { value: "2023" }],
    );
    moved.snapshot.names = Object.fromEntries(INFO_NAMES.map((n, i) => [n.name, `'${SHEET.info}'!$B$${i + 5}`]));
    expect(readTrackingWorkbook(moved.snapshot).info).toMatchObject({
      unit: province.name,
      period: "2024-H1",
      year: 2024,
    });
  });

  it("reads a text as-of date day-first, tolerantly", () => {
    const f = new TrackingFixture().info("NgayBaoCao", "1/7/2024");
    expect(readTrackingWorkbook(f.snapshot).info.asOf).toBe("2024-07-01");
  });

  it("reads the cached status labels", () => {
    const f = new TrackingFixture()
      .activity(A.id, "status", { value: "Quá hạn", formula: '=IF(1,"Quá hạn")' })
      .target(P.id, "status", { value: "Đạt", formula: '="Đạt"' })
      .target(P.id, "result", { value: 95.5, formula: "=95.5" });
    const wb = readTrackingWorkbook(f.snapshot);
    expect(wb.activities.find((a) => a.id === A.id)).toMatchObject({ shownStatus: "overdue", shownLabel: "Quá hạn" });
    expect(wb.targets.find((t) => t.id === P.id)).toMatchObject({ shownStatus: "met", shownResult: 95.5 });
  });

  it("reports rows that lost their ID and ignores blank rows", () => {
    const f = new TrackingFixture().activity(A.id, "id", "   ");
    const activities = f.sheet(SHEET.activities);
    activities.rows.push(activities.rows[0].map(() => ({ value: null })));
    const wb = readTrackingWorkbook(f.snapshot);
    expect(wb.activities.map((a) => a.id)).toEqual(activityIds.filter((id) => id !== A.id));
    expect(wb.problems.map((p) => [p.code, p.cell])).toEqual([["structure.idMissing", f.activityCell(A.id, "id")]]);
  });

  it("says a workbook without the entry sheets is not a tracking workbook", () => {
    const wb = readTrackingWorkbook({ sheets: [{ name: "Sheet1", rows: [[{ value: "Mã" }]] }], names: {} });
    expect(wb.usable).toBe(false);
    expect(wb.problems.map((p) => p.code)).toEqual([
      "structure.sheetMissing",
      "structure.sheetMissing",
      "structure.sheetMissing",
      "structure.sheetMissing",
    ]);
  });

  it("reads date serials and whole numbers only where they are", () => {
    const f = new TrackingFixture().info("NamKeHoach", "2024").info("NgayBaoCao", isoToSerial("2024-05-31") + 0.75);
    expect(readTrackingWorkbook(f.snapshot).info).toMatchObject({ year: 2024, asOf: "2024-05-31" });
    const bad = new TrackingFixture().info("NamKeHoach", 2024.5).info("NgayBaoCao", true);
    expect(readTrackingWorkbook(bad.snapshot).info).toMatchObject({ year: null, asOf: null });
  });
});
