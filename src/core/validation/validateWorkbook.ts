/**
 * Validates a filled tracking workbook: reads it, computes every status with the status engine, and
 * checks figures, activities and dates, `Thông tin` and the structure against the framework. It returns
 * findings and never throws, whatever the cells hold: a file from a unit is input, not a program.
 */
import type { Framework, Unit } from "../framework/types";
import { formatMessage } from "../messages/message";
import * as msg from "../messages/validation";
import { parseCellAddress } from "../workbook/a1";
import { INFO_NAMES } from "../workbook/layout";
import type { WorkbookSnapshot } from "../workbook/workbookSnapshot";
import { checkActivities } from "./checkActivities";
import { checkFramework } from "./checkFramework";
import { checkInfo } from "./checkInfo";
import { checkTargets } from "./checkTargets";
import { evaluateWorkbook, type WorkbookEvaluation } from "./evaluateWorkbook";
import { finding, type Finding } from "./finding";
import { FindingSink } from "./findingSink";
import { readTrackingWorkbook } from "./readTrackingWorkbook";
import type { TrackingInfo, TrackingWorkbook } from "./trackingWorkbook";

export interface ValidateOptions {
  /**
   * The framework to compare rows with. It is used only when the workbook's MaKhung and PhienBanKhung
   * match its id and version; otherwise a warning says the framework columns were not compared.
   */
  framework?: Framework;
  /** The units list for deriving Trách nhiệm, when the workbook has no `Danh mục đơn vị` sheet. */
  units?: Unit[];
  /** `YYYY-MM-DD`: judge statuses and dates as of this day instead of the workbook's NgayBaoCao. */
  asOf?: string;
}

export interface ValidationResult {
  workbook: TrackingWorkbook;
  evaluation: WorkbookEvaluation;
  /** Sorted by sheet (workbook order), then row, then column. */
  findings: Finding[];
}

function emptyWorkbook(): TrackingWorkbook {
  const cells = Object.fromEntries(INFO_NAMES.map((n) => [n.name, { value: null, address: null }]));
  const info: TrackingInfo = {
    unit: null,
    levelLabel: null,
    level: null,
    period: null,
    asOf: null,
    year: null,
    frameworkId: null,
    frameworkVersion: null,
    formatVersion: null,
    judgeAll: true,
    cells: cells as TrackingInfo["cells"],
  };
  return {
    info,
    sheets: { info: null, activities: null, targets: null, units: null },
    activities: [],
    targets: [],
    sections: { activities: [], targets: [] },
    units: [],
    usable: false,
    problems: [],
  };
}

function internal(error: unknown): Finding {
  const detail = error instanceof Error ? error.message.split("\n")[0].slice(0, 200) : String(error).slice(0, 200);
  return finding("internal.error", formatMessage(msg.internalError, { detail }), null, null, null);
}

function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const position = (f: Finding) => {
    let row = Number.MAX_SAFE_INTEGER;
    let col = Number.MAX_SAFE_INTEGER;
    if (f.cell !== null) {
      try {
        ({ row, col } = parseCellAddress(f.cell));
      } catch {
        // An address no check produces: keep it last on its sheet.
      }
    }
    const sheet = f.sheet === null ? -1 : sheetOrder.indexOf(f.sheet);
    return [sheet < 0 && f.sheet !== null ? sheetOrder.length : sheet, row, col];
  };
  const keyed = findings.map((f, index) => ({ f, index, key: position(f) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < 3; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    return a.index - b.index;
  });
  return keyed.map((k) => k.f);
}

/**
 * Validates a tracking workbook snapshot. Returns the typed reading, every row's computed status and the
 * findings (errors and warnings, each naming its sheet and cell). Never throws: a failure of the
 * validator itself becomes an `internal.error` finding.
 */
export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): ValidationResult {
  const sink = new FindingSink();
  let workbook: TrackingWorkbook;
  try {
    workbook = readTrackingWorkbook(snapshot);
  } catch (error) {
    workbook = emptyWorkbook();
    sink.push(internal(error));
  }
  let evaluation: WorkbookEvaluation;
  try {
    evaluation = evaluateWorkbook(workbook, { asOf: options.asOf });
  } catch (error) {
    evaluation = { context: null, asOf: null, year: null, period: null, targets: [], activities: [] };
    sink.push(internal(error));
  }
  sink.push(...workbook.problems);
  if (workbook.usable) {
    const steps: (() => void)[] = [
      () => {
        const match = checkInfo(workbook, options.framework, sink);
        if (match === "same" && options.framework) checkFramework(workbook, options.framework, options.units, sink);
      },
      () => checkActivities(workbook, evaluation, sink),
      () => checkTargets(workbook, evaluation, sink),
    ];
    for (const step of steps) {
      try {
        step();
      } catch (error) {
        sink.push(internal(error));
      }
    }
  }
  let sheetOrder: string[] = [];
  try {
    sheetOrder = snapshot.sheets.map((s) => s.name);
  } catch {
    // A malformed snapshot: keep the findings in the order they were made.
  }
  return { workbook, evaluation, findings: sortFindings(sink.findings, sheetOrder) };
}
