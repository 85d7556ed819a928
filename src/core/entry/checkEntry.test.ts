import fc from "fast-check";
import { isoToSerial } from "../dates/excelDate";
import { parseCellAddress } from "../workbook/a1";
import { SHEET } from "../workbook/layout";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { TrackingFixture, datedActivity, targetWhere } from "../validation/testing/trackingFixture";
import { validateWorkbook } from "../validation/validateWorkbook";
import { checkEntry } from "./checkEntry";
import { entryRowModel, type EntryRowModel } from "./entryRowModel";
import type { EntryForm, EntryKey } from "./entryTypes";

/** A percent target judged as a level against T (≥). */
const P = targetWhere((t) => t.measure === "percent" && t.comparator === "atLeast" && t.kind === "level");
/** A count target. */
const C = targetWhere((t) => t.measure === "count");
/** An activity due before the 2024-H1 cut-off (14/06/2024). */
const A = datedActivity("2024-01-01", "2024-06-13");

function model(fixture: TrackingFixture, kind: "activity" | "target", id: string): EntryRowModel {
  const tracking = readTrackingWorkbook(fixture.snapshot);
  const at =
    kind === "activity"
      ? { sheet: SHEET.activities, row: fixture.activityRow(id) }
      : { sheet: SHEET.targets, row: fixture.targetRow(id) };
  const found = entryRowModel(tracking, at);
  if (!found) throw new Error(`No row for ${id}`);
  return found;
}

function check(kind: "activity" | "target", id: string, form: EntryForm, fixture = new TrackingFixture()) {
  const m = model(fixture, kind, id);
  return checkEntry(m, { ...m.form, ...form }, Object.keys(form) as EntryKey[]);
}

function addressOf(m: EntryRowModel, key: EntryKey | null): string {
  const cells: Partial<Record<string, { address: string | null }>> = m.row.cells;
  return key === null ? "" : (cells[key]?.address ?? "");
}

describe("entryRowModel", () => {
  it("opens item rows only, with the form and status as the row stands", () => {
    const fixture = new TrackingFixture().target(P.id, "done", 50);
    const tracking = readTrackingWorkbook(fixture.snapshot);
    const m = entryRowModel(tracking, { sheet: SHEET.targets, row: fixture.targetRow(P.id) });
    expect(m).toMatchObject({ kind: "target", sheet: SHEET.targets, form: { done: "50", total: "" } });
    expect(m?.row.id).toBe(P.id);
    expect(entryRowModel(tracking, { sheet: SHEET.targets, row: 2 })).toBeNull(); // the header row
    expect(entryRowModel(tracking, { sheet: SHEET.targets, row: 3 })).toBeNull(); // a section heading
    expect(entryRowModel(tracking, { sheet: SHEET.info, row: fixture.targetRow(P.id) })).toBeNull();
  });
});

describe("checkEntry: what typing shows", () => {
  it.each<[string, EntryForm, { field: EntryKey; code: string; severity: string; vi?: string; en?: string }[]]>([
    ["a plain figure", { done: "36" }, []],
    ["a negative figure", { done: "-5" }, [{ field: "done", code: "number.negative", severity: "error" }]],
    ["text", { done: "abc" }, [{ field: "done", code: "number.notNumber", severity: "error", vi: "“abc”" }]],
    [
      "a decimal comma",
      { done: "2,5" },
      [{ field: "done", code: "number.text", severity: "warning", vi: "Đọc là 2,5", en: "Read as 2.5" }],
    ],
    [
      "an English decimal point",
      { done: "2.5" },
      [{ field: "done", code: "number.text", severity: "warning", vi: "2,5" }],
    ],
    ["a percent sign", { done: "94%" }, [{ field: "done", code: "number.text", severity: "warning", vi: "94%" }]],
    ["a percentage over 100", { done: "120" }, [{ field: "done", code: "percent.over100", severity: "error" }]],
    [
      "a numerator over its denominator",
      { done: "12", total: "10" },
      [{ field: "done", code: "ratio.doneOverTotal", severity: "error" }],
    ],
  ])("%s", (_name, form, expected) => {
    // With a note, a figure below the target raises nothing else (row.lagNoNote is covered below).
    const result = check("target", P.id, { note: "Lý do", ...form });
    expect(result.findings.map(({ field, code, severity }) => ({ field, code, severity }))).toEqual(
      expected.map(({ field, code, severity }) => ({ field, code, severity })),
    );
    expected.forEach((e, i) => {
      if (e.vi) expect(result.findings[i].message.vi).toContain(e.vi);
      if (e.en) expect(result.findings[i].message.en).toContain(e.en);
      // The form shows where: messages drop the report's `Sheet!A1 (ID):` prefix.
      expect(result.findings[i].message.vi).not.toMatch(/^Chỉ tiêu!/);
    });
  });

  it("says which values a save writes, as numbers", () => {
    expect(check("target", P.id, { done: "2,5", total: "" })).toMatchObject({
      values: { done: 2.5, total: null },
      unreadable: [],
    });
    expect(check("target", P.id, { done: "abc" }).unreadable).toEqual(["done"]);
  });

  it("gives the status the row will have", () => {
    const target = readTrackingWorkbook(new TrackingFixture().snapshot).targets.find((t) => t.id === P.id)!.target!;
    expect(check("target", P.id, { done: String(target) }).status).toBe("met");
    expect(check("target", P.id, { notApplicable: "x" }).status).toBe("not_applicable");
    expect(check("target", P.id, { done: "abc" }).status).toBe("invalid");
  });

  it("warns of a total on a count target", () => {
    expect(check("target", C.id, { total: "10" }).findings.map((f) => f.code)).toContain("ratio.totalIgnored");
  });

  it.each<[string, EntryForm, [EntryKey | null, string][], string | null]>([
    [
      "done without a date",
      { state: "Hoàn thành" },
      [
        ["doneDate", "activity.doneWithoutDate"],
        ["evidence", "activity.doneWithoutEvidence"],
      ],
      null,
    ],
    ["done with date and evidence", { state: "Hoàn thành", doneDate: "15/03/2024", evidence: "Số 12/QĐ" }, [], null],
    [
      "a date typed another way",
      { state: "Hoàn thành", doneDate: "15.3.24", evidence: "x" },
      [["doneDate", "date.text"]],
      null,
    ],
    [
      "a date that is no date",
      { state: "Hoàn thành", doneDate: "32/13/2024", evidence: "x" },
      [["doneDate", "date.notDate"]],
      null,
    ],
    [
      "a date after the cut-off",
      { state: "Hoàn thành", doneDate: "20/06/2024", evidence: "x" },
      [["doneDate", "activity.dateAfterAsOf"]],
      null,
    ],
    ["overdue with no note", { state: "Đang thực hiện" }, [["note", "row.lagNoNote"]], "overdue"],
    ["overdue with a note", { state: "Đang thực hiện", note: "Chờ ý kiến" }, [], "overdue"],
  ])("an activity: %s", (_name, form, expected, status) => {
    const result = check("activity", A.id, form);
    expect(result.findings.map((f) => [f.field, f.code])).toEqual(expected);
    if (status !== null) expect(result.status).toBe(status);
  });

  it("reads a date typed another way with its day first", () => {
    const result = check("activity", A.id, { state: "Hoàn thành", doneDate: "5.3.24", evidence: "x" });
    expect(result.findings[0].message.vi).toContain("05/03/2024");
    expect(result.values.doneDate).toBe(isoToSerial("2024-03-05"));
  });

  it("checks fields that were not edited as they stand in the workbook", () => {
    const fixture = new TrackingFixture().target(P.id, "done", "khoảng 90");
    expect(check("target", P.id, { note: "a" }, fixture).findings.map((f) => [f.field, f.code])).toEqual([
      ["done", "number.notNumber"],
    ]);
    expect(check("target", P.id, { done: "90" }, fixture).findings).toEqual([]);
  });
});

describe("checkEntry agrees with validateWorkbook", () => {
  const texts = ["", "0", "36", "120", "-5", "abc", "2,5", "0,5", "1.234", "94%", "x", "có", "=SUM(1)", "Ghi chú"];
  const dates = ["", "15/03/2024", "1/1/2020", "20/12/2024", "abc", "2024-05-01"];
  const states = ["", "Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Xong"];

  /** The validator's findings on one row after writing `values` into it, as (field address, code) pairs. */
  function validatorFindings(fixture: TrackingFixture, sheet: string, row: number) {
    return validateWorkbook(fixture.snapshot)
      .findings.filter((f) => f.sheet === sheet && f.cell !== null && parseCellAddress(f.cell).row === row)
      .map((f) => `${f.cell}:${f.code}`)
      .sort();
  }

  it("on target rows: same findings (besides how text is read) and the same status", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(P.id, C.id),
        fc.record({
          done: fc.constantFrom(...texts),
          total: fc.constantFrom(...texts),
          notApplicable: fc.constantFrom("", "x", "không"),
          note: fc.constantFrom("", '=HYPERLINK("a")', "Lý do"),
        }),
        (id, form) => {
          const fixture = new TrackingFixture();
          const m = model(fixture, "target", id);
          const result = checkEntry(m, form, Object.keys(form) as EntryKey[]);
          for (const [key, value] of Object.entries(result.values))
            fixture.target(id, key as EntryKey & "done", value ?? null);
          const ours = result.findings
            .filter((f) => f.code !== "number.text")
            .map((f) => `${addressOf(m, f.field)}:${f.code}`)
            .sort();
          const theirs = validatorFindings(fixture, SHEET.targets, fixture.targetRow(id)).filter(
            (f) => !f.endsWith(":number.text"),
          );
          expect(ours).toEqual(theirs);
          const evaluated = validateWorkbook(fixture.snapshot).evaluation.targets.find((t) => t.id === id);
          expect(result.status).toBe(evaluated?.status);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("on activity rows: same findings (besides how text is read) and the same status", () => {
    fc.assert(
      fc.property(
        fc.record({
          state: fc.constantFrom(...states),
          doneDate: fc.constantFrom(...dates),
          evidence: fc.constantFrom("", "Số 1/QĐ", '=HYPERLINK("a")'),
          note: fc.constantFrom("", "Lý do"),
        }),
        (form) => {
          const fixture = new TrackingFixture();
          const m = model(fixture, "activity", A.id);
          const result = checkEntry(m, form, Object.keys(form) as EntryKey[]);
          for (const [key, value] of Object.entries(result.values))
            fixture.activity(A.id, key as "state", value ?? null);
          const ours = result.findings
            .filter((f) => f.code !== "date.text")
            .map((f) => `${addressOf(m, f.field)}:${f.code}`)
            .sort();
          const theirs = validatorFindings(fixture, SHEET.activities, fixture.activityRow(A.id)).filter(
            (f) => !f.endsWith(":date.text"),
          );
          expect(ours).toEqual(theirs);
          const evaluated = validateWorkbook(fixture.snapshot).evaluation.activities.find((a) => a.id === A.id);
          expect(result.status).toBe(evaluated?.status);
        },
      ),
      { numRuns: 60 },
    );
  });
});
