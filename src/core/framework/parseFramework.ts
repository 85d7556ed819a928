import { formatMessage } from "../messages/message";
import { appendixEmpty, appendixYearUnknown } from "../messages/framework";
import type { SkippedRow } from "./appendixDraft";
import { buildSections } from "./buildSections";
import { frameworkVersion } from "./frameworkVersion";
import type { Grid } from "./grid";
import { linkMainTargets } from "./linkMainTargets";
import { parseMainTargets } from "./parseMainTargets";
import { planInfo, type PlanInfoOptions } from "./planInfo";
import { readAppendix, type AppendixError } from "./readAppendix";
import { textToGrid } from "./textToGrid";
import type { Framework, ParseWarning, Unit } from "./types";

/** The appendix as it arrives: text (the whole plan, or the table alone, tab-separated) or a worksheet's grid. */
export type FrameworkInput = { text: string } | { grid: Grid };

export interface ParseFrameworkOptions extends PlanInfoOptions {
  /** The units list that leads are matched against (Danh mục đơn vị). */
  units: Unit[];
}

export type FrameworkParseResult =
  | { ok: true; framework: Framework; warnings: ParseWarning[]; skipped: SkippedRow[] }
  | { ok: false; error: AppendixError };

/**
 * Reads a framework from a plan or its appendix: the table's structure, the prose of its targets and
 * deadlines, who reports what, and (from a whole plan's text) the main targets of part II. Returns the
 * framework with every warning and every skipped row, or why the input is no appendix at all.
 */
export function parseFramework(input: FrameworkInput, options: ParseFrameworkOptions): FrameworkParseResult {
  const grid = "grid" in input ? input.grid : textToGrid(input.text);
  if (grid.rows.every((row) => row.cells.every((cell) => cell.trim() === ""))) {
    return { ok: false, error: { message: appendixEmpty } };
  }
  const read = readAppendix(grid);
  if (!read.ok) return read;
  const { draft } = read;
  const preamble = grid.rows.slice(0, draft.headerRowIndex).map((row) => row.cells.join("\t"));
  const deadlines = draft.sections.flatMap((section) =>
    section.objectives.flatMap((objective) =>
      objective.tasks.flatMap((task) => task.activities.map((activity) => activity.group.cells.deadline)),
    ),
  );
  const info = planInfo(preamble, deadlines, options);
  if (info.year === undefined) return { ok: false, error: { message: formatMessage(appendixYearUnknown) } };
  const built = buildSections(draft, { year: info.year, units: options.units });
  const linked = linkMainTargets(built.sections, parseMainTargets(preamble));
  const framework: Framework = {
    id: info.id,
    title: info.title,
    year: info.year,
    version: "",
    sections: built.sections,
    mainTargets: linked.mainTargets,
  };
  framework.version = frameworkVersion(framework);
  return {
    ok: true,
    framework,
    warnings: [...draft.warnings, ...built.warnings, ...linked.warnings],
    skipped: draft.skipped,
  };
}
