import fc from "fast-check";
import { finding, type Finding, type FindingCode } from "../validation/finding";
import { groupFindings } from "./groupFindings";

const f = (code: FindingCode, sheet: string | null, cell: string | null = null): Finding =>
  finding(code, { vi: code, en: code }, sheet, cell, null);

describe("groupFindings", () => {
  it("puts errors before warnings, whole-file findings first, then sheets in the order they come", () => {
    const groups = groupFindings([
      f("info.formatVersion", "Thông tin", "B10"),
      f("number.notNumber", "Chỉ tiêu", "I8"),
      f("structure.sheetMissing", null),
      f("row.lagNoNote", "Khung nhiệm vụ", "P9"),
      f("number.negative", "Chỉ tiêu", "J8"),
      f("activity.stateInvalid", "Khung nhiệm vụ", "M5"),
    ]);
    expect(
      groups.map((g) => [g.severity, g.count, g.sheets.map((s) => [s.sheet, s.findings.map((x) => x.code)])]),
    ).toEqual([
      [
        "error",
        4,
        [
          [null, ["structure.sheetMissing"]],
          ["Chỉ tiêu", ["number.notNumber", "number.negative"]],
          ["Khung nhiệm vụ", ["activity.stateInvalid"]],
        ],
      ],
      [
        "warning",
        2,
        [
          ["Thông tin", ["info.formatVersion"]],
          ["Khung nhiệm vụ", ["row.lagNoNote"]],
        ],
      ],
    ]);
  });

  it("is empty for no findings", () => {
    expect(groupFindings([])).toEqual([]);
  });

  it("keeps every finding exactly once, with counts that add up", () => {
    const codes: FindingCode[] = ["number.text", "number.negative", "row.lagNoNote", "info.missing"];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...codes), fc.constantFrom(null, "A", "B", "C"))), (specs) => {
        const findings = specs.map(([code, sheet]) => f(code, sheet));
        const groups = groupFindings(findings);
        const flat = groups.flatMap((g) => g.sheets.flatMap((s) => s.findings));
        expect(flat.length).toBe(findings.length);
        expect(new Set(flat)).toEqual(new Set(findings));
        for (const g of groups) {
          expect(g.count).toBe(g.sheets.reduce((sum, s) => sum + s.findings.length, 0));
          expect(g.sheets.every((s) => s.findings.every((x) => x.severity === g.severity && x.sheet === s.sheet))).toBe(
            true,
          );
        }
      }),
    );
  });
});
