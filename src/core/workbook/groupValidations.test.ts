import fc from "fast-check";
import { parseRangeAddress } from "./a1";
import { groupValidations } from "./groupValidations";
import type { ValidationPlan } from "./workbookPlan";

const ERROR = { title: "Lỗi", text: "Không hợp lệ.", style: "stop" } as const;

function list(range: string, values: string[]): ValidationPlan {
  return { range, rule: { type: "list", values }, allowBlank: true, error: ERROR };
}

/** Cell address → rule values, the meaning both sides of a grouping must share. */
function perCell(validations: ValidationPlan[]): Map<string, string> {
  const cells = new Map<string, string>();
  for (const v of validations) {
    const { row, col, rowCount, colCount } = parseRangeAddress(v.range);
    for (let r = row; r < row + rowCount; r++) {
      for (let c = col; c < col + colCount; c++) cells.set(`${r}:${c}`, JSON.stringify(v.rule));
    }
  }
  return cells;
}

describe("groupValidations", () => {
  it.each<[string, ValidationPlan[], string[]]>([
    ["keeps one range", [list("D4:D10", ["a"])], ["D4:D10"]],
    ["joins side by side equal rules", [list("D4:D10", ["a"]), list("E4:E10", ["a"])], ["D4:E10"]],
    ["joins stacked equal rules", [list("D4:E5", ["a"]), list("D6:E10", ["a"])], ["D4:E10"]],
    ["keeps different rules apart", [list("D4:D10", ["a"]), list("E4:E10", ["b"])], ["D4:D10", "E4:E10"]],
    ["lets a later rule replace an earlier one", [list("A1:C1", ["a"]), list("B1", ["b"])], ["A1", "B1", "C1"]],
    ["joins single cells back into a column", ["A1", "A2", "A3"].map((cell) => list(cell, ["a"])), ["A1:A3"]],
  ])("%s", (_, validations, ranges) => {
    expect(groupValidations(validations).map((v) => v.range)).toEqual(ranges);
  });

  it("treats an empty prompt as no prompt", () => {
    const withEmpty = { ...list("A1", ["a"]), prompt: { title: "", text: "" } };
    expect(groupValidations([withEmpty, list("A2", ["a"])]).map((v) => v.range)).toEqual(["A1:A2"]);
  });

  it("keeps every cell's rule and gives the same result for cell-by-cell input", () => {
    const validation = fc
      .tuple(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom("a", "b", "c"),
      )
      .map(([row, col, h, w, value]) => {
        const range = `${String.fromCharCode(65 + col)}${row + 1}:${String.fromCharCode(65 + col + w - 1)}${row + h}`;
        return list(range, [value]);
      });
    fc.assert(
      fc.property(fc.array(validation, { maxLength: 8 }), (validations) => {
        const grouped = groupValidations(validations);
        expect(perCell(grouped)).toEqual(perCell(validations));
        const cells = [...perCell(validations).entries()].map(([key, rule]) => {
          const [r, c] = key.split(":").map(Number);
          return list(`${String.fromCharCode(65 + c)}${r + 1}`, (JSON.parse(rule) as { values: string[] }).values);
        });
        expect(groupValidations(cells)).toEqual(grouped);
      }),
    );
  });
});
