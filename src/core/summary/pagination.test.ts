import fc from "fast-check";
import { pageCapacities, paginate, spacersToKeepTogether } from "./pagination";

describe("pagination", () => {
  it.each([
    [[10, 10, 10], 25, null, [0, 0, 1]],
    [[10, 10, 10, 10], 20, null, [0, 0, 1, 1]],
    // Row 1 is the print title: it repeats on page 2, so page 2 holds one more 10-pt row, not two.
    [[10, 5, 10, 10, 10], 25, 1, [0, 0, 0, 1, 1]],
    [[10, 5, 10, 10, 10, 10], 25, 1, [0, 0, 0, 1, 1, 2]],
    // A row taller than a page still gets a page of its own.
    [[10, 50, 10], 25, null, [0, 1, 2]],
  ])("paginates %j at %i (title %s) into %j", (heights, capacity, title, pages) => {
    expect(paginate(heights, capacity, title)).toEqual(pages);
  });

  it("gives Excel's whole-percent zoom and LibreOffice's wider columns for the report's page", () => {
    const print = {
      orientation: "landscape" as const,
      paperSize: "A4" as const,
      fitToWidth: true,
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
    };
    const { excel, libreOffice } = pageCapacities(print, [6, 54, 16, 14, 9, 15, 26]);
    expect(excel).toBeCloseTo((595.3 - 1.58 * 72) / 0.97, 6);
    expect(libreOffice).toBeGreaterThan(excel);
    const narrow = pageCapacities({ ...print, fitToWidth: false }, [6, 54, 16, 14, 9, 15, 26]);
    expect(narrow.excel).toBeCloseTo(595.3 - 1.58 * 72, 6);
  });

  it("adds just enough blank rows to keep a block on one page under every page height", () => {
    const heights = fc.array(fc.integer({ min: 12, max: 120 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(
        heights,
        fc.array(fc.integer({ min: 10, max: 30 }), { minLength: 1, maxLength: 8 }),
        (before, block) => {
          const capacities = [480, 500];
          const count = spacersToKeepTogether(before, block, 12, capacities, null);
          const rows = (n: number) => [...before, ...Array<number>(n).fill(12), ...block];
          const together = (n: number, capacity: number) => {
            const pages = paginate(rows(n), capacity, null);
            return pages[pages.length - block.length] === pages[pages.length - 1];
          };
          expect(together(count, capacities[0])).toBe(true);
          if (count > 0) expect(capacities.every((c) => together(count - 1, c))).toBe(false);
        },
      ),
    );
  });
});
