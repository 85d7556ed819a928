import { textToGrid } from "./textToGrid";

describe("textToGrid", () => {
  it("splits lines (any line ending) into tab-separated cells, numbering lines from 1", () => {
    const grid = textToGrid("\uFEFFTT\tA\r\n1\tx\ry\n\n\tz");
    expect(grid.kind).toBe("text");
    expect(grid.rows).toEqual([
      { line: 1, cells: ["TT", "A"] },
      { line: 2, cells: ["1", "x"] },
      { line: 3, cells: ["y"] },
      { line: 4, cells: [""] },
      { line: 5, cells: ["", "z"] },
    ]);
  });
});
