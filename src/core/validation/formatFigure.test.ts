import { formatFigure } from "./formatFigure";

describe("formatFigure", () => {
  test.each<[number, string, string]>([
    [0, "0", "0"],
    [2.5, "2,5", "2.5"],
    [1234, "1.234", "1,234"],
    [1234567.25, "1.234.567,25", "1,234,567.25"],
    [-3.5, "-3,5", "-3.5"],
    [94, "94", "94"],
    [0.94, "0,94", "0.94"],
    [1 / 3, "0,333333", "0.333333"],
    [-0.0000001, "0", "0"],
    [1e20, "100000000000000000000", "100000000000000000000"],
    [Number.NaN, "NaN", "NaN"],
  ])("writes %p as %j / %j", (value, vi, en) => {
    expect(formatFigure(value, "vi")).toBe(vi);
    expect(formatFigure(value, "en")).toBe(en);
  });
});
