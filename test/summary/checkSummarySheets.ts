/**
 * Checks the summary sheets of a workbook cell by cell against plain reference counts over the status engine's
 * evaluation: every status count, total, due count and share of the by-section, by-lead and by-deadline tables,
 * whoever calculated the cells (the test formula evaluator, or LibreOffice). Also checks summarizeWorkbook's lines.
 */
import { dateToSerial } from "../../src/core/dates/excelDate";
import { formatMessage } from "../../src/core/messages/message";
import { currentQuarter, deadlineBuckets, headers, nextQuarter, wholePlanRow } from "../../src/core/messages/summary";
import { activityStatusFromLabel, targetStatusFromLabel } from "../../src/core/status/statusLabels";
import { SUMMARY_SHEET } from "../../src/core/summary/summaryLayout";
import { summarizeWorkbook, type SummaryLine } from "../../src/core/summary/summarizeWorkbook";
import type { WorkbookEvaluation } from "../../src/core/validation/evaluateWorkbook";
import type { TrackingWorkbook } from "../../src/core/validation/trackingWorkbook";
import type { SheetSnapshot } from "../../src/core/workbook/workbookSnapshot";
import { referenceCount, type ReferenceLine } from "./summaryReference";

/** The workbook read and evaluated by the engine, and the summary sheets' text (labels, headers). */
export interface Source {
  tracking: TrackingWorkbook;
  evaluation: WorkbookEvaluation;
  sheets: SheetSnapshot[];
}

function expectShare(where: string, got: unknown, expected: number | ""): void {
  if (expected === "" || typeof got !== "number") expect([where, got]).toEqual([where, expected]);
  else expect([where, Math.abs(got - expected) < 1e-12]).toEqual([where, true]);
}

const text = (v: unknown) => (typeof v === "string" ? v : "");

interface TableRow {
  row: number;
  key: string;
  label: string;
}
interface Table {
  kind: "targets" | "activities";
  header: string[];
  rows: TableRow[];
}

/** The status tables of a summary sheet, found by their header rows. */
function tables(sheet: SheetSnapshot, labelHeader: string): Table[] {
  const found: Table[] = [];
  sheet.rows.forEach((cells, r) => {
    if (text(cells[1]?.value) !== labelHeader) return;
    const header = cells.map((c) => text(c.value));
    const rows: TableRow[] = [];
    for (let i = r + 1; i < sheet.rows.length && text(sheet.rows[i][1]?.value) !== ""; i++) {
      rows.push({ row: i, key: text(sheet.rows[i][0]?.value), label: text(sheet.rows[i][1]?.value) });
    }
    found.push({ kind: header.includes("Đạt") ? "targets" : "activities", header, rows });
  });
  return found;
}

/** Reads a calculated cell of a summary sheet: the evaluator's result, or what LibreOffice computed. */
export type CellReader = (sheet: string, row: number, col: number) => unknown;

function expectRowMatches(
  value: CellReader,
  sheetName: string,
  table: Table,
  tableRow: TableRow,
  ref: ReferenceLine,
): void {
  let judged = 0;
  table.header.forEach((h, c) => {
    if (c < 2 || h === "") return;
    const got = value(sheetName, tableRow.row, c) ?? "";
    const where = `${sheetName} ${tableRow.label} / ${h}`;
    const status = table.kind === "targets" ? targetStatusFromLabel(h) : activityStatusFromLabel(h);
    if (status !== undefined) {
      const count =
        table.kind === "targets" ? (ref.targets.get(status as never) ?? 0) : (ref.activities.get(status as never) ?? 0);
      judged += count;
      expect([where, got]).toEqual([where, count]);
    } else if (h === headers.judged.vi) {
      expect([where, got]).toEqual([where, judged]);
    } else if (h === headers.due.vi) {
      expect([where, got]).toEqual([where, ref.due]);
    } else if (h === headers.dueDone.vi) {
      expect([where, got]).toEqual([where, ref.dueDone]);
    } else if (h === headers.dueShare.vi) {
      expectShare(where, got, ref.due === 0 ? "" : ref.dueDone / ref.due);
    } else if (h === headers.metShare.vi) {
      const applicable = judged - (ref.targets.get("not_applicable") ?? 0);
      expectShare(where, got, applicable === 0 ? "" : (ref.targets.get("met") ?? 0) / applicable);
    } else {
      throw new Error(`Unexpected column ${h}`);
    }
  });
}

function expectLineMatches(line: SummaryLine, ref: ReferenceLine): void {
  for (const [status, n] of Object.entries(line.targets))
    expect([status, n]).toEqual([status, ref.targets.get(status as never) ?? 0]);
  for (const [status, n] of Object.entries(line.activities)) {
    expect([status, n]).toEqual([status, ref.activities.get(status as never) ?? 0]);
  }
  expect([line.due, line.dueDone]).toEqual([ref.due, ref.dueDone]);
}

export function checkSectionSheet(calc: Source, value: CellReader): void {
  const sheet = calc.sheets.find((s) => s.name === SUMMARY_SHEET.section);
  if (!sheet) throw new Error("no section sheet");
  const found = tables(sheet, headers.section.vi);
  expect(found.map((t) => t.kind)).toEqual(["targets", "activities"]);
  const aSection = calc.tracking.activities.map((r) => text(r.cells.sectionId.value).toLowerCase());
  const tSection = calc.tracking.targets.map((r) => text(r.cells.sectionId.value).toLowerCase());
  const summary = summarizeWorkbook(calc.tracking, calc.evaluation);
  for (const table of found) {
    for (const row of table.rows) {
      const all = row.key === "";
      if (all) expect(row.label).toBe(wholePlanRow.vi);
      const key = row.key.toLowerCase();
      const ref = referenceCount(
        calc,
        (i) => all || aSection[i] === key,
        (i) => all || tSection[i] === key,
      );
      expectRowMatches(value, sheet.name, table, row, ref);
      expectLineMatches(all ? summary.total : (summary.sections.find((l) => l.key === row.key) as SummaryLine), ref);
    }
  }
}

export function checkLeadSheet(calc: Source, value: CellReader): void {
  const sheet = calc.sheets.find((s) => s.name === SUMMARY_SHEET.lead);
  if (!sheet) throw new Error("no lead sheet");
  const found = tables(sheet, headers.lead.vi);
  const aLead = calc.tracking.activities.map((r) => text(r.cells.leadGroup.value).toLowerCase());
  const tLead = calc.tracking.targets.map((r) => text(r.cells.leadGroup.value).toLowerCase());
  const summary = summarizeWorkbook(calc.tracking, calc.evaluation);
  for (const table of found) {
    for (const row of table.rows) {
      const all = row.key === "";
      const needle = `;${row.label.toLowerCase()};`;
      const ref = referenceCount(
        calc,
        (i) => all || aLead[i].includes(needle),
        (i) => all || tLead[i].includes(needle),
      );
      expectRowMatches(value, sheet.name, table, row, ref);
      if (!all) expectLineMatches(summary.leads.find((l) => l.key === row.label) as SummaryLine, ref);
    }
  }
  // Every group with a judged row is listed, and nothing else.
  const judgedGroups = new Set<string>();
  calc.tracking.activities.forEach((r, i) => {
    const s = calc.evaluation.activities[i].status;
    if (s && s !== "not_assessed") for (const g of aLead[i].split(";").filter(Boolean)) judgedGroups.add(g);
  });
  calc.tracking.targets.forEach((r, i) => {
    const s = calc.evaluation.targets[i].status;
    if (s && s !== "not_assessed") for (const g of tLead[i].split(";").filter(Boolean)) judgedGroups.add(g);
  });
  expect(new Set(summary.leads.map((l) => l.key.toLowerCase()))).toEqual(judgedGroups);
}

export function checkDeadlineSheet(calc: Source, value: CellReader): void {
  const sheet = calc.sheets.find((s) => s.name === SUMMARY_SHEET.deadline);
  if (!sheet) throw new Error("no deadline sheet");
  const year = calc.evaluation.year ?? 0;
  const headerRow = sheet.rows.findIndex((cells) => text(cells[0]?.value) === headers.deadline.vi);
  const header = sheet.rows[headerRow].map((c) => text(c.value));
  const bucketOf = (i: number): string => {
    const row = calc.tracking.activities[i];
    if (text(row.cells.deadlineKind.value).toLowerCase() === "ongoing") return "ongoing";
    const due = row.cells.due.value;
    if (typeof due !== "number") return "conditional";
    if (due < dateToSerial(year, 1, 1)) return "before";
    if (due > dateToSerial(year, 12, 31)) return "after";
    if (Math.floor(due) !== due) return "conditional";
    const month = new Date(Date.UTC(1899, 11, 30) + due * 86400000).getUTCMonth() + 1;
    return `q${Math.ceil(month / 3)}`;
  };
  const asOf = calc.evaluation.context?.asOf ?? 0;
  const asOfMonth = new Date(Date.UTC(1899, 11, 30) + asOf * 86400000).getUTCMonth() + 1;
  const asOfQuarter = Math.ceil(asOfMonth / 3);
  const labels = Object.fromEntries(
    Object.entries(deadlineBuckets).map(([bucket, m]) => [formatMessage(m, { year }).vi, bucket]),
  );
  let r = headerRow + 1;
  for (; text(sheet.rows[r]?.[0]?.value) in labels; r++) {
    const bucket = labels[text(sheet.rows[r][0].value)];
    const ref = referenceCount(
      calc,
      (i) => bucketOf(i) === bucket,
      () => false,
    );
    let judged = 0;
    header.forEach((h, c) => {
      const status = activityStatusFromLabel(h);
      const got = value(sheet.name, r, c);
      if (status) {
        judged += ref.activities.get(status) ?? 0;
        expect([bucket, h, got]).toEqual([bucket, h, ref.activities.get(status) ?? 0]);
      } else if (h === headers.judged.vi) expect([bucket, got]).toEqual([bucket, judged]);
      else if (h === headers.marker.vi) {
        const q = /^q(\d)$/.exec(bucket);
        const asOfDate = new Date(Date.UTC(1899, 11, 30) + asOf * 86400000);
        const asOfYear = asOfDate.getUTCFullYear();
        const nextIndex = asOfYear * 4 + asOfQuarter; // quarters counted from year 0: the one after as-of's
        const expected = !q
          ? ""
          : asOfYear === year && Number(q[1]) === asOfQuarter
            ? currentQuarter.vi
            : year * 4 + Number(q[1]) - 1 === nextIndex
              ? nextQuarter.vi
              : "";
        expect([bucket, got ?? ""]).toEqual([bucket, expected]);
      }
    });
  }
  expect(r - headerRow - 1).toBe(8);
  // The total row counts every activity.
  const all = referenceCount(
    calc,
    () => true,
    () => false,
  );
  header.forEach((h, c) => {
    const status = activityStatusFromLabel(h);
    if (status) expect([h, value(sheet.name, r, c)]).toEqual([h, all.activities.get(status) ?? 0]);
  });
}

/** Runs every check over the three summary sheets. */
export function checkSummarySheets(source: Source, value: CellReader): void {
  checkSectionSheet(source, value);
  checkLeadSheet(source, value);
  checkDeadlineSheet(source, value);
}
