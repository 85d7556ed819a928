import fc from "fast-check";
import { GridRect, cellCount, containsCell, intersectRects, subtractRect } from "./gridRect";

const rect = fc
  .record({
    row: fc.integer({ min: 0, max: 20 }),
    column: fc.integer({ min: 0, max: 20 }),
    rowCount: fc.integer({ min: 1, max: 10 }),
    columnCount: fc.integer({ min: 1, max: 10 }),
  })
  .map((value): GridRect => value);

describe("subtractRect", () => {
  it("splits an overlapped rect into the uncovered parts", () => {
    const from = { row: 0, column: 0, rowCount: 3, columnCount: 3 };
    const cut = { row: 1, column: 1, rowCount: 1, columnCount: 1 };
    const parts = subtractRect(from, cut);
    expect(parts).toHaveLength(4);
    expect(parts.reduce((sum, part) => sum + cellCount(part), 0)).toBe(8);
  });

  it("returns the rect itself when nothing overlaps", () => {
    const from = { row: 0, column: 0, rowCount: 2, columnCount: 2 };
    expect(subtractRect(from, { row: 5, column: 5, rowCount: 1, columnCount: 1 })).toEqual([from]);
  });

  it("covers exactly the cells of `from` outside `cut`, with disjoint parts", () => {
    fc.assert(
      fc.property(rect, rect, (from, cut) => {
        const parts = subtractRect(from, cut);
        const wrong: string[] = [];
        for (let row = 0; row < 32; row += 1) {
          for (let column = 0; column < 32; column += 1) {
            const expected = containsCell(from, row, column) && !containsCell(cut, row, column) ? 1 : 0;
            const covering = parts.filter((part) => containsCell(part, row, column)).length;
            if (covering !== expected) wrong.push(`${row},${column}`);
          }
        }
        expect(wrong).toEqual([]);
        const overlap = intersectRects(from, cut);
        const total = parts.reduce((sum, part) => sum + cellCount(part), 0);
        expect(total).toBe(cellCount(from) - (overlap ? cellCount(overlap) : 0));
      }),
    );
  });
});
