/**
 * Reads an exceljs workbook back into the WorkbookPlan shape, normalised, so a written plan can be
 * compared with what the file holds (round-trip and cross-adapter contract tests).
 */
import type { CellValue, ConditionalFormattingRule, DataValidation, Workbook, Worksheet } from "exceljs";
import { cellAddress, parseRangeAddress, rangeAddress } from "../core/workbook/a1";
import { normalizePlan } from "../core/workbook/normalizePlan";
import type {
  CellBlock,
  ColumnPlan,
  ConditionalFormatPlan,
  DataBarPlan,
  DefinedNamePlan,
  PrintPlan,
  ProtectionPlan,
  RowHeight,
  SheetPlan,
  StyledRange,
  TablePlan,
  ValidationPlan,
  ValidationRule,
  WorkbookPlan,
} from "../core/workbook/workbookPlan";
import { fromArgb, fromExcelStyle } from "./excelStyle";
import { stripFunctionPrefixes } from "./formulaPrefixes";
import { readCellValue, dateToSerial } from "./readCellValue";
import { readDefinedNames } from "./readWorkbookSnapshot";
import type { XlsxExtras } from "./readXlsxExtras";
import { worksheetInternals } from "./worksheetInternals";

/** Excel's default column width (characters) when neither the column nor the sheet sets one. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/** The workbook's category property carries the plan's format version: `PAR-tracker format 1.0`. */
export const FORMAT_VERSION_PREFIX = "PAR-tracker format ";

function describeCells(ws: Worksheet, date1904: boolean): { blocks: CellBlock[]; styles: StyledRange[] } {
  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      const reading = readCellValue(cell, date1904);
      if (reading.formula !== undefined) {
        blocks.push({ row: r, col: c, cells: [[{ formula: reading.formula }]] });
      } else if (reading.value !== null && typeof reading.value !== "object") {
        // An error constant (not a formula result) has no place in a plan: left out.
        blocks.push({ row: r, col: c, cells: [[{ value: reading.value }]] });
      }
      const style = fromExcelStyle(cell.style);
      if (Object.keys(style).length > 0) styles.push({ range: cellAddress(r, c), style });
    });
  });
  return { blocks, styles };
}

function describeColumns(ws: Worksheet): ColumnPlan[] {
  const columns: ColumnPlan[] = [];
  const fallback = ws.properties.defaultColWidth ?? DEFAULT_COLUMN_WIDTH;
  let last = -1;
  (ws.columns ?? []).forEach((column, i) => {
    const hidden = Boolean(column.hidden);
    columns.push(hidden ? { width: column.width ?? fallback, hidden } : { width: column.width ?? fallback });
    if (column.width !== undefined || hidden) last = i;
  });
  return columns.slice(0, last + 1);
}

function describeRowHeights(ws: Worksheet): RowHeight[] {
  const heights: RowHeight[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.height !== undefined && row.height !== null) heights.push({ row: rowNumber - 1, height: row.height });
  });
  return heights;
}

function rangeOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.replace(/\$/g, "");
  if (value && typeof value === "object" && "from" in value && "to" in value) {
    const { from, to } = value as { from: unknown; to: unknown };
    const corner = (v: unknown): string | undefined => {
      if (typeof v === "string") return v.replace(/\$/g, "");
      if (v && typeof v === "object" && "row" in v && "column" in v) {
        const { row, column } = v as { row: number; column: number };
        return cellAddress(row - 1, column - 1);
      }
      return undefined;
    };
    const a = corner(from);
    const b = corner(to);
    return a && b ? `${a}:${b}` : undefined;
  }
  return undefined;
}

function describeTables(ws: Worksheet): TablePlan[] {
  return Object.values(worksheetInternals(ws).tables).flatMap((entry) => {
    const model = entry.model ?? entry.table;
    if (!model?.tableRef) return [];
    return [
      {
        name: model.name,
        range: model.tableRef,
        style: model.style?.theme ?? "",
        showRowStripes: Boolean(model.style?.showRowStripes),
      },
    ];
  });
}

/** Splits a set of cells into rectangles: maximal runs along rows, merged downwards when identical. */
function rectangles(cells: { row: number; col: number }[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) byRow.set(row, [...(byRow.get(row) ?? []), col]);
  const open = new Map<string, { row: number; col: number; width: number; height: number }>();
  const done: { row: number; col: number; width: number; height: number }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: { col: number; width: number }[] = [];
    for (const col of cols) {
      const prev = runs[runs.length - 1];
      if (prev && prev.col + prev.width === col) prev.width++;
      else runs.push({ col, width: 1 });
    }
    const next = new Map<string, { row: number; col: number; width: number; height: number }>();
    for (const run of runs) {
      const key = `${run.col}:${run.width}`;
      const above = open.get(key);
      if (above && above.row + above.height === row) {
        above.height++;
        next.set(key, above);
        open.delete(key);
      } else {
        next.set(key, { row, col: run.col, width: run.width, height: 1 });
      }
    }
    done.push(...open.values());
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  done.push(...open.values());
  return done.map((r) => rangeAddress(r.row, r.col, r.height, r.width));
}

function parseList(formula: unknown): string[] | undefined {
  if (typeof formula !== "string") return undefined;
  const match = /^"(.*)"$/s.exec(formula.trim());
  if (!match) return undefined; // a range or a name as the source: not expressible as inline values
  return match[1].split(",").map((item) => item.replace(/""/g, '"'));
}

function asNumber(value: unknown, date1904: boolean): number {
  if (value instanceof Date) return dateToSerial(value, date1904);
  return typeof value === "number" ? value : Number(value);
}

function describeRule(v: DataValidation, date1904: boolean): ValidationRule | undefined {
  const f = v.formulae ?? [];
  const between = (v.operator ?? "between") === "between";
  switch (v.type) {
    case "list": {
      const values = parseList(f[0]);
      return values ? { type: "list", values } : undefined;
    }
    case "decimal":
    case "whole": {
      const type = v.type === "decimal" ? "decimal" : "wholeNumber";
      if (between) return { type, operator: "between", min: asNumber(f[0], false), max: asNumber(f[1], false) };
      if (v.operator === "greaterThanOrEqual")
        return { type, operator: "greaterThanOrEqual", min: asNumber(f[0], false) };
      return undefined;
    }
    case "date":
      return between
        ? { type: "date", operator: "between", min: asNumber(f[0], date1904), max: asNumber(f[1], date1904) }
        : undefined;
    case "textLength":
      return v.operator === "lessThanOrEqual"
        ? { type: "textLength", operator: "lessThanOrEqual", max: asNumber(f[0], false) }
        : undefined;
    case "custom":
      return typeof f[0] === "string" ? { type: "custom", formula: `=${stripFunctionPrefixes(f[0])}` } : undefined;
    default:
      return undefined;
  }
}

function errorStyle(value: string | undefined): "stop" | "warning" | "information" {
  return value === "warning" || value === "information" ? value : "stop";
}

/** Groups the per-cell validation model back into ranges: a loaded sqref shares one object. */
function describeValidations(ws: Worksheet, date1904: boolean): ValidationPlan[] {
  const groups = new Map<DataValidation, { row: number; col: number }[]>();
  for (const [address, validation] of Object.entries(worksheetInternals(ws).dataValidations.model)) {
    if (!validation) continue;
    const cells = groups.get(validation) ?? [];
    for (const part of address.split(/\s+/).filter(Boolean)) {
      let r;
      try {
        r = parseRangeAddress(part.replace(/\$/g, ""));
      } catch {
        continue; // whole-column or other shapes the plan cannot express
      }
      for (let row = r.row; row < r.row + r.rowCount; row++) {
        for (let col = r.col; col < r.col + r.colCount; col++) cells.push({ row, col });
      }
    }
    groups.set(validation, cells);
  }
  const out: ValidationPlan[] = [];
  for (const [v, cells] of groups) {
    const rule = describeRule(v, date1904);
    if (!rule) continue;
    for (const range of rectangles(cells)) {
      const plan: ValidationPlan = {
        range,
        rule,
        allowBlank: Boolean(v.allowBlank),
        error: { title: v.errorTitle ?? "", text: v.error ?? "", style: errorStyle(v.errorStyle) },
      };
      if (v.showInputMessage && (v.promptTitle || v.prompt)) {
        plan.prompt = { title: v.promptTitle ?? "", text: v.prompt ?? "" };
      }
      out.push(plan);
    }
  }
  return out;
}

interface DxfStyle {
  fill?: { type?: string; fgColor?: { argb?: string }; bgColor?: { argb?: string } };
  font?: { color?: { argb?: string }; bold?: boolean };
}

function describeConditionalFormats(
  ws: Worksheet,
  stopIfTrue: Set<number>,
): { formats: ConditionalFormatPlan[]; bars: DataBarPlan[] } {
  const formats: ConditionalFormatPlan[] = [];
  const bars: DataBarPlan[] = [];
  for (const cf of worksheetInternals(ws).conditionalFormattings) {
    const refs = cf.ref.split(/\s+/).filter(Boolean);
    for (const rule of cf.rules as (ConditionalFormattingRule & { color?: { argb?: string } })[]) {
      if (rule.type === "expression" && rule.formulae && typeof rule.formulae[0] === "string") {
        const dxf = (rule.style ?? {}) as DxfStyle;
        const style: ConditionalFormatPlan["style"] = {};
        const fill = fromArgb(dxf.fill?.bgColor) ?? fromArgb(dxf.fill?.fgColor);
        if (fill !== undefined) style.fill = fill;
        const fontColor = fromArgb(dxf.font?.color);
        if (fontColor !== undefined) style.fontColor = fontColor;
        if (dxf.font?.bold) style.bold = true;
        for (const range of refs) {
          formats.push({
            range,
            formula: `=${stripFunctionPrefixes(rule.formulae[0])}`,
            style,
            priority: rule.priority,
            stopIfTrue: stopIfTrue.has(rule.priority),
          });
        }
      } else if (rule.type === "dataBar") {
        const color = fromArgb(rule.color);
        if (color === undefined) continue;
        const [low, high] = rule.cfvo ?? [];
        for (const range of refs) {
          const bar: DataBarPlan = { range, color };
          if (low?.type === "num" && low.value !== undefined) bar.min = Number(low.value);
          if (high?.type === "num" && high.value !== undefined) bar.max = Number(high.value);
          bars.push(bar);
        }
      }
    }
  }
  return { formats, bars };
}

function describeProtection(ws: Worksheet): ProtectionPlan | undefined {
  const p = worksheetInternals(ws).sheetProtection;
  if (!p?.sheet) return undefined;
  return {
    allowFormatColumns: Boolean(p.formatColumns),
    allowFormatRows: Boolean(p.formatRows),
    allowAutoFilter: Boolean(p.autoFilter),
    allowSort: Boolean(p.sort),
  };
}

/** The centre section of an Excel header/footer text (`&L…&C…&R…`), `&&` being a literal ampersand. */
function centreSection(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let section = "C"; // text before any section code is centred
  let centre = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "&" && i + 1 < text.length) {
      const code = text[i + 1];
      if (code === "L" || code === "C" || code === "R") {
        section = code;
        i++;
        continue;
      }
      if (section === "C") centre += ch + code;
      i++;
      continue;
    }
    if (section === "C") centre += ch;
  }
  return centre === "" ? undefined : centre;
}

function describePrint(ws: Worksheet): PrintPlan | undefined {
  const setup = ws.pageSetup;
  if (setup.paperSize !== 9) return undefined;
  const print: PrintPlan = {
    orientation: setup.orientation === "landscape" ? "landscape" : "portrait",
    paperSize: "A4",
    fitToWidth: Boolean(setup.fitToPage) && setup.fitToWidth === 1 && !setup.fitToHeight,
  };
  if (setup.printTitlesRow) {
    const [first, last] = setup.printTitlesRow.replace(/\$/g, "").split(":");
    print.printTitleRows = `$${first}:$${last ?? first}`;
  }
  if (setup.margins) print.margins = { ...setup.margins };
  const footer = centreSection(ws.headerFooter?.oddFooter);
  if (footer !== undefined) print.centerFooter = footer;
  return print;
}

function describeSheet(ws: Worksheet, extras: XlsxExtras, date1904: boolean): SheetPlan {
  const { blocks, styles } = describeCells(ws, date1904);
  const { formats, bars } = describeConditionalFormats(ws, extras.stopIfTrue.get(ws.name) ?? new Set());
  const sheet: SheetPlan = {
    name: ws.name,
    blocks,
    styles,
    columns: describeColumns(ws),
    rowHeights: describeRowHeights(ws),
    tables: describeTables(ws),
    validations: describeValidations(ws, date1904),
    conditionalFormats: formats,
    dataBars: bars,
  };
  const tab = fromArgb(ws.properties.tabColor);
  if (tab !== undefined) sheet.tabColor = tab;
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === "frozen" && ((view.ySplit ?? 0) > 0 || (view.xSplit ?? 0) > 0)) {
    sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  }
  const filter = rangeOf(ws.autoFilter as CellValue | undefined);
  if (filter !== undefined) sheet.autoFilter = { range: filter };
  const protection = describeProtection(ws);
  if (protection) sheet.protection = protection;
  const print = describePrint(ws);
  if (print) sheet.print = print;
  if (ws.state === "hidden" || ws.state === "veryHidden") sheet.hidden = true;
  return sheet;
}

function describeNames(wb: Workbook, extras: XlsxExtras): DefinedNamePlan[] {
  return Object.entries(readDefinedNames(wb)).map(([name, ref]) => {
    const comment = extras.nameComments.get(name);
    return comment === undefined ? { name, ref } : { name, ref, comment };
  });
}

/** Describes a whole exceljs workbook as a normalised WorkbookPlan. */
export function describeWorkbook(wb: Workbook, extras: XlsxExtras): WorkbookPlan {
  const date1904 = Boolean(wb.properties.date1904);
  const category = wb.category ?? "";
  return normalizePlan({
    formatVersion: category.startsWith(FORMAT_VERSION_PREFIX) ? category.slice(FORMAT_VERSION_PREFIX.length) : "",
    sheets: wb.worksheets.map((ws) => describeSheet(ws, extras, date1904)),
    names: describeNames(wb, extras),
  });
}
