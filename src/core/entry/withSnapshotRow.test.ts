import fc from "fast-check";
import type { SnapshotCell, WorkbookSnapshot } from "../workbook/workbookSnapshot";
import { withSnapshotRow } from "./withSnapshotRow";

const v = (value: SnapshotCell["value"]): SnapshotCell => ({ value });
const base: WorkbookSnapshot = {
  sheets: [
    {
      name: "A",
      rows: [
        [v(1), v(2)],
        [v(3), v(4)],
      ],
    },
    { name: "B", rows: [[v("x")]] },
  ],
  names: { N: "A!$A$1" },
};

describe("withSnapshotRow", () => {
  it("replaces the row, leaving the rest and the original untouched", () => {
    const next = withSnapshotRow(base, "a", 1, [v(9)]);
    expect(next.sheets[0].rows).toEqual([
      [v(1), v(2)],
      [v(9), v(null)],
    ]);
    expect(next.sheets[1]).toBe(base.sheets[1]);
    expect(next.names).toBe(base.names);
    expect(base.sheets[0].rows[1]).toEqual([v(3), v(4)]);
  });

  it("widens every row and adds rows as needed", () => {
    const next = withSnapshotRow(base, "B", 2, [v(1), v(2), v(3)]);
    expect(next.sheets[1].rows).toEqual([
      [v("x"), v(null), v(null)],
      [v(null), v(null), v(null)],
      [v(1), v(2), v(3)],
    ]);
  });

  it("ignores a sheet it does not have", () => {
    expect(withSnapshotRow(base, "C", 0, [v(1)])).toBe(base);
  });

  it("always keeps the rows dense and of one width", () => {
    fc.assert(
      fc.property(fc.nat(6), fc.array(fc.integer(), { maxLength: 5 }), (row, values) => {
        const next = withSnapshotRow(base, "A", row, values.map(v));
        const widths = new Set(next.sheets[0].rows.map((r) => r.length));
        expect(widths.size).toBe(1);
        expect(next.sheets[0].rows[row].slice(0, values.length)).toEqual(values.map(v));
      }),
    );
  });
});
