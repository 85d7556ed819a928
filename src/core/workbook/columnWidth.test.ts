import fc from "fast-check";
import { columnWidthFromPoints, columnWidthPixels, columnWidthPoints } from "./columnWidth";

describe("columnWidth", () => {
  // Pixel widths Excel shows for these stored widths (Calibri 11): 8.43 chars + padding is Excel's default 64 px.
  it.each([
    [9.140625, 64, 48],
    [12, 84, 63],
    [10, 70, 52.5],
    [45, 315, 236.25],
    [8.5, 59, 44.25],
    [1, 7, 5.25],
    [0, 0, 0],
    [-3, 0, 0],
  ])("width %d is %i px = %d pt", (width, px, points) => {
    expect(columnWidthPixels(width)).toBe(px);
    expect(columnWidthPoints(width)).toBe(points);
  });

  it("is about 5.25 points per character", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 255, noNaN: true }), (width) => {
        expect(Math.abs(columnWidthPoints(width) - width * 5.25)).toBeLessThan(0.75 + 1e-9);
      }),
    );
  });

  it("reads back the same pixels as it wrote", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 255, noNaN: true }), (width) => {
        const back = columnWidthFromPoints(columnWidthPoints(width));
        expect(columnWidthPixels(back)).toBe(columnWidthPixels(width));
      }),
    );
  });

  it("never narrows a wider column", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 255, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (w, d) => {
        expect(columnWidthPixels(w + d)).toBeGreaterThanOrEqual(columnWidthPixels(w));
      }),
    );
  });
});
