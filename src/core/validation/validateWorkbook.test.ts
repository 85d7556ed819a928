import fc from "fast-check";
import { isoToSerial } from "../dates/excelDate";
import { LEVEL_LABELS, SHEET, TARGET_COLUMNS } from "../workbook/layout";
import * as validationMessages from "../messages/validation";
import type { SnapshotCell, SnapshotValue, WorkbookSnapshot } from "../workbook/workbookSnapshot";
import { FINDING_CODES, type Finding, type FindingCode } from "./finding";
import {
  FRAMEWORK,
  TrackingFixture,
  UNITS,
  datedActivity,
  otherActivity,
  targetWhere,
  type FixtureOptions,
} from "./testing/trackingFixture";
import { validateWorkbook, type ValidateOptions } from "./validateWorkbook";

/** A percent target judged as a level against T (≥): the plain case of a rate. */
const P = targetWhere((t) => t.measure === "percent" && t.comparator === "atLeast" && t.kind === "level");
/** A count target. */
const C = targetWhere((t) => t.measure === "count");
/** An activity due before the 2024-H1 cut-off (14/06/2024): overdue unless done. */
const A = datedActivity("2024-01-01", "2024-06-13");
const B = otherActivity(A);
const withFramework: ValidateOptions = { framework: FRAMEWORK };
const province = UNITS.find((u) => u.level === "province")!;
const serial = isoToSerial;
const activityIds = FRAMEWORK.sections.flatMap((s) =>
  s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities.map((a) => a.id))),
);
const targetIds = FRAMEWORK.sections.flatMap((s) => s.objectives.flatMap((o) => o.targets.map((t) => t.id)));
/** Every placeholder the validation messages use: none may be left unfilled. */
const PLACEHOLDER = new RegExp(
  `\\{(${[...new Set(Object.values(validationMessages).flatMap((m) => [...`${m.vi} ${m.en}`.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].join("|")})\\}`,
);

interface Case {
  name: string;
  code: FindingCode;
  /** Pokes that produce the finding. */
  poke: (f: TrackingFixture) => void;
  /** Pokes applied before and after: without `poke`, the finding must be absent. */
  base?: (f: TrackingFixture) => void;
  /** Where the finding must be: sheet and cell (null for a whole sheet / missing row). */
  at: (f: TrackingFixture) => { sheet: string | null; cell: string | null; id?: string | null };
  options?: ValidateOptions;
  build?: FixtureOptions;
  /** Texts the Vietnamese and the English message must contain, respectively. */
  vi?: string[];
  en?: string[];
}

const T = SHEET.targets;

/** A target the fixture's unit does not lead (Trách nhiệm blank). */
function unledTarget(f: TrackingFixture): string {
  const col = TARGET_COLUMNS.findIndex((c) => c.key === "responsibility");
  const id = targetIds.find((t) => f.sheet(SHEET.targets).rows[f.targetRow(t)][col].value === null);
  if (id === undefined) throw new Error("The unit leads every target");
  return id;
}
const ACT = SHEET.activities;
const INFO = SHEET.info;

const cases: Case[] = [
  // Figures
  {
    name: "text that reads as a percentage",
    code: "number.text",
    poke: (f) => f.target(P.id, "done", "94%"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["“94%”", "đã đọc là 94%"],
    en: ["read as 94%"],
  },
  {
    name: "text with a decimal comma",
    code: "number.text",
    poke: (f) => f.target(P.id, "done", "2,5"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["đã đọc là 2,5"],
    en: ["read as 2.5"],
  },
  {
    name: "text with a thousands dot",
    code: "number.text",
    poke: (f) => f.target(C.id, "done", "1.234"),
    at: (f) => ({ sheet: T, cell: f.targetCell(C.id, "done") }),
    vi: ["đã đọc là 1.234"],
    en: ["read as 1,234"],
  },
  {
    name: "text with a decimal point that cannot be a thousands dot",
    code: "number.text",
    poke: (f) => f.target(P.id, "done", "2.5"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["đã đọc là 2,5", "dấu phẩy"],
    en: ["read as 2.5"],
  },
  {
    name: "text that is no number",
    code: "number.notNumber",
    poke: (f) => f.target(P.id, "done", "khoảng 90"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["“khoảng 90”"],
  },
  {
    name: "a boolean in Thực hiện",
    code: "number.notNumber",
    poke: (f) => f.target(P.id, "done", true),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["TRUE"],
  },
  {
    name: "text in Tổng số of a percent target",
    code: "number.notNumber",
    poke: (f) => f.target(P.id, "done", 5).target(P.id, "total", "mười"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "total") }),
    vi: ["Tổng số"],
  },
  {
    name: "a negative figure",
    code: "number.negative",
    poke: (f) => f.target(P.id, "done", -5),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["-5"],
  },
  {
    name: "a negative figure typed as text",
    code: "number.negative",
    poke: (f) => f.target(C.id, "done", "−3,5"),
    at: (f) => ({ sheet: T, cell: f.targetCell(C.id, "done") }),
    vi: ["-3,5"],
    en: ["-3.5"],
  },
  {
    name: "a negative Tổng số",
    code: "number.negative",
    poke: (f) => f.target(P.id, "done", 5).target(P.id, "total", -10),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "total") }),
  },
  {
    name: "a percentage over 100 typed directly",
    code: "percent.over100",
    poke: (f) => f.target(P.id, "done", 120),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["120%"],
  },
  {
    name: "a percentage over 100 typed as text",
    code: "percent.over100",
    poke: (f) => f.target(P.id, "done", "120,5%"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["120,5%"],
    en: ["120.5%"],
  },
  {
    name: "a percentage typed as a fraction",
    code: "percent.fraction",
    poke: (f) => f.target(P.id, "done", 0.94),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["0,94", "94%"],
    en: ["0.94", "94%"],
  },
  {
    name: "a fraction typed as text",
    code: "percent.fraction",
    poke: (f) => f.target(P.id, "done", "0,945"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["94,5%"],
    en: ["94.5%"],
  },
  {
    name: "100% typed into a cell formatted as a percentage",
    code: "percent.formatted",
    poke: (f) => f.target(P.id, "done", { value: 1, numberFormat: "0%" }),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["100%", "1%"],
  },
  {
    name: "Thực hiện greater than Tổng số",
    code: "ratio.doneOverTotal",
    poke: (f) => f.target(P.id, "done", 12).target(P.id, "total", 10),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["(12)", "(10)"],
  },
  {
    name: "a Tổng số of 0 with something done",
    code: "ratio.zeroTotal",
    poke: (f) => f.target(P.id, "done", 3).target(P.id, "total", 0),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
  },
  {
    name: "a Tổng số on a count target",
    code: "ratio.totalIgnored",
    poke: (f) => f.target(C.id, "done", 3).target(C.id, "total", 10),
    at: (f) => ({ sheet: T, cell: f.targetCell(C.id, "total") }),
  },
  {
    name: "Không phát sinh with a word other than x",
    code: "target.notApplicableMark",
    poke: (f) => f.target(P.id, "notApplicable", "không"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "notApplicable") }),
    vi: ["“không”"],
  },
  {
    name: "Không phát sinh with a figure",
    code: "target.notApplicableWithFigure",
    poke: (f) => f.target(P.id, "notApplicable", "x").target(P.id, "done", 50),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
  },
  {
    name: "an unknown Cách tính",
    code: "target.kindInvalid",
    poke: (f) => f.target(P.id, "kind", "Hàng quý"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "kind") }),
  },
  {
    name: "an error value in Thực hiện",
    code: "cell.errorValue",
    poke: (f) => f.target(P.id, "done", { error: "#DIV/0!" }),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["#DIV/0!"],
  },
  {
    name: "an error value in Minh chứng",
    code: "cell.errorValue",
    poke: (f) => f.activity(A.id, "evidence", { error: "#REF!" }),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "evidence") }),
    vi: ["#REF!", "Minh chứng"],
  },
  {
    name: "a formula typed into Thực hiện",
    code: "entry.formula",
    poke: (f) => f.target(P.id, "done", { value: 12, formula: "=10+2" }),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "done") }),
    vi: ["=10+2"],
  },
  {
    name: "a formula typed into Ngày hoàn thành",
    code: "entry.formula",
    poke: (f) => f.activity(A.id, "doneDate", { value: 45366, formula: "=TODAY()" }),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "doneDate") }),
  },
  {
    name: "a lagging target with no note",
    code: "row.lagNoNote",
    base: (f) => f.target(P.id, "done", 10).target(P.id, "note", "Chờ phần mềm"),
    poke: (f) => f.target(P.id, "note", null),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "note") }),
    vi: ["Chậm tiến độ"],
    en: ["Behind"],
  },
  // Activities and dates
  {
    name: "an overdue activity with no note",
    code: "row.lagNoNote",
    base: (f) => f.activity(A.id, "note", "Chờ hướng dẫn của Bộ"),
    poke: (f) => f.activity(A.id, "note", "   "),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "note") }),
    vi: ["Quá hạn"],
    en: ["Overdue"],
  },
  {
    name: "a Tình trạng outside the list",
    code: "activity.stateInvalid",
    poke: (f) => f.activity(A.id, "state", "xong"),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "state") }),
    vi: ["“xong”"],
  },
  {
    name: "a number in Tình trạng",
    code: "activity.stateInvalid",
    poke: (f) => f.activity(A.id, "state", 1),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "state") }),
  },
  {
    name: "done without a completion date",
    code: "activity.doneWithoutDate",
    poke: (f) => f.activity(A.id, "state", "Hoàn thành").activity(A.id, "evidence", "Số 12/QĐ-UBND"),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "doneDate") }),
  },
  {
    name: "done without evidence",
    code: "activity.doneWithoutEvidence",
    poke: (f) => f.activity(A.id, "state", "Hoàn thành").activity(A.id, "doneDate", serial("2024-01-20")),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "evidence") }),
  },
  {
    name: "a completion date after the as-of date",
    code: "activity.dateAfterAsOf",
    base: (f) => f.activity(A.id, "state", "Hoàn thành").activity(A.id, "evidence", "Số 1/BC"),
    poke: (f) => f.activity(A.id, "doneDate", serial("2024-07-01")),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "doneDate") }),
    vi: ["01/07/2024", "14/06/2024"],
  },
  {
    name: "a completion date before the plan year's span",
    code: "activity.dateBeforeYear",
    base: (f) => f.activity(A.id, "state", "Hoàn thành").activity(A.id, "evidence", "Số 1/BC"),
    poke: (f) => f.activity(A.id, "doneDate", serial("2023-01-10")),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "doneDate") }),
    vi: ["10/01/2023", "15/12/2023"],
  },
  {
    name: "a completion date without Hoàn thành",
    code: "activity.dateWithoutDone",
    poke: (f) => f.activity(A.id, "state", "Đang thực hiện").activity(A.id, "doneDate", serial("2024-01-20")),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "doneDate") }),
    vi: ["20/01/2024"],
  },
  {
    name: "a date typed as text",
    code: "date.text",
    base: (f) => f.activity(A.id, "state", "Hoàn thành").activity(A.id, "evidence", "Số 1/BC"),
    poke: (f) => f.activity(A.id, "doneDate", "15/3/2024"),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "doneDate") }),
    vi: ["“15/3/2024”", "15/03/2024", "ngày/tháng/năm"],
    en: ["2024-03-15", "day/month/year"],
  },
  {
    name: "text that is no date",
    code: "date.notDate",
    poke: (f) => f.activity(A.id, "doneDate", "hôm qua"),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "doneDate") }),
  },
  {
    name: "a number no date can be",
    code: "date.notDate",
    poke: (f) => f.activity(A.id, "doneDate", -3),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "doneDate") }),
  },
  // Structure
  {
    name: "a missing sheet",
    code: "structure.sheetMissing",
    poke: (f) => {
      f.snapshot.sheets = f.snapshot.sheets.filter((s) => s.name !== SHEET.units);
    },
    at: () => ({ sheet: null, cell: null }),
    vi: [SHEET.units],
  },
  {
    name: "a header row that cannot be found",
    code: "structure.headerMissing",
    poke: (f) => f.setAt(T, 2, 0, "STT"),
    at: () => ({ sheet: T, cell: null }),
  },
  {
    name: "a renamed column header",
    code: "structure.columnMissing",
    poke: (f) => f.setAt(T, 2, 9, "Mẫu số"),
    at: () => ({ sheet: T, cell: "A3" }),
    vi: ["Tổng số"],
  },
  {
    name: "a deleted ID on a row with content",
    code: "structure.idMissing",
    poke: (f) => f.activity(A.id, "id", null),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "id") }),
  },
  {
    name: "a framework item whose row was deleted",
    code: "structure.idMissing",
    options: withFramework,
    poke: (f) => {
      f.sheet(ACT).rows.splice(f.activityRow(A.id), 1);
    },
    at: () => ({ sheet: ACT, cell: null, id: A.id }),
    vi: [A.id],
  },
  {
    name: "a repeated ID",
    code: "structure.idDuplicate",
    poke: (f) => f.activity(B.id, "id", A.id),
    // The later of the two rows is the repeat.
    at: (f) => ({ sheet: ACT, cell: f.activityCell(f.activityRow(B.id) > f.activityRow(A.id) ? B.id : A.id, "id") }),
    vi: [A.id],
  },
  {
    name: "an ID the framework does not know",
    code: "structure.idUnknown",
    options: withFramework,
    poke: (f) => f.activity(A.id, "id", "I:9.99"),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "id") }),
    vi: ["I:9.99", FRAMEWORK.id],
  },
  {
    name: "an edited activity text",
    code: "structure.frameworkEdited",
    options: withFramework,
    poke: (f) => f.activity(A.id, "activity", "Nội dung đã sửa"),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "activity") }),
    vi: ["Hoạt động", "Nội dung đã sửa"],
  },
  {
    name: "an edited target value",
    code: "structure.frameworkValueEdited",
    options: withFramework,
    poke: (f) => f.target(P.id, "target", 50),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "target") }),
    vi: ["Chỉ tiêu kế hoạch", "“50”"],
  },
  {
    name: "an edited due date",
    code: "structure.frameworkValueEdited",
    options: withFramework,
    poke: (f) => f.activity(A.id, "due", serial("2024-12-31")),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "due") }),
    vi: ["31/12/2024"],
  },
  {
    name: "Trách nhiệm changed to take a row on",
    code: "structure.frameworkValueEdited",
    options: withFramework,
    build: { unit: province },
    poke: (f) => f.target(unledTarget(f), "responsibility", "Chủ trì"),
    at: (f) => ({ sheet: T, cell: f.targetCell(unledTarget(f), "responsibility") }),
    vi: ["Trách nhiệm", "Chủ trì"],
  },
  {
    name: "a status formula overwritten by its label",
    code: "structure.formulaRemoved",
    poke: (f) => f.target(P.id, "status", "Đạt"),
    at: (f) => ({ sheet: T, cell: f.targetCell(P.id, "status") }),
    vi: ["“Đạt”"],
  },
  {
    name: "an activity status formula cleared",
    code: "structure.formulaRemoved",
    poke: (f) => f.activity(A.id, "status", null),
    at: (f) => ({ sheet: ACT, cell: f.activityCell(A.id, "status") }),
  },
  {
    name: "a computed Thông tin item typed over",
    code: "structure.formulaRemoved",
    poke: (f) => f.info("NgayDauNam", serial("2024-01-01")),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("NgayDauNam") }),
  },
  // Thông tin
  {
    name: "a missing period",
    code: "info.missing",
    poke: (f) => f.info("KyBaoCao", null),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("KyBaoCao") }),
    vi: ["Kỳ báo cáo"],
  },
  {
    name: "a named unit with no level",
    code: "info.missing",
    build: { unit: province },
    poke: (f) => f.info("CapDonVi", ""),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("CapDonVi") }),
  },
  {
    name: "a period that is not reported",
    code: "info.invalid",
    poke: (f) => f.info("KyBaoCao", "2024-Q2"),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("KyBaoCao") }),
    vi: ["2024-H1"],
  },
  {
    name: "an unknown level label",
    code: "info.invalid",
    build: { unit: province },
    poke: (f) => f.info("CapDonVi", "Huyện"),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("CapDonVi") }),
    vi: [LEVEL_LABELS.district],
  },
  {
    name: "an as-of date that is not a date",
    code: "info.invalid",
    poke: (f) => f.info("NgayBaoCao", "cuối quý"),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("NgayBaoCao") }),
  },
  {
    name: "an as-of date typed as text",
    code: "info.invalid",
    poke: (f) => f.info("NgayBaoCao", "14/06/2024"),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("NgayBaoCao") }),
    en: ["2024-06-14"],
  },
  {
    name: "an as-of date outside the plan year",
    code: "info.invalid",
    poke: (f) => f.info("NgayBaoCao", serial("2023-06-14")),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("NgayBaoCao") }),
    vi: ["14/06/2023", "2024"],
  },
  {
    name: "a plan year that is not a year",
    code: "info.invalid",
    poke: (f) => f.info("NamKeHoach", "năm nay"),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("NamKeHoach") }),
  },
  {
    name: "a plan year that differs from the period's",
    code: "info.invalid",
    poke: (f) => f.info("NamKeHoach", 2023),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("NamKeHoach") }),
  },
  {
    name: "another framework version",
    code: "info.frameworkVersion",
    options: withFramework,
    poke: (f) => f.info("PhienBanKhung", "0123456789abcdef"),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("PhienBanKhung") }),
    vi: ["0123456789abcdef", FRAMEWORK.version],
  },
  {
    name: "another framework",
    code: "info.frameworkUnknown",
    options: withFramework,
    poke: (f) => f.info("MaKhung", "quangtri-2024"),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("MaKhung") }),
    vi: ["quangtri-2024"],
  },
  {
    name: "another workbook-format version",
    code: "info.formatVersion",
    poke: (f) => f.info("PhienBanDinhDang", "2.0"),
    at: (f) => ({ sheet: INFO, cell: f.infoCell("PhienBanDinhDang") }),
  },
];

function matches(
  found: Finding,
  code: FindingCode,
  at: { sheet: string | null; cell: string | null; id?: string | null },
) {
  return (
    found.code === code &&
    found.sheet === at.sheet &&
    found.cell === at.cell &&
    (at.id === undefined || found.id === at.id)
  );
}

describe("validateWorkbook: one finding per code", () => {
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const before = new TrackingFixture(c.build);
    c.base?.(before);
    const where = c.at(before);
    const clean = validateWorkbook(before.snapshot, c.options).findings;
    expect(clean.filter((f) => matches(f, c.code, where))).toEqual([]);

    const after = new TrackingFixture(c.build);
    c.base?.(after);
    c.poke(after);
    const { findings } = validateWorkbook(after.snapshot, c.options);
    const hit = findings.find((f) => matches(f, c.code, where));
    expect(hit).toBeDefined();
    if (!hit) return;
    expect(hit.severity).toBe(FINDING_CODES[c.code]);
    if (where.sheet !== null && where.cell !== null) {
      expect(hit.message.vi).toContain(`${where.sheet}!${where.cell}`);
      expect(hit.message.en).toContain(`${where.sheet}!${where.cell}`);
    }
    for (const text of c.vi ?? []) expect(hit.message.vi).toContain(text);
    for (const text of c.en ?? []) expect(hit.message.en).toContain(text);
  });

  it("has a case for every finding code (internal.error has its own test)", () => {
    const covered = new Set<string>(cases.map((c) => c.code));
    const missing = Object.keys(FINDING_CODES).filter((code) => code !== "internal.error" && !covered.has(code));
    expect(missing).toEqual([]);
  });

  it("turns a failure of the validator into an internal.error finding instead of throwing", () => {
    const broken = { sheets: [{ name: SHEET.activities, rows: null }], names: {} } as unknown as WorkbookSnapshot;
    const result = validateWorkbook(broken);
    expect(result.findings.map((f) => f.code)).toContain("internal.error");
    expect(result.workbook.usable).toBe(false);
  });
});

describe("validateWorkbook on workbooks as written", () => {
  const district = UNITS.find((u) => u.level === "district")!;
  test.each<[string, FixtureOptions]>([
    ["the whole plan", {}],
    ["a department", { unit: province }],
    ["a district", { unit: district }],
    ["a commune not in the list", { unit: { name: "UBND xã Thạch Hạ", level: "commune", aliases: [] } }],
    ["the whole plan, Q1", { period: "2024-Q1" }],
    ["the whole plan, year, as of 20/12", { period: "2024", asOf: "2024-12-20" }],
  ])("finds nothing in a fresh workbook for %s but notes on overdue rows", (_name, build) => {
    const { findings } = validateWorkbook(new TrackingFixture(build).snapshot, withFramework);
    expect(findings.filter((f) => f.code !== "row.lagNoNote")).toEqual([]);
  });

  it("leaves alone what is read as intended", () => {
    const f = new TrackingFixture()
      .target(P.id, "done", { value: 0.94, numberFormat: "0%" })
      .target(C.id, "done", 3)
      .target(targetWhere((t) => t.measure === "percent" && t.id !== P.id).id, "notApplicable", "X ")
      .activity(A.id, "state", "  đã hoàn thành")
      .activity(A.id, "doneDate", serial("2024-01-30"))
      .activity(A.id, "evidence", "https://example.invalid/qd-12")
      .activity(B.id, "state", "Đang thực hiện")
      .activity(B.id, "note", "=không phải công thức");
    const { findings } = validateWorkbook(f.snapshot, withFramework);
    const rows = new Set([P.id, C.id, A.id, B.id]);
    expect(findings.filter((x) => x.id !== null && rows.has(x.id) && x.code !== "row.lagNoNote")).toEqual([]);
  });

  it("accepts a completion date before the plan year for work due before it", () => {
    const early = datedActivity("1900-01-01", "2023-12-31");
    const f = new TrackingFixture()
      .activity(early.id, "state", "Hoàn thành")
      .activity(early.id, "doneDate", serial("2023-10-02"))
      .activity(early.id, "evidence", "Số 5/KH");
    const { findings } = validateWorkbook(f.snapshot, withFramework);
    expect(findings.filter((x) => x.id === early.id)).toEqual([]);
  });

  it("judges dates against the --as-of override", () => {
    const f = new TrackingFixture()
      .activity(A.id, "state", "Hoàn thành")
      .activity(A.id, "evidence", "Số 1/BC")
      .activity(A.id, "doneDate", serial("2024-07-01"));
    const codes = (asOf?: string) => validateWorkbook(f.snapshot, { asOf }).findings.map((x) => x.code);
    expect(codes()).toContain("activity.dateAfterAsOf");
    expect(codes("2024-07-31")).not.toContain("activity.dateAfterAsOf");
  });

  it("does not ask partners for a note: only rows judged in this workbook", () => {
    const f = new TrackingFixture({ unit: province });
    const { findings, evaluation } = validateWorkbook(f.snapshot);
    const notAssessed = new Set(
      [...evaluation.activities, ...evaluation.targets].filter((r) => r.status === "not_assessed").map((r) => r.id),
    );
    expect(notAssessed.size).toBeGreaterThan(0);
    expect(findings.filter((x) => x.code === "row.lagNoNote" && notAssessed.has(x.id ?? ""))).toEqual([]);
  });

  it("sorts findings by sheet, then row, then column", () => {
    const f = new TrackingFixture()
      .target(P.id, "done", "abc")
      .activity(B.id, "state", "xong")
      .activity(A.id, "doneDate", "hôm qua")
      .info("KyBaoCao", "2024-Q2");
    const { findings } = validateWorkbook(f.snapshot);
    const sheets = f.snapshot.sheets.map((s) => s.name);
    const order = findings.map((x) => [x.sheet === null ? -1 : sheets.indexOf(x.sheet), x.cell]);
    for (let i = 1; i < order.length; i++) {
      expect(order[i][0] as number).toBeGreaterThanOrEqual(order[i - 1][0] as number);
    }
  });
});

/** Random things people (and tools) leave in cells. */
const anyValue: fc.Arbitrary<SnapshotValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("94%", "2,5", "1.234", "0,94", "-3", "15/3/2024", "x", "Hoàn thành", "  ", "=SUM(A1:A3)", "#REF!"),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0, 5e-324),
  fc.boolean(),
  fc.constantFrom("#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#SPILL!", "#GETTING_DATA", "").map((error) => ({ error })),
);

const anyCell: fc.Arbitrary<SnapshotCell> = fc.record(
  {
    value: anyValue,
    formula: fc.oneof(
      fc.constant("=1/0"),
      fc.string().map((s) => `=${s}`),
    ),
    numberFormat: fc.constantFrom("0%", "0.00%", "dd/mm/yyyy", "@", '"%"0', "General"),
  },
  { requiredKeys: ["value"] },
);

const ENTRY_ACTIVITY = ["state", "doneDate", "evidence", "note"] as const;
const ENTRY_TARGET = ["done", "total", "notApplicable", "note", "kind"] as const;
const INFO_ITEMS = ["DonVi", "CapDonVi", "KyBaoCao", "NgayBaoCao", "NamKeHoach", "PhienBanDinhDang"] as const;

const poke = fc.oneof(
  fc.record({
    kind: fc.constant("activity" as const),
    id: fc.constantFrom(...activityIds),
    key: fc.constantFrom(...ENTRY_ACTIVITY),
    cell: anyCell,
  }),
  fc.record({
    kind: fc.constant("target" as const),
    id: fc.constantFrom(...targetIds),
    key: fc.constantFrom(...ENTRY_TARGET),
    cell: anyCell,
  }),
  fc.record({
    kind: fc.constant("info" as const),
    id: fc.constant(""),
    key: fc.constantFrom(...INFO_ITEMS),
    cell: anyCell,
  }),
);

describe("validateWorkbook on random entries", () => {
  it("never throws, never fails internally, and gives well-formed findings", () => {
    fc.assert(
      fc.property(
        fc.array(poke, { maxLength: 12 }),
        fc.option(fc.constantFrom("2024-03-31", "2024-12-14", "2025-01-01"), { nil: undefined }),
        (pokes, asOf) => {
          const f = new TrackingFixture();
          for (const p of pokes) {
            if (p.kind === "activity") f.activity(p.id, p.key, p.cell);
            else if (p.kind === "target") f.target(p.id, p.key, p.cell);
            else f.info(p.key, p.cell);
          }
          const result = validateWorkbook(f.snapshot, { framework: FRAMEWORK, asOf });
          for (const x of result.findings) {
            expect(x.code).not.toBe("internal.error");
            expect(x.severity).toBe(FINDING_CODES[x.code]);
            expect(x.message.vi.length).toBeGreaterThan(0);
            expect(x.message.en.length).toBeGreaterThan(0);
            expect(x.message.vi).not.toMatch(PLACEHOLDER);
            expect(x.message.en).not.toMatch(PLACEHOLDER);
          }
          expect(result.evaluation.targets).toHaveLength(targetIds.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
