import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ValidateJson } from "../../src/cli/commands/validate";
import { isoToSerial } from "../../src/core/dates/excelDate";
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import type { Activity, Target } from "../../src/core/framework/types";
import { activityStatusFromLabel, targetStatusFromLabel } from "../../src/core/status/statusLabels";
import { ACTIVITY_STATUSES, TARGET_STATUSES } from "../../src/core/status/statusTypes";
import { FINDING_CODES } from "../../src/core/validation/finding";
import { ACTIVITY_COLUMNS, SHEET, TARGET_COLUMNS } from "../../src/core/workbook/layout";
import { emptySheet } from "../../src/core/workbook/workbookPlan";
import { writePlanToXlsx } from "../../src/xlsx/xlsxAdapter";
import { encryptedWorkbook, filledWorkbook, type Entry } from "../fixtures/validate-workbook";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";
import { runCli } from "./runCli";

jest.setTimeout(180_000);

const activities: Activity[] = HA_TINH_2024_FRAMEWORK.sections.flatMap((s) =>
  s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities)),
);
const targets: Target[] = HA_TINH_2024_FRAMEWORK.sections.flatMap((s) => s.objectives.flatMap((o) => o.targets));
const P = targets.find((t) => t.measure === "percent" && t.comparator === "atLeast" && t.kind === "level")!;
const C = targets.find((t) => t.measure === "count")!;
const A = activities.find(
  (a) => a.deadline.due !== null && a.deadline.due >= "2024-01-01" && a.deadline.due < "2024-06-14",
)!;
const D = activities.find(
  (a) => a.deadline.due !== null && a.deadline.due > "2024-06-14" && a.deadline.due < "2024-09-14",
)!;
const province = HA_TINH_2024_UNITS.find((u) => u.level === "province")!;

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const STACK = /\n\s+at /;

describe("par-tracker validate", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "par-validate-"));
    writeFileSync(join(dir, "clean.xlsx"), await filledWorkbook());
    writeFileSync(join(dir, "province.xlsx"), await filledWorkbook({ unit: province }));
    writeFileSync(
      join(dir, "errors.xlsx"),
      await filledWorkbook({
        entries: [
          { sheet: "targets", id: P.id, key: "done", cell: { value: "khoảng 90" } },
          { sheet: "targets", id: C.id, key: "done", cell: { value: "1.234" } },
          { sheet: "activities", id: A.id, key: "state", cell: { value: "Hoàn thành" } },
          { sheet: "activities", id: A.id, key: "evidence", cell: { value: "=Số 12/QĐ-UBND" } },
        ],
      }),
    );
    writeFileSync(join(dir, "text.xlsx"), "Mã,Tình trạng\nI:3.1,Hoàn thành\n");
    const clean = readFileSync(join(dir, "clean.xlsx"));
    writeFileSync(join(dir, "corrupt.xlsx"), clean.subarray(0, Math.floor(clean.length / 2)));
    writeFileSync(join(dir, "locked.xlsx"), encryptedWorkbook());
    const other = emptySheet("Sheet1");
    other.blocks.push({ row: 0, col: 0, cells: [[{ value: "Họ tên" }, { value: "Điểm" }]] });
    writeFileSync(join(dir, "other.xlsx"), await writePlanToXlsx({ formatVersion: "", sheets: [other], names: [] }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 0 on a workbook with no errors and prints a bilingual report", async () => {
    const before = sha256(join(dir, "clean.xlsx"));
    const result = await runCli(["validate", "clean.xlsx"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Kiểm tra sổ theo dõi / Workbook validation");
    expect(result.stdout).toContain(
      "Đơn vị / Unit: Toàn tỉnh (mọi dòng được đánh giá) / Whole plan (every row judged)",
    );
    expect(result.stdout).toContain("Kỳ báo cáo / Period: 2024-H1 — 6 tháng đầu năm 2024 / First half of 2024");
    expect(result.stdout).toContain("Ngày chốt số liệu / As of: 14/06/2024");
    expect(result.stdout).toContain(`Chỉ tiêu / Targets: ${targets.length}`);
    expect(result.stdout).toContain(`Chưa có số liệu / No data: ${targets.length}`);
    expect(result.stdout).toContain(`Hoạt động / Activities: ${activities.length}`);
    expect(result.stdout).toMatch(/Kết quả: 0 lỗi, \d+ cảnh báo\. \/ Result: 0 errors, \d+ warnings\./);
    expect(sha256(join(dir, "clean.xlsx"))).toBe(before);
  });

  it("exits 1 on error findings and lists them by severity, then sheet, with the cell", async () => {
    const before = sha256(join(dir, "errors.xlsx"));
    const result = await runCli(["validate", "errors.xlsx"], dir);
    expect(result.code).toBe(1);
    const out = result.stdout;
    const errors = out.indexOf("Lỗi / Errors: 2");
    const warnings = out.indexOf("Cảnh báo / Warnings:");
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    const errorPart = out.slice(errors, warnings);
    // Khung nhiệm vụ comes before Chỉ tiêu in the workbook, and so in the report.
    expect(errorPart.indexOf(`  ${SHEET.activities}\n`)).toBeLessThan(errorPart.indexOf(`  ${SHEET.targets}\n`));
    expect(errorPart).toContain("“khoảng 90” không phải là số");
    expect(out.slice(warnings)).toContain("đã đọc là 1.234");
    expect(out.slice(warnings)).toContain("read as 1,234");
    expect(sha256(join(dir, "errors.xlsx"))).toBe(before);
  });

  it("prints exactly the JSON contract with --json", async () => {
    const result = await runCli(["validate", "errors.xlsx", "--json"], dir);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as ValidateJson;
    expect(Object.keys(json)).toEqual(["file", "unit", "level", "period", "asOf", "targets", "activities", "findings"]);
    expect(json).toMatchObject({ file: "errors.xlsx", unit: null, level: null, period: "2024-H1", asOf: "2024-06-14" });
    expect(json.targets.map((t) => t.id)).toEqual(targets.map((t) => t.id));
    expect(json.activities.map((a) => a.id)).toEqual(activities.map((a) => a.id));
    for (const t of json.targets) {
      expect(Object.keys(t)).toEqual(["id", "status", "value", "target"]);
      expect(TARGET_STATUSES).toContain(t.status);
    }
    for (const a of json.activities) {
      expect(Object.keys(a)).toEqual(["id", "status", "due"]);
      expect(ACTIVITY_STATUSES).toContain(a.status);
      expect(a.due === null || /^\d{4}-\d{2}-\d{2}$/.test(a.due)).toBe(true);
    }
    expect(json.targets.find((t) => t.id === P.id)).toEqual({
      id: P.id,
      status: "invalid",
      value: null,
      target: P.value,
    });
    expect(json.activities.find((a) => a.id === A.id)).toEqual({ id: A.id, status: "done", due: A.deadline.due });
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(["severity", "code", "message", "sheet", "cell", "id"]);
      expect(f.severity).toBe(FINDING_CODES[f.code as keyof typeof FINDING_CODES]);
      expect(f.message).toMatch(/ \/ /);
    }
    const codes = json.findings.map((f) => [f.code, f.id]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["number.notNumber", P.id],
        ["number.text", C.id],
        ["activity.doneWithoutDate", A.id],
      ]),
    );
    const notNumber = json.findings.find((f) => f.code === "number.notNumber");
    const doneCol = String.fromCharCode(65 + TARGET_COLUMNS.findIndex((c) => c.key === "done"));
    expect(notNumber).toMatchObject({ severity: "error", sheet: SHEET.targets, id: P.id });
    expect(notNumber?.cell).toMatch(new RegExp(`^${doneCol}\\d+$`));
    expect(notNumber?.message).toContain(`${SHEET.targets}!${notNumber?.cell}`);
    // Text starting with "=" was kept as text: evidence, not a formula.
    expect(json.findings.filter((f) => f.code === "entry.formula")).toEqual([]);
  });

  it("gives the unit's level code and judges only its own rows", async () => {
    const json = JSON.parse((await runCli(["validate", "province.xlsx", "--json"], dir)).stdout) as ValidateJson;
    expect(json).toMatchObject({ unit: province.name, level: "province" });
    expect(json.targets.some((t) => t.status === "not_assessed")).toBe(true);
  });

  it("judges statuses as of --as-of instead of the workbook's date", async () => {
    const base = JSON.parse((await runCli(["validate", "clean.xlsx", "--json"], dir)).stdout) as ValidateJson;
    const later = JSON.parse(
      (await runCli(["validate", "clean.xlsx", "--json", "--as-of", "2024-09-30"], dir)).stdout,
    ) as ValidateJson;
    expect(later.asOf).toBe("2024-09-30");
    expect(base.activities.find((a) => a.id === D.id)?.status).not.toBe("overdue");
    expect(later.activities.find((a) => a.id === D.id)?.status).toBe("overdue");
    const text = await runCli(["validate", "clean.xlsx", "--as-of", "2024-09-30"], dir);
    expect(text.stdout).toContain(
      "30/09/2024 (theo --as-of; sổ ghi 14/06/2024 / from --as-of; the workbook says 14/06/2024)",
    );
  });

  test.each<[string, string[], RegExp]>([
    ["a file that does not exist", ["missing.xlsx"], /Không đọc được tệp “missing\.xlsx”/],
    ["a text file named .xlsx", ["text.xlsx"], /tệp văn bản/],
    ["a truncated workbook", ["corrupt.xlsx"], /bị hỏng/],
    ["a password-protected workbook", ["locked.xlsx"], /mật khẩu/],
    ["a workbook that is not a tracking workbook", ["other.xlsx"], /không phải sổ theo dõi CCHC/],
    ["an invalid --as-of", ["clean.xlsx", "--as-of", "2024-02-30"], /--as-of/],
    ["no file", [], /một tệp/],
    ["two files", ["clean.xlsx", "errors.xlsx"], /một tệp/],
  ])("exits 2 on %s with a clear message and no stack trace", async (_name, args, message) => {
    const files = ["text.xlsx", "corrupt.xlsx", "locked.xlsx", "other.xlsx"];
    const before = files.map((f) => sha256(join(dir, f)));
    const result = await runCli(["validate", ...args], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK);
    expect(files.map((f) => sha256(join(dir, f)))).toEqual(before);
  });

  it("agrees with the workbook's own formulas as LibreOffice recalculates them", async () => {
    const serial = isoToSerial;
    const entries: Entry[] = [
      { sheet: "targets", id: P.id, key: "done", cell: { value: 0.5 } },
      { sheet: "targets", id: C.id, key: "done", cell: { value: 2 } },
      { sheet: "activities", id: A.id, key: "state", cell: { value: "Hoàn thành" } },
      { sheet: "activities", id: A.id, key: "doneDate", cell: { value: serial("2024-07-02") } },
      { sheet: "activities", id: D.id, key: "state", cell: { value: "Đang thực hiện" } },
      ...targets.slice(2, 12).map((t, i): Entry => ({
        sheet: "targets",
        id: t.id,
        key: "done",
        cell: { value: [0, 50, 95, "12", 101, 0.9, 3, 7.5, "x", 100][i] },
      })),
      ...targets
        .slice(12, 16)
        .map((t, i): Entry => ({ sheet: "targets", id: t.id, key: "total", cell: { value: [10, 0, 4, 200][i] } })),
      ...targets
        .slice(12, 16)
        .map((t, i): Entry => ({ sheet: "targets", id: t.id, key: "done", cell: { value: [9, 1, 5, 150][i] } })),
      ...activities.slice(0, 20).map((a, i): Entry => ({
        sheet: "activities",
        id: a.id,
        key: "state",
        cell: { value: ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "xong", null][i % 5] },
      })),
    ];
    const file = join(dir, "filled.xlsx");
    writeFileSync(file, await filledWorkbook({ entries }));
    const lo = await recalculateWithLibreOffice(file);
    writeFileSync(join(dir, "recalculated.xlsx"), lo.xlsx);
    const json = JSON.parse((await runCli(["validate", "recalculated.xlsx", "--json"], dir)).stdout) as ValidateJson;

    const shown = (sheet: string, statusKey: number) =>
      new Map(lo.sheets[sheet].filter((row) => /\d/.test(row[0] ?? "")).map((row) => [row[0], row[statusKey]]));
    const targetShown = shown(
      SHEET.targets,
      TARGET_COLUMNS.findIndex((c) => c.key === "status"),
    );
    const activityShown = shown(
      SHEET.activities,
      ACTIVITY_COLUMNS.findIndex((c) => c.key === "status"),
    );
    expect(json.targets.map((t) => [t.id, t.status])).toEqual(
      json.targets.map((t) => [t.id, targetStatusFromLabel(targetShown.get(t.id) ?? "") ?? targetShown.get(t.id)]),
    );
    expect(json.activities.map((a) => [a.id, a.status])).toEqual(
      json.activities.map((a) => [
        a.id,
        activityStatusFromLabel(activityShown.get(a.id) ?? "") ?? activityShown.get(a.id),
      ]),
    );
    const statuses = new Set(json.targets.map((t) => t.status));
    for (const s of ["invalid", "met", "lagging", "no_data"]) expect(statuses).toContain(s);
  });
});
