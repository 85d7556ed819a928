import { SHEET } from "../workbook/layout";
import { toSubmission } from "./toSubmission";
import { SMALL_FRAMEWORK, SMALL_UNITS, unitWorkbook } from "./testing/consolidationFixture";

const context = { framework: SMALL_FRAMEWORK, units: SMALL_UNITS };
const file = { name: "don-vi.xlsx", lastModified: 1_718_000_000_000 };
const huyenA = SMALL_UNITS[2];

function ok(outcome: ReturnType<typeof toSubmission>) {
  if (!outcome.ok) throw new Error(`rejected: ${outcome.rejection.message.en}`);
  return outcome.submission;
}

describe("toSubmission", () => {
  it("keeps the entry cells by ID, the unit from the list, the period and the framework", () => {
    const snapshot = unitWorkbook({
      unit: huyenA,
      targets: { "I.1": { done: 30, total: 40, note: "đã rà soát" }, "I.3": { notApplicable: "x" } },
      activities: { "I:3.2": { state: "Đang thực hiện" } },
    });
    const s = ok(toSubmission(file, snapshot, context));
    expect(s).toMatchObject({
      file: "don-vi.xlsx",
      unit: "UBND huyện A",
      level: "district",
      inList: true,
      period: "2024-H1",
      frameworkId: SMALL_FRAMEWORK.id,
      frameworkVersion: SMALL_FRAMEWORK.version,
      excluded: [],
    });
    expect(s.targets.get("I.1")).toMatchObject({ done: 30, total: 40, notApplicable: null, note: "đã rà soát" });
    expect(s.targets.get("I.3")?.notApplicable).toBe("x");
    expect(s.activities.get("I:3.2")?.state).toBe("Đang thực hiện");
    expect([...s.targets.keys()]).toEqual(["I.1", "I.2", "I.3", "I.4", "I.5"]);
    expect(s.notes).toEqual([]);
  });

  it("recognises the unit by a short name, in any case and spacing", () => {
    const snapshot = unitWorkbook({ unit: SMALL_UNITS[0], info: { DonVi: "  snv " } });
    expect(ok(toSubmission(file, snapshot, context))).toMatchObject({ unit: "Sở Nội vụ", unitAsWritten: "snv" });
  });

  it("leaves out entries the validator finds an error in, with their sheet and cell", () => {
    const snapshot = unitWorkbook({
      unit: huyenA,
      targets: { "I.1": { done: 50, total: 40 }, "I.2": { done: "khoảng 60" }, "I.3": { done: 4 } },
      activities: { "I:3.2": { state: "Xong rồi" } },
    });
    const s = ok(toSubmission(file, snapshot, context));
    expect(s.excluded.map((e) => [e.id, e.code, e.sheet])).toEqual([
      ["I:3.2", "activity.stateInvalid", SHEET.activities],
      ["I.1", "ratio.doneOverTotal", SHEET.targets],
      ["I.2", "number.notNumber", SHEET.targets],
    ]);
    expect(s.excluded[1].cell).toMatch(/^I\d+$/);
    expect(s.targets.has("I.1")).toBe(false);
    expect(s.targets.get("I.3")?.done).toBe(4);
    expect(s.activities.has("I:3.2")).toBe(false);
  });

  it("notes another framework version, unknown and missing IDs, and still matches entries by ID", () => {
    const snapshot = unitWorkbook({
      unit: huyenA,
      info: { PhienBanKhung: "v-older" },
      targets: { "I.3": { done: 2 } },
    });
    const sheet = snapshot.sheets.find((x) => x.name === SHEET.targets);
    const row = sheet?.rows.find((r) => r[0]?.value === "I.5");
    if (!row) throw new Error("no I.5 row");
    row[0] = { value: "I.9" };
    const s = ok(toSubmission(file, snapshot, context));
    expect(s.notes.map((n) => n.code)).toEqual(["frameworkVersion", "unknownIds", "missingIds"]);
    expect(s.notes[1].message.en).toContain("I.9");
    expect(s.notes[2].message.en).toContain("I.5");
    expect(s.targets.get("I.3")?.done).toBe(2);
    expect(s.targets.has("I.9")).toBe(false);
  });

  it("uses the list's level when the file says another, and notes it", () => {
    const snapshot = unitWorkbook({ unit: huyenA, info: { CapDonVi: "UBND cấp xã" } });
    const s = ok(toSubmission(file, snapshot, context));
    expect(s.level).toBe("district");
    expect(s.notes.map((n) => n.code)).toEqual(["levelMismatch"]);
  });

  it("takes a unit missing from the list at the level its file gives", () => {
    const snapshot = unitWorkbook({ unit: huyenA, info: { DonVi: "UBND xã Mới", CapDonVi: "UBND cấp xã" } });
    const s = ok(toSubmission(file, snapshot, context));
    expect(s).toMatchObject({ unit: "UBND xã Mới", level: "commune", inList: false });
    expect(s.notes.map((n) => n.code)).toEqual(["unitNotInList"]);
  });

  it("rejects a unit missing from the list whose level cannot be read", () => {
    const snapshot = unitWorkbook({ unit: huyenA, info: { DonVi: "Phòng Không Tên", CapDonVi: "cấp thôn" } });
    const outcome = toSubmission(file, snapshot, context);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.rejection).toMatchObject({ reason: "unitUnknown", unit: "Phòng Không Tên", level: null });
  });

  it("rejects the whole-plan workbook (no unit)", () => {
    const outcome = toSubmission(file, unitWorkbook({}), context);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.rejection.reason).toBe("notUnitWorkbook");
  });

  it("rejects a workbook with no entry sheets", () => {
    const outcome = toSubmission(
      file,
      { sheets: [{ name: "Sheet1", rows: [[{ value: "Báo cáo" }]] }], names: {} },
      context,
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.rejection.reason).toBe("notTrackingWorkbook");
      expect(outcome.rejection.message.vi).toContain("don-vi.xlsx");
    }
  });

  it("does not read the unit's own units list, nor miss it", () => {
    const snapshot = unitWorkbook({ unit: huyenA });
    snapshot.sheets = snapshot.sheets.filter((x) => x.name !== SHEET.units);
    expect(ok(toSubmission(file, snapshot, context)).notes).toEqual([]);
  });

  it("gives the same fingerprint to the same file and another to a changed entry", () => {
    const a = ok(toSubmission(file, unitWorkbook({ unit: huyenA, targets: { "I.3": { done: 2 } } }), context));
    const b = ok(toSubmission(file, unitWorkbook({ unit: huyenA, targets: { "I.3": { done: 2 } } }), context));
    const c = ok(toSubmission(file, unitWorkbook({ unit: huyenA, targets: { "I.3": { done: 3 } } }), context));
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(c.fingerprint);
  });
});
