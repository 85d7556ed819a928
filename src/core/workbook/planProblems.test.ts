import fc from "fast-check";
import { bilingual } from "../messages/message";
import { InvalidPlanError, assertWritablePlan, planProblems, sheetNameProblems } from "./planProblems";
import { emptySheet, type SheetPlan, type ValidationPlan, type WorkbookPlan } from "./workbookPlan";

function planWith(...sheets: SheetPlan[]): WorkbookPlan {
  return { formatVersion: "1.0", sheets, names: [] };
}

function listValidation(values: string[]): ValidationPlan {
  return {
    range: "A1:A10",
    rule: { type: "list", values },
    allowBlank: true,
    error: { title: "Lỗi", text: "Chọn trong danh sách.", style: "stop" },
  };
}

describe("sheetNameProblems", () => {
  it.each([
    ["Thông tin", 0],
    ["Khung nhiệm vụ", 0],
    ["a".repeat(31), 0],
    ["it's", 0],
    ["a".repeat(32), 1],
    ["", 1],
    ["   ", 1],
    ["Q1/2024", 1],
    ["[Nháp]", 1],
    ["a:b*c?", 1],
    ["back\\slash", 1],
    ["'quoted'", 1],
    ["History", 1],
    ["history", 1],
    ["[" + "x".repeat(40) + "]", 2],
  ])("%j has %i problem(s)", (name, count) => {
    expect(sheetNameProblems(name)).toHaveLength(count);
  });

  it("names the sheet, its length and the forbidden characters in both languages", () => {
    const [tooLong] = sheetNameProblems("Danh mục đơn vị và cơ quan phối hợp");
    expect(tooLong.vi).toContain("“Danh mục đơn vị và cơ quan phối hợp”");
    expect(tooLong.vi).toContain("35 ký tự");
    expect(tooLong.en).toContain("35 characters");
    const [bad] = sheetNameProblems("Q1/2024:*");
    expect(bad.vi).toContain("/ : *");
    expect(bad.en).toContain("/ : *");
  });

  it("accepts every name of 1-31 characters without forbidden characters or edge apostrophes", () => {
    const allowed = fc
      .string({ minLength: 1, maxLength: 31, unit: "grapheme" })
      .filter(
        (name) =>
          name.length <= 31 &&
          name.trim() !== "" &&
          !/[[\]:*?/\\]/.test(name) &&
          !name.startsWith("'") &&
          !name.endsWith("'") &&
          name.toLowerCase() !== "history",
      );
    fc.assert(fc.property(allowed, (name) => sheetNameProblems(name).length === 0));
  });

  it("refuses every name with a forbidden character", () => {
    const bad = fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(..."[]:*?/\\"), fc.string({ maxLength: 10 }))
      .map(([a, ch, b]) => `x${a}${ch}${b}x`);
    fc.assert(fc.property(bad, (name) => sheetNameProblems(name).length > 0));
  });
});

describe("planProblems", () => {
  it("is empty for a plan Excel accepts", () => {
    const sheet = emptySheet("Thông tin");
    sheet.blocks.push({ row: 0, col: 0, cells: [[{ value: "=1+1" }, { formula: "=1+1" }]] });
    sheet.validations.push(listValidation(["Có", "Không"]));
    expect(planProblems(planWith(sheet))).toEqual([]);
  });

  it("finds duplicate sheet names regardless of case", () => {
    const problems = planProblems(planWith(emptySheet("Chỉ tiêu"), emptySheet("CHỈ TIÊU")));
    expect(problems).toHaveLength(1);
    expect(problems[0].en).toContain("appears twice");
  });

  it("names the sheet and cell of a ragged block, a non-finite number and a formula without =", () => {
    const sheet = emptySheet("Khung");
    sheet.blocks.push({ row: 4, col: 1, cells: [[{ value: 1 }, { value: 2 }], [{ value: 3 }]] });
    sheet.blocks.push({ row: 0, col: 0, cells: [[{ value: Number.NaN }, { formula: "SUM(A1:A2)" }]] });
    const text = planProblems(planWith(sheet)).map(bilingual);
    expect(text).toEqual([
      expect.stringContaining("“Khung”: khối ô bắt đầu tại B5"),
      expect.stringContaining("ô A1: giá trị số không hợp lệ (NaN)"),
      expect.stringContaining("ô B1: công thức “SUM(A1:A2)”"),
    ]);
  });

  it("refuses list items with commas, lists over 255 characters and over-long validation texts", () => {
    const sheet = emptySheet("Khung");
    sheet.validations.push(listValidation(["Đạt", "Không đạt, cần bổ sung"]));
    const long = Array.from({ length: 60 }, (_, i) => `Mục ${i}`);
    sheet.validations.push(listValidation(long));
    sheet.validations.push({
      ...listValidation(["A"]),
      prompt: { title: "T".repeat(33), text: "x".repeat(256) },
      error: { title: "Lỗi", text: "y".repeat(226), style: "stop" },
    });
    const english = planProblems(planWith(sheet)).map((problem) => problem.en);
    expect(english).toEqual([
      expect.stringContaining("“Không đạt, cần bổ sung” contains a comma"),
      expect.stringContaining(`is ${long.join(",").length} characters long; Excel allows at most 255`),
      expect.stringContaining("is 33 characters long; Excel allows at most 32"),
      expect.stringContaining("is 256 characters long; Excel allows at most 255"),
      expect.stringContaining("is 226 characters long; Excel allows at most 225"),
    ]);
  });

  it("refuses ranges that are not A1 addresses", () => {
    const sheet = emptySheet("Khung");
    sheet.styles.push({ range: "A1:", style: { bold: true } });
    sheet.conditionalFormats.push({ range: "R1C1", formula: "=TRUE", style: {}, priority: 1, stopIfTrue: false });
    expect(planProblems(planWith(sheet)).map((problem) => problem.en)).toEqual([
      "Sheet “Khung”: “A1:” is not a valid A1 range.",
      "Sheet “Khung”: “R1C1” is not a valid A1 range.",
    ]);
  });
});

describe("assertWritablePlan", () => {
  it("throws InvalidPlanError carrying every problem, Vietnamese first", () => {
    const plan = planWith(emptySheet("Kỳ báo cáo: Quý I/2024 của UBND huyện"));
    expect(() => assertWritablePlan(plan)).toThrow(InvalidPlanError);
    try {
      assertWritablePlan(plan);
    } catch (error) {
      const invalid = error as InvalidPlanError;
      expect(invalid.problems).toHaveLength(2);
      expect(invalid.message.split("\n")[0]).toMatch(/^Tên trang tính .* \/ The sheet name/);
    }
  });

  it("does not throw for a valid plan", () => {
    expect(() => assertWritablePlan(planWith(emptySheet("Chỉ tiêu")))).not.toThrow();
  });
});
