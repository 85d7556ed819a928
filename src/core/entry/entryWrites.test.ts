import fc from "fast-check";
import { ACTIVITY_COLUMNS, TARGET_COLUMNS, columnOf } from "../workbook/layout";
import { EntryError } from "./entryError";
import { entryKeys } from "./entryKeys";
import type { EntryKind, EntryValues } from "./entryTypes";
import { entryWrites } from "./entryWrites";

const columnsOf = (kind: EntryKind) =>
  Object.fromEntries((kind === "activity" ? ACTIVITY_COLUMNS : TARGET_COLUMNS).map((c, i) => [c.key, i]));

describe("entryWrites", () => {
  it("maps each value to its column, in column order, skipping absent keys", () => {
    const writes = entryWrites("activity", "Khung nhiệm vụ", columnsOf("activity"), {
      note: "=HYPERLINK(1)",
      state: "Hoàn thành",
      doneDate: 45366,
      evidence: undefined,
    });
    expect(writes).toEqual([
      { key: "state", col: columnOf(ACTIVITY_COLUMNS, "state"), value: "Hoàn thành" },
      { key: "doneDate", col: columnOf(ACTIVITY_COLUMNS, "doneDate"), value: 45366 },
      { key: "note", col: columnOf(ACTIVITY_COLUMNS, "note"), value: "=HYPERLINK(1)" },
    ]);
  });

  it("follows columns found elsewhere by their header", () => {
    const columns = { ...columnsOf("target"), done: 30, total: 2 };
    expect(entryWrites("target", "Chỉ tiêu", columns, { done: 5, total: null })).toEqual([
      { key: "total", col: 2, value: null },
      { key: "done", col: 30, value: 5 },
    ]);
  });

  it.each<[string, EntryKind, EntryValues | Record<string, unknown>, Columns, RegExp]>([
    [
      "a framework column",
      "activity",
      { activity: "x" },
      columnsOf("activity"),
      /“Hoạt động” không phải cột nhập liệu/,
    ],
    ["a computed column", "target", { status: "Đạt" }, columnsOf("target"), /“Đánh giá” không phải cột nhập liệu/],
    ["another sheet's entry column", "activity", { done: 1 }, columnsOf("activity"), /“Thực hiện” không phải/],
    ["a missing column", "target", { note: "a" }, { ...columnsOf("target"), note: -1 }, /không tìm thấy cột “Ghi chú”/],
    ["a number no cell holds", "target", { done: Number.NaN }, columnsOf("target"), /số không hợp lệ/],
  ])("refuses %s with a message naming the sheet and column", (_name, kind, values, columns, message) => {
    let thrown: unknown;
    try {
      entryWrites(kind, "Trang", columns, values as EntryValues);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EntryError);
    expect((thrown as EntryError).userMessage.vi).toMatch(message);
    expect((thrown as EntryError).userMessage.vi).toContain("Trang");
  });

  it("never targets a column other than the sheet's entry columns, whatever keys it is given", () => {
    const keys = [...ACTIVITY_COLUMNS, ...TARGET_COLUMNS].map((c) => c.key);
    fc.assert(
      fc.property(
        fc.constantFrom<EntryKind>("activity", "target"),
        fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.constant(null))),
        (kind, values) => {
          const columns = columnsOf(kind);
          const entryColumns = new Set(entryKeys(kind).map((key) => columns[key]));
          try {
            const writes = entryWrites(kind, "S", columns, values as EntryValues);
            expect(writes.every((w) => entryColumns.has(w.col))).toBe(true);
            expect(writes.length).toBe(Object.values(values).filter((v) => v !== undefined).length);
          } catch (error) {
            expect(error).toBeInstanceOf(EntryError);
          }
        },
      ),
    );
  });
});

type Columns = Record<string, number>;
