/** The headline figures of a workbook's summary: what the task pane previews and the CLI prints. */
import type { Message } from "../messages/message";
import type { WorkbookSummary } from "./summarizeWorkbook";
import { dueShare, judgedActivities, judgedTargets, metShare } from "./summaryFigures";

export interface SummaryHeadline {
  /** `YYYY-MM-DD` the figures are as of. */
  asOf: string;
  /** NgayBaoCao as written in the workbook (may differ from `asOf` when overridden), or null. */
  workbookAsOf: string | null;
  period: Message | null;
  unit: string | null;
  targets: {
    judged: number;
    met: number;
    onTrack: number;
    atRisk: number;
    lagging: number;
    noData: number;
    notApplicable: number;
    invalid: number;
    metShare: number | null;
  };
  activities: {
    judged: number;
    done: number;
    doneLate: number;
    inProgress: number;
    dueSoon: number;
    overdue: number;
    notStarted: number;
    ongoing: number;
    conditional: number;
    due: number;
    dueDone: number;
    dueShare: number | null;
  };
}

/** The whole-plan figures of a summary. */
export function summaryHeadline(summary: WorkbookSummary, workbookAsOf: string | null): SummaryHeadline {
  const t = summary.total;
  return {
    asOf: summary.asOf,
    workbookAsOf,
    period: summary.period?.label ?? null,
    unit: summary.unit,
    targets: {
      judged: judgedTargets(t),
      met: t.targets.met,
      onTrack: t.targets.on_track,
      atRisk: t.targets.at_risk,
      lagging: t.targets.lagging,
      noData: t.targets.no_data,
      notApplicable: t.targets.not_applicable,
      invalid: t.targets.invalid,
      metShare: metShare(t),
    },
    activities: {
      judged: judgedActivities(t),
      done: t.activities.done,
      doneLate: t.activities.done_late,
      inProgress: t.activities.in_progress,
      dueSoon: t.activities.due_soon,
      overdue: t.activities.overdue,
      notStarted: t.activities.not_started,
      ongoing: t.activities.ongoing,
      conditional: t.activities.conditional,
      due: t.due,
      dueDone: t.dueDone,
      dueShare: dueShare(t),
    },
  };
}
