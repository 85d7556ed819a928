/**
 * Checks the entries of every activity row on `Khung nhiệm vụ`: Tình trạng from the list, a completion
 * date and evidence for done work, dates that are real dates inside the reporting span, a note on
 * overdue rows, and the `Đánh giá` formula still in place.
 */
import { dateToSerial } from "../dates/excelDate";
import { activityStatusLabels } from "../messages/status";
import * as msg from "../messages/validation";
import { excelTrim } from "../status/evaluate";
import { DATA_START } from "../status/periods";
import { ACTIVITY_COLUMNS, type ActivityColumnKey } from "../workbook/layout";
import { checkEntryCell, isBlankValue, readDateEntry, shownText, showDate } from "./checkEntryCell";
import type { WorkbookEvaluation } from "./evaluateWorkbook";
import type { FindingSink } from "./findingSink";
import type { TrackingWorkbook } from "./trackingWorkbook";

const DONE_STATES = ["hoàn thành", "đã hoàn thành"];
const KNOWN_STATES = [...DONE_STATES, "đang thực hiện", "chưa thực hiện"];

const header = (key: ActivityColumnKey): string => ACTIVITY_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** The state as the rules compare it: LOWER(TRIM(x)) of text; null for anything that is not text. */
function stateKey(value: unknown): string | null {
  return typeof value === "string" ? excelTrim(value).toLowerCase() : null;
}

/** Flags the activity rows' entry problems; `evaluation` gives the as-of date, plan year and each row's status. */
export function checkActivities(tracking: TrackingWorkbook, evaluation: WorkbookEvaluation, sink: FindingSink): void {
  const sheet = tracking.sheets.activities?.name;
  if (sheet === undefined) return;
  const asOf = evaluation.context?.asOf ?? null;
  const year = evaluation.year;
  const spanStart = year === null ? null : dateToSerial(year - 1, DATA_START.month, DATA_START.day);
  const yearStart = year === null ? null : dateToSerial(year, 1, 1);
  const statusById = new Map(evaluation.activities.map((a) => [a.row, a.status]));

  for (const row of tracking.activities) {
    const c = row.cells;
    const place = (key: ActivityColumnKey) => ({ sheet, id: row.id, column: header(key) });
    const at = (key: ActivityColumnKey) => ({ sheet, address: c[key].address, id: row.id });

    let done = false;
    if (c.state.address !== null && checkEntryCell(c.state, place("state"), sink) && !isBlankValue(c.state)) {
      const key = stateKey(c.state.value);
      done = key !== null && DONE_STATES.includes(key);
      if (key === null || !KNOWN_STATES.includes(key)) {
        sink.add("activity.stateInvalid", msg.activityStateInvalid, at("state"), { text: shownText(c.state) });
      }
    }
    const date = readDateEntry(c.doneDate, place("doneDate"), sink);
    const evidenceUsable = checkEntryCell(c.evidence, place("evidence"), sink);
    checkEntryCell(c.note, place("note"), sink);

    if (done && date.kind === "blank" && c.doneDate.address !== null) {
      sink.add("activity.doneWithoutDate", msg.activityDoneWithoutDate, at("doneDate"));
    }
    if (done && c.evidence.address !== null && evidenceUsable && isBlankValue(c.evidence)) {
      sink.add("activity.doneWithoutEvidence", msg.activityDoneWithoutEvidence, at("evidence"));
    }
    if (date.kind === "date") {
      const shown = showDate(date.serial);
      if (!done && c.state.address !== null) {
        sink.add("activity.dateWithoutDone", msg.activityDateWithoutDone, at("doneDate"), { date: shown });
      }
      if (asOf !== null && date.serial > asOf) {
        sink.add("activity.dateAfterAsOf", msg.activityDateAfterAsOf, at("doneDate"), {
          date: shown,
          asOf: showDate(asOf),
        });
      }
      // Work due before the plan year (`Trước 25/12/2023`) may well have been done before it too.
      const dueBeforeYear = typeof c.due.value === "number" && yearStart !== null && c.due.value < yearStart;
      if (spanStart !== null && date.serial < spanStart && !dueBeforeYear) {
        sink.add("activity.dateBeforeYear", msg.activityDateBeforeYear, at("doneDate"), {
          date: shown,
          start: showDate(spanStart),
        });
      }
    }
    if (c.status.address !== null && c.status.formula === undefined) {
      sink.add("structure.formulaRemoved", msg.structureFormulaRemoved, at("status"), {
        column: header("status"),
        text: shownText(c.status) || "—",
      });
    }
    const status = statusById.get(row.row);
    if (status === "overdue" && c.note.address !== null && isBlankValue(c.note)) {
      sink.add(
        "row.lagNoNote",
        msg.rowLagNoNote,
        at("note"),
        {},
        { vi: { statusVi: activityStatusLabels.overdue.vi }, en: { statusEn: activityStatusLabels.overdue.en } },
      );
    }
  }
}
