/**
 * The JSON the `consolidate` command prints with `--json`: a stable contract (docs/consolidation.md).
 * The keys the issue fixed (`period`, `units`, `missing`, `duplicates`, `rejected`, `targets` with
 * `byLevel`) keep their meaning; every other key is a documented extra.
 */
import type { Level } from "../framework/types";
import { bilingual } from "../messages/message";
import type { ActivityStatus, TargetStatus } from "../status/statusTypes";
import type { AggregationMethod, ConsolidationResult, ScopeFigure } from "./consolidationResult";
import type { RejectReason } from "./submission";

export interface ScopeJson {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: TargetStatus;
  target: number | null;
  method: AggregationMethod;
  reported: number;
  met: number;
  lagging: number;
  expected: number;
}

export interface ConsolidationJson {
  period: string | null;
  asOf: string | null;
  framework: { id: string; version: string };
  units: { name: string; level: Level; file: string; status: "included" | "duplicate"; modified: string | null }[];
  missing: { name: string; level: Level }[];
  duplicates: { unit: string; kept: string; dropped: string[] }[];
  rejected: {
    file: string;
    reason: RejectReason;
    message: string;
    unit: string | null;
    modified: string | null;
  }[];
  targets: (ScopeJson & {
    id: string;
    byLevel: Record<Level, ScopeJson | null>;
    holder: string | null;
    min: { value: number; units: string[] } | null;
    max: { value: number; units: string[] } | null;
  })[];
  activities: {
    id: string;
    status: ActivityStatus;
    counts: Record<ActivityStatus, number>;
    invalid: number;
    leading: number;
    expected: number;
    overdueUnits: string[];
    lead: { unit: string; submitted: boolean; status: ActivityStatus | null } | null;
  }[];
  excluded: {
    file: string;
    unit: string;
    id: string;
    sheet: string | null;
    cell: string | null;
    code: string;
    message: string;
  }[];
}

function iso(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function scope(figure: ScopeFigure): ScopeJson {
  return {
    value: figure.value,
    numerator: figure.numerator,
    denominator: figure.denominator,
    status: figure.status,
    target: figure.target,
    method: figure.method,
    reported: figure.reported,
    met: figure.met,
    lagging: figure.lagging,
    expected: figure.expected,
  };
}

/** The `--json` document of a consolidation result. */
export function consolidationJson(result: ConsolidationResult): ConsolidationJson {
  const byFile = new Map(result.files.map((f) => [f.file, f]));
  const units: ConsolidationJson["units"] = [];
  for (const s of result.included) {
    units.push({ name: s.unit, level: s.level, file: s.file, status: "included", modified: iso(s.lastModified) });
    const group = result.duplicates.find((d) => d.kept === s.file && d.unit === s.unit);
    for (const file of group?.dropped ?? []) {
      units.push({
        name: s.unit,
        level: s.level,
        file,
        status: "duplicate",
        modified: iso(byFile.get(file)?.lastModified ?? Number.NaN),
      });
    }
  }
  return {
    period: result.period?.code ?? null,
    asOf: result.asOf,
    framework: { id: result.framework.id, version: result.framework.version },
    units,
    missing: result.missing.map((u) => ({ name: u.name, level: u.level })),
    duplicates: result.duplicates.map((d) => ({ unit: d.unit, kept: d.kept, dropped: d.dropped })),
    rejected: result.rejected.map((r) => ({
      file: r.file,
      reason: r.reason,
      message: bilingual(r.message),
      unit: r.unit,
      modified: iso(r.lastModified),
    })),
    targets: result.targets.map((t) => ({
      id: t.target.id,
      ...scope(t.province),
      byLevel: {
        province: t.byLevel.province && scope(t.byLevel.province),
        district: t.byLevel.district && scope(t.byLevel.district),
        commune: t.byLevel.commune && scope(t.byLevel.commune),
      },
      holder: t.holder,
      min: t.province.min,
      max: t.province.max,
    })),
    activities: result.activities.map((a) => ({
      id: a.activity.id,
      status: a.rollup.status,
      counts: a.counts,
      invalid: a.invalid,
      leading: a.leading,
      expected: a.expected,
      overdueUnits: a.overdueUnits,
      lead: a.lead && { unit: a.lead.unit, submitted: a.lead.submitted, status: a.lead.status },
    })),
    excluded: result.included.flatMap((s) =>
      s.excluded.map((e) => ({
        file: s.file,
        unit: s.unit,
        id: e.id,
        sheet: e.sheet,
        cell: e.cell,
        code: e.code,
        message: bilingual(e.message),
      })),
    ),
  };
}
