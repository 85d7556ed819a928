import fc from "fast-check";
import { MAX_EXCEL_SERIAL } from "../dates/excelDate";
import type { ActivityRow, TargetRow, TrackingCell } from "../validation/trackingWorkbook";
import { entryFormOf } from "./entryFormOf";
import { entryValuesOf, isNotApplicableMark } from "./entryValuesOf";

const cell = (value: TrackingCell["value"]): TrackingCell => ({ value, address: "A1" });

function targetRow(done: TrackingCell["value"], total: TrackingCell["value"] = null): TargetRow {
  return { cells: { done: cell(done), total: cell(total), notApplicable: cell(null), note: cell(null) } } as TargetRow;
}
function activityRow(doneDate: TrackingCell["value"]): ActivityRow {
  return {
    cells: { state: cell("Hoàn thành"), doneDate: cell(doneDate), evidence: cell(null), note: cell("=1+1") },
  } as ActivityRow;
}

describe("entryValuesOf", () => {
  it.each([
    ["done", "36", 36],
    ["done", "2,5", 2.5],
    ["done", "1.234", 1234],
    ["done", "94%", 94],
    ["done", "", null],
    ["total", "  ", null],
    ["notApplicable", "x", "x"],
    ["notApplicable", "Có", "x"],
    ["notApplicable", "", null],
    ["note", '=HYPERLINK("a")', '=HYPERLINK("a")'],
  ] as const)("reads %s “%s” as %p", (key, text, value) => {
    const { values, unreadable } = entryValuesOf("target", { [key]: text }, [key]);
    expect(values).toEqual({ [key]: value });
    expect(unreadable).toEqual([]);
  });

  it.each([
    ["15/03/2024", 45366],
    ["15.3.24", 45366],
    ["2024-03-15", 45366],
    ["ngày 15 tháng 3 năm 2024", 45366],
  ])("reads the date “%s” as its serial", (text, serial) => {
    expect(entryValuesOf("activity", { doneDate: text }, ["doneDate"]).values).toEqual({ doneDate: serial });
  });

  it("keeps unreadable figures and dates as text and names them", () => {
    expect(entryValuesOf("target", { done: "abc", total: "10" }, ["done", "total"])).toEqual({
      values: { done: "abc", total: 10 },
      unreadable: ["done"],
    });
    expect(entryValuesOf("activity", { doneDate: "31/02/2024" }, ["doneDate"]).unreadable).toEqual(["doneDate"]);
  });

  it("reads every field of the kind when no keys are given, and only those", () => {
    expect(Object.keys(entryValuesOf("activity", { done: "3" }).values)).toEqual([
      "state",
      "doneDate",
      "evidence",
      "note",
    ]);
  });

  it.each([
    ["x", true],
    [" X ", true],
    ["có", true],
    ["TRUE", true],
    ["không", false],
    ["", false],
  ])("isNotApplicableMark(%p) is %p", (text, marked) => {
    expect(isNotApplicableMark(text)).toBe(marked);
  });
});

describe("entryFormOf → entryValuesOf", () => {
  it("gives back every non-negative figure it shows (to six decimals)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (value) => {
        const rounded = Math.round(value * 1e6) / 1e6;
        const form = entryFormOf({ kind: "target", row: targetRow(rounded, rounded) });
        const { values } = entryValuesOf("target", form, ["done", "total"]);
        expect(values.done).toBeCloseTo(rounded, 6);
        expect(values.total).toBeCloseTo(rounded, 6);
      }),
    );
  });

  it("gives back every date serial it shows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }), (serial) => {
        const form = entryFormOf({ kind: "activity", row: activityRow(serial) });
        expect(form.doneDate).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(entryValuesOf("activity", form, ["doneDate"]).values.doneDate).toBe(serial);
      }),
    );
  });

  it("shows text as it is, and booleans and errors as Excel writes them", () => {
    expect(entryFormOf({ kind: "activity", row: activityRow("15/3/2024") })).toEqual({
      state: "Hoàn thành",
      doneDate: "15/3/2024",
      evidence: "",
      note: "=1+1",
    });
    expect(entryFormOf({ kind: "target", row: targetRow({ error: "#DIV/0!" }, true) })).toMatchObject({
      done: "#DIV/0!",
      total: "TRUE",
    });
  });
});
