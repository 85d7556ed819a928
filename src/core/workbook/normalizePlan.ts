/**
 * A canonical form of a WorkbookPlan, so that a plan and what an adapter's `describe()` reads back can be
 * compared with one deep equality: two plans that produce the same workbook normalise to the same value.
 *
 * What it canonicalises (and why):
 * - cells: blocks are flattened (later blocks win), empty cells and `""` dropped (Excel cannot hold an
 *   empty string), a formula wins over a value and always starts with `=`; then one block per row from
 *   its first to its last non-empty cell, gaps as `{}`.
 * - styles: ranges are expanded cell by cell and merged field by field (later wins), fields equal to
 *   Excel's default dropped, then re-grouped into maximal rectangles of identical style, row-major.
 * - conditional formats: priorities become ranks 1…n per sheet (Office JS counts from 0, files from 1).
 * - protection passwords are dropped: no adapter can read one back.
 * - print margins equal to Excel's "Normal" margins are dropped; print title rows read `$a:$b`.
 * - addresses are upper-case and ordered; colours are upper-case `#RRGGBB`; names sort by name.
 */
import { absolute, parseRangeAddress, rangeAddress } from "./a1";
import type {
  CellBlock,
  CellStyle,
  ColumnPlan,
  ConditionalFormatPlan,
  DataBarPlan,
  DefinedNamePlan,
  PlanCell,
  PrintPlan,
  ProtectionPlan,
  RowHeight,
  SheetPlan,
  StyledRange,
  TablePlan,
  ValidationPlan,
  ValidationRule,
  WorkbookPlan,
} from "./workbookPlan";

/** Font names a new workbook uses by default (exceljs and older Excel: Calibri; Excel 365: Aptos Narrow). */
export const DEFAULT_FONT_NAMES: readonly string[] = ["Calibri", "Aptos Narrow"];

/** Excel's "Normal" page margins, in inches. */
export const DEFAULT_MARGINS = { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 } as const;

const STYLE_KEYS: (keyof CellStyle)[] = [
  "fontName",
  "fontSize",
  "bold",
  "italic",
  "fontColor",
  "fill",
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
  "numberFormat",
  "locked",
  "border",
];

/** True when a style field holds the value an unformatted cell has anyway. */
function isDefaultStyleField(key: keyof CellStyle, value: unknown): boolean {
  switch (key) {
    case "fontName":
      return typeof value === "string" && DEFAULT_FONT_NAMES.includes(value);
    case "fontSize":
      return value === 11;
    case "bold":
    case "italic":
    case "wrapText":
      return value === false;
    case "fontColor":
      return typeof value === "string" && value.toUpperCase() === "#000000";
    case "horizontalAlignment":
      return value === "general";
    case "verticalAlignment":
      return value === "bottom";
    case "numberFormat":
      return value === "General";
    case "locked":
      return value === true;
    case "border":
      return value === "none";
    default:
      return false;
  }
}

/** Keeps only the non-default fields of a style, colours upper-cased, keys in a fixed order. */
export function normalizeStyle(style: CellStyle): CellStyle {
  const out: Record<string, unknown> = {};
  for (const key of STYLE_KEYS) {
    let value: unknown = style[key];
    if (value === undefined || isDefaultStyleField(key, value)) continue;
    if ((key === "fontColor" || key === "fill") && typeof value === "string") value = value.toUpperCase();
    out[key] = value;
  }
  return out as CellStyle;
}

function canonicalRange(range: string): string {
  const r = parseRangeAddress(range);
  return rangeAddress(r.row, r.col, r.rowCount, r.colCount);
}

function compareRanges(a: string, b: string): number {
  const ra = parseRangeAddress(a);
  const rb = parseRangeAddress(b);
  return ra.row - rb.row || ra.col - rb.col || ra.rowCount - rb.rowCount || ra.colCount - rb.colCount;
}

function withEquals(formula: string): string {
  const trimmed = formula.trim();
  return trimmed.startsWith("=") ? trimmed : `=${trimmed}`;
}

function normalizeCell(cell: PlanCell): PlanCell | undefined {
  if (cell.formula !== undefined && cell.formula.trim() !== "" && cell.formula.trim() !== "=") {
    return { formula: withEquals(cell.formula) };
  }
  const value = cell.value;
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "number" && Object.is(value, -0)) return { value: 0 };
  return { value };
}

function normalizeBlocks(blocks: CellBlock[]): CellBlock[] {
  const rows = new Map<number, Map<number, PlanCell | undefined>>();
  for (const block of blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const row = block.row + r;
        let cols = rows.get(row);
        if (!cols) rows.set(row, (cols = new Map()));
        cols.set(block.col + c, normalizeCell(cell));
      }),
    );
  }
  const out: CellBlock[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const filled = [...(rows.get(row) ?? new Map<number, PlanCell | undefined>()).entries()]
      .filter((entry): entry is [number, PlanCell] => entry[1] !== undefined)
      .sort((a, b) => a[0] - b[0]);
    if (filled.length === 0) continue;
    const first = filled[0][0];
    const last = filled[filled.length - 1][0];
    const byCol = new Map(filled);
    const cells: PlanCell[] = [];
    for (let col = first; col <= last; col++) cells.push(byCol.get(col) ?? {});
    out.push({ row, col: first, cells: [cells] });
  }
  return out;
}

function styleKey(style: CellStyle): string {
  return JSON.stringify(STYLE_KEYS.map((key) => style[key] ?? null));
}

/**
 * Expands styled ranges cell by cell (later ranges override field by field), drops default fields and
 * regroups the result into maximal row runs merged downwards into rectangles.
 */
export function normalizeStyles(styles: StyledRange[]): StyledRange[] {
  const cells = new Map<number, Map<number, CellStyle>>();
  for (const { range, style } of styles) {
    const r = parseRangeAddress(range);
    for (let row = r.row; row < r.row + r.rowCount; row++) {
      let cols = cells.get(row);
      if (!cols) cells.set(row, (cols = new Map()));
      for (let col = r.col; col < r.col + r.colCount; col++) {
        cols.set(col, { ...cols.get(col), ...definedFields(style) });
      }
    }
  }
  // Runs of equal style within each row.
  interface Run {
    row: number;
    col: number;
    width: number;
    height: number;
    key: string;
    style: CellStyle;
  }
  const runsByRow = new Map<number, Run[]>();
  for (const row of [...cells.keys()].sort((a, b) => a - b)) {
    const cols = cells.get(row) ?? new Map<number, CellStyle>();
    const runs: Run[] = [];
    for (const col of [...cols.keys()].sort((a, b) => a - b)) {
      const style = normalizeStyle(cols.get(col) ?? {});
      if (Object.keys(style).length === 0) continue;
      const key = styleKey(style);
      const prev = runs[runs.length - 1];
      if (prev && prev.key === key && prev.col + prev.width === col) prev.width++;
      else runs.push({ row, col, width: 1, height: 1, key, style });
    }
    runsByRow.set(row, runs);
  }
  // Merge each run into an identical run directly above it, if any.
  const open = new Map<string, Run>();
  const done: Run[] = [];
  for (const row of [...runsByRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, Run>();
    for (const run of runsByRow.get(row) ?? []) {
      const id = `${run.col}:${run.width}:${run.key}`;
      const above = open.get(id);
      if (above && above.row + above.height === row) {
        above.height++;
        next.set(id, above);
        open.delete(id);
      } else {
        next.set(id, run);
      }
    }
    for (const run of open.values()) done.push(run);
    open.clear();
    for (const [id, run] of next) open.set(id, run);
  }
  for (const run of open.values()) done.push(run);
  return done
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((run) => ({ range: rangeAddress(run.row, run.col, run.height, run.width), style: run.style }));
}

function definedFields(style: CellStyle): CellStyle {
  const out: Record<string, unknown> = {};
  for (const key of STYLE_KEYS) if (style[key] !== undefined) out[key] = style[key];
  return out as CellStyle;
}

function normalizeColumns(columns: ColumnPlan[]): ColumnPlan[] {
  return columns.map((c) => (c.hidden ? { width: c.width, hidden: true } : { width: c.width }));
}

function normalizeRowHeights(rowHeights: RowHeight[]): RowHeight[] {
  const byRow = new Map<number, number>();
  for (const r of rowHeights) byRow.set(r.row, r.height);
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
}

function normalizeRule(rule: ValidationRule): ValidationRule {
  switch (rule.type) {
    case "list":
      return { type: "list", values: [...rule.values] };
    case "decimal":
    case "wholeNumber":
      return rule.operator === "between"
        ? { type: rule.type, operator: "between", min: rule.min, max: rule.max }
        : { type: rule.type, operator: rule.operator, min: rule.min };
    case "date":
      return { type: "date", operator: "between", min: rule.min, max: rule.max };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", max: rule.max };
    case "custom":
      return { type: "custom", formula: withEquals(rule.formula) };
  }
}

function normalizeValidation(v: ValidationPlan): ValidationPlan {
  const out: ValidationPlan = {
    range: canonicalRange(v.range),
    rule: normalizeRule(v.rule),
    allowBlank: v.allowBlank,
    error: { title: v.error.title, text: v.error.text, style: v.error.style },
  };
  if (v.prompt && (v.prompt.title !== "" || v.prompt.text !== "")) {
    out.prompt = { title: v.prompt.title, text: v.prompt.text };
  }
  return out;
}

function normalizeConditionalFormats(formats: ConditionalFormatPlan[]): ConditionalFormatPlan[] {
  return formats
    .map((f, index) => ({ f, index }))
    .sort((a, b) => a.f.priority - b.f.priority || a.index - b.index)
    .map(({ f }, rank) => {
      const style: ConditionalFormatPlan["style"] = {};
      if (f.style.fill !== undefined) style.fill = f.style.fill.toUpperCase();
      if (f.style.fontColor !== undefined) style.fontColor = f.style.fontColor.toUpperCase();
      if (f.style.bold) style.bold = true;
      return {
        range: canonicalRange(f.range),
        formula: withEquals(f.formula),
        style,
        priority: rank + 1,
        stopIfTrue: f.stopIfTrue,
      };
    });
}

function normalizeDataBar(bar: DataBarPlan): DataBarPlan {
  const out: DataBarPlan = { range: canonicalRange(bar.range), color: bar.color.toUpperCase() };
  if (bar.min !== undefined) out.min = bar.min;
  if (bar.max !== undefined) out.max = bar.max;
  return out;
}

function normalizeTable(table: TablePlan): TablePlan {
  return {
    name: table.name,
    range: canonicalRange(table.range),
    style: table.style,
    showRowStripes: table.showRowStripes,
  };
}

function normalizeProtection(p: ProtectionPlan): ProtectionPlan {
  return {
    allowFormatColumns: p.allowFormatColumns,
    allowFormatRows: p.allowFormatRows,
    allowAutoFilter: p.allowAutoFilter,
    allowSort: p.allowSort,
  };
}

/** `$1:$4`, `1:4` or `$1` → `$1:$4` / `$1:$1`. */
function normalizeTitleRows(rows: string): string {
  const parts = rows.replace(/\$/g, "").split(":");
  const first = parts[0].trim();
  const last = (parts[1] ?? parts[0]).trim();
  return `$${first}:$${last}`;
}

function normalizePrint(p: PrintPlan): PrintPlan {
  const out: PrintPlan = { orientation: p.orientation, paperSize: p.paperSize, fitToWidth: p.fitToWidth };
  if (p.printTitleRows !== undefined && p.printTitleRows !== "")
    out.printTitleRows = normalizeTitleRows(p.printTitleRows);
  const m = p.margins;
  if (m) {
    const isDefault = (Object.keys(DEFAULT_MARGINS) as (keyof typeof DEFAULT_MARGINS)[]).every(
      (k) => Math.abs(m[k] - DEFAULT_MARGINS[k]) < 1e-9,
    );
    if (!isDefault) {
      out.margins = { top: m.top, bottom: m.bottom, left: m.left, right: m.right, header: m.header, footer: m.footer };
    }
  }
  if (p.centerFooter !== undefined && p.centerFooter !== "") out.centerFooter = p.centerFooter;
  return out;
}

/** `'Thông tin'!$B$6`, `Sheet1!B6` → `'Thông tin'!$B$6`, `'Sheet1'!$B$6`. */
export function normalizeRef(ref: string): string {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return ref;
  let sheet = ref.slice(0, bang).trim();
  if (sheet.startsWith("=")) sheet = sheet.slice(1);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const address = ref.slice(bang + 1).trim();
  let canonical: string;
  try {
    canonical = absolute(address.replace(/\$/g, ""));
  } catch {
    canonical = address;
  }
  return `'${sheet.replace(/'/g, "''")}'!${canonical}`;
}

function normalizeName(n: DefinedNamePlan): DefinedNamePlan {
  const out: DefinedNamePlan = { name: n.name, ref: normalizeRef(n.ref) };
  if (n.comment !== undefined && n.comment !== "") out.comment = n.comment;
  return out;
}

/** Locale-independent order, so the canonical form is the same on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Puts one sheet plan in canonical form (see the file comment). */
export function normalizeSheet(sheet: SheetPlan): SheetPlan {
  const out: SheetPlan = {
    name: sheet.name,
    blocks: normalizeBlocks(sheet.blocks),
    styles: normalizeStyles(sheet.styles),
    columns: normalizeColumns(sheet.columns),
    rowHeights: normalizeRowHeights(sheet.rowHeights),
    tables: sheet.tables.map(normalizeTable).sort((a, b) => byCodeUnits(a.name, b.name)),
    validations: sheet.validations.map(normalizeValidation).sort((a, b) => compareRanges(a.range, b.range)),
    conditionalFormats: normalizeConditionalFormats(sheet.conditionalFormats),
    dataBars: sheet.dataBars.map(normalizeDataBar).sort((a, b) => compareRanges(a.range, b.range)),
  };
  if (sheet.tabColor !== undefined) out.tabColor = sheet.tabColor.toUpperCase();
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    out.freeze = { rows: sheet.freeze.rows, columns: sheet.freeze.columns };
  }
  if (sheet.autoFilter) out.autoFilter = { range: canonicalRange(sheet.autoFilter.range) };
  if (sheet.protection) out.protection = normalizeProtection(sheet.protection);
  if (sheet.print) out.print = normalizePrint(sheet.print);
  if (sheet.hidden) out.hidden = true;
  return out;
}

/**
 * Puts a workbook plan in canonical form, so a plan and an adapter's `describe()` compare with one deep
 * equality (contract tests, round trips).
 */
export function normalizePlan(plan: WorkbookPlan): WorkbookPlan {
  return {
    formatVersion: plan.formatVersion,
    sheets: plan.sheets.map(normalizeSheet),
    names: plan.names.map(normalizeName).sort((a, b) => byCodeUnits(a.name, b.name)),
  };
}
