import fc from "fast-check";
import { isoToSerial, serialToIso } from "../dates/excelDate";
import { nextQuarterRange, quarterMarker } from "./quarters";

describe("quarters", () => {
  it.each([
    ["2024-03-14", "2024-04-01", "2024-06-30"],
    ["2024-06-14", "2024-07-01", "2024-09-30"],
    ["2024-09-14", "2024-10-01", "2024-12-31"],
    ["2024-12-14", "2025-01-01", "2025-03-31"],
    ["2023-12-25", "2024-01-01", "2024-03-31"],
  ])("after %s the next quarter runs %s–%s", (asOf, from, to) => {
    const range = nextQuarterRange(isoToSerial(asOf));
    expect([serialToIso(range.from), serialToIso(range.to)]).toEqual([from, to]);
  });

  it("starts the next quarter the day after the as-of date's quarter ends, and it lasts 90–92 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: isoToSerial("2000-01-01"), max: isoToSerial("2099-12-31") }), (asOf) => {
        const { from, to } = nextQuarterRange(asOf);
        expect(from).toBeGreaterThan(asOf);
        expect(from - asOf).toBeLessThanOrEqual(92);
        expect(to - from + 1).toBeGreaterThanOrEqual(90);
        expect(to - from + 1).toBeLessThanOrEqual(92);
        expect(serialToIso(from).slice(8)).toBe("01");
        expect(["01", "04", "07", "10"]).toContain(serialToIso(from).slice(5, 7));
      }),
    );
  });

  it("marks the current and the next quarter", () => {
    const q = (from: string, to: string) => ({ from: isoToSerial(from), to: isoToSerial(to) });
    const asOf = isoToSerial("2024-06-14");
    expect(quarterMarker(q("2024-04-01", "2024-06-30"), asOf)).toBe("Quý hiện tại");
    expect(quarterMarker(q("2024-07-01", "2024-09-30"), asOf)).toBe("Quý tới");
    expect(quarterMarker(q("2024-10-01", "2024-12-31"), asOf)).toBe("");
    expect(quarterMarker({ from: null, to: null }, asOf)).toBe("");
  });
});
