import fc from "fast-check";
import { matchKey } from "../text/matchKey";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { TrackingFixture } from "../validation/testing/trackingFixture";
import { SHEET } from "../workbook/layout";
import { entryItems } from "./entryItems";
import { searchEntries } from "./searchEntries";

const tracking = readTrackingWorkbook(new TrackingFixture().snapshot);
const items = entryItems(tracking);

describe("entryItems", () => {
  it("lists every activity row, then every target row, with its sheet and 0-based row", () => {
    expect(items.length).toBe(tracking.activities.length + tracking.targets.length);
    expect(items.filter((i) => i.kind === "activity").map((i) => [i.id, i.row])).toEqual(
      tracking.activities.map((r) => [r.id, r.row]),
    );
    expect(new Set(items.map((i) => `${i.kind}:${i.sheet}`))).toEqual(
      new Set([`activity:${SHEET.activities}`, `target:${SHEET.targets}`]),
    );
    expect(items.find((i) => i.id === "I.4")?.lead).toContain("Sở Nội vụ");
  });
});

describe("searchEntries", () => {
  it.each([
    ["an ID", "I:3.1", (id: string) => id.startsWith("I:3.1")],
    ["words without diacritics", "tuyen truyen", () => true],
    ["words in another case and form", "TUYÊN TRUYỀN", () => true],
  ])("finds rows by %s", (_name, query, idTest) => {
    const found = searchEntries(items, query);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((i) => idTest(i.id))).toBe(true);
  });

  it("puts rows whose ID starts with the query first", () => {
    const found = searchEntries(items, "III.5");
    expect(found[0].id.startsWith("III.5")).toBe(true);
  });

  it("returns everything for an empty query, and nothing for nonsense", () => {
    expect(searchEntries(items, "  ")).toEqual(items);
    expect(searchEntries(items, "qqqzzz")).toEqual([]);
  });

  it("returns only items holding every word, each once, whatever is typed", () => {
    const words = items.flatMap((i) => i.searchKey.split(/\s+/)).filter((w) => w.length > 2);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), { maxLength: 3 }), (parts) => {
        const query = parts.join(" ");
        const found = searchEntries(items, query);
        const keys = matchKey(query).trim().split(/\s+/).filter(Boolean);
        expect(new Set(found).size).toBe(found.length);
        for (const item of found) expect(keys.every((k) => item.searchKey.includes(k))).toBe(true);
        const missed = items.filter((i) => !found.includes(i));
        for (const item of missed) expect(keys.every((k) => item.searchKey.includes(k))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
