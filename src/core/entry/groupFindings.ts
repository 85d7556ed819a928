import type { Finding, Severity } from "../validation/finding";

export interface FindingSheetGroup {
  /** The sheet's name; null for findings about the whole file. */
  sheet: string | null;
  findings: Finding[];
}

export interface FindingSeverityGroup {
  severity: Severity;
  count: number;
  sheets: FindingSheetGroup[];
}

const SEVERITIES: readonly Severity[] = ["error", "warning"];

/**
 * Findings grouped the way the check view lists them: errors first, then warnings; within each, whole-file
 * findings first, then sheet by sheet in the order the findings come (validateWorkbook sorts them in
 * workbook order, then row and column). Severities without findings are left out.
 */
export function groupFindings(findings: readonly Finding[]): FindingSeverityGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) return [];
    const bySheet = new Map<string | null, Finding[]>();
    if (ofSeverity.some((f) => f.sheet === null)) bySheet.set(null, []);
    for (const f of ofSeverity) {
      const list = bySheet.get(f.sheet) ?? [];
      list.push(f);
      bySheet.set(f.sheet, list);
    }
    return [
      {
        severity,
        count: ofSeverity.length,
        sheets: [...bySheet].map(([sheet, list]) => ({ sheet, findings: list })),
      },
    ];
  });
}
