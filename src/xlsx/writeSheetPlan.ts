/**
 * Writes one SheetPlan into an empty exceljs worksheet: cells, styles, layout, table, filter, validation,
 * conditional formats, protection and print setup. Text is always written as text.
 *
 * Charts (SheetPlan.charts) are not written: exceljs 4.4 has no chart API, and hand-writing DrawingML is
 * not worth its risk. The summary sheets that plan charts also carry data bars, which this writer does
 * write, so a file made here still shows the counts graphically; the task pane draws the charts in Excel.
 */
import type { Cell, CellValue, DataValidation, Style, Worksheet } from "exceljs";
import { formatMessage, type Message } from "../core/messages/message";
import * as xlsxMessages from "../core/messages/xlsx";
import { cellAddress, parseRangeAddress, rangeAddress } from "../core/workbook/a1";
import { InvalidPlanError } from "../core/workbook/planProblems";
import type {
  CellStyle,
  ConditionalFormatPlan,
  PlanCell,
  SheetPlan,
  TablePlan,
  ValidationPlan,
} from "../core/workbook/workbookPlan";
import { toArgb, toExcelStyle } from "./excelStyle";
import { addFunctionPrefixes } from "./formulaPrefixes";
import { worksheetInternals } from "./worksheetInternals";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32767;

/** What a sheet write tells the adapter besides the worksheet itself. */
export interface SheetWriteResult {
  /** Priorities of conditional-format rules to flag stopIfTrue (exceljs cannot write the flag). */
  stopIfTrue: Set<number>;
  warnings: Message[];
}

// C0 controls other than tab, line feed and carriage return, DEL, and the two non-characters: XML 1.0
// cannot hold them and exceljs silently drops them, so we drop them openly.
const UNSTORABLE = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFFFE\\uFFFF]";
const LONE_SURROGATE = "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
const NEEDS_CLEANING = new RegExp(`${UNSTORABLE}|${LONE_SURROGATE}`);

/** The text as an .xlsx cell can hold it, with a warning for every change. */
export function storableText(text: string, sheet: string, cell: string, warnings: Message[]): string {
  let out = text;
  if (NEEDS_CLEANING.test(out)) {
    out = out.replace(new RegExp(UNSTORABLE, "g"), "").replace(new RegExp(LONE_SURROGATE, "g"), "\uFFFD");
    warnings.push(formatMessage(xlsxMessages.textControlCharacters, { sheet, cell }));
  }
  if (out.length > MAX_CELL_TEXT) {
    warnings.push(formatMessage(xlsxMessages.textTruncated, { sheet, cell, length: out.length }));
    let cut = MAX_CELL_TEXT;
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(out[cut - 1])) cut--;
    out = out.slice(0, cut);
  }
  return out;
}

function cellValue(cell: PlanCell, sheet: string, address: string, warnings: Message[]): CellValue {
  if (cell.formula !== undefined) return { formula: addFunctionPrefixes(cell.formula.replace(/^=/, "")) };
  const value = cell.value;
  if (value === undefined || value === null) return null;
  // A string is stored as a string cell, never parsed: "=1+1" stays the four characters.
  if (typeof value === "string") return storableText(value, sheet, address, warnings);
  return value;
}

function writeBlocks(ws: Worksheet, plan: SheetPlan, warnings: Message[]): void {
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) => {
      const row = ws.getRow(block.row + r + 1);
      line.forEach((planCell, c) => {
        const address = cellAddress(block.row + r, block.col + c);
        row.getCell(block.col + c + 1).value = cellValue(planCell, plan.name, address, warnings);
      });
    });
  }
}

/** Merges the plan's styles cell by cell (later ranges win field by field) and applies each once. */
function writeStyles(ws: Worksheet, plan: SheetPlan): void {
  const merged = new Map<string, { row: number; col: number; style: CellStyle }>();
  for (const { range, style } of plan.styles) {
    const r = parseRangeAddress(range.replace(/\$/g, ""));
    for (let row = r.row; row < r.row + r.rowCount; row++) {
      for (let col = r.col; col < r.col + r.colCount; col++) {
        const key = `${row}:${col}`;
        const prev = merged.get(key);
        const next: CellStyle = { ...prev?.style };
        for (const [field, value] of Object.entries(style) as [keyof CellStyle, CellStyle[keyof CellStyle]][]) {
          if (value !== undefined) (next as Record<string, unknown>)[field] = value;
        }
        merged.set(key, { row, col, style: next });
      }
    }
  }
  const cache = new Map<string, Partial<Style>>();
  for (const { row, col, style } of merged.values()) {
    const key = JSON.stringify(style);
    let excelStyle = cache.get(key);
    if (!excelStyle) cache.set(key, (excelStyle = toExcelStyle(style)));
    // A fresh top-level object per cell: exceljs mutates cell.style in place on later edits.
    ws.getRow(row + 1).getCell(col + 1).style = { ...excelStyle };
  }
}

function writeLayout(ws: Worksheet, plan: SheetPlan): void {
  plan.columns.forEach((column, index) => {
    const target = ws.getColumn(index + 1);
    target.width = column.width;
    if (column.hidden) target.hidden = true;
  });
  for (const { row, height } of plan.rowHeights) ws.getRow(row + 1).height = height;
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: plan.freeze.columns,
        ySplit: plan.freeze.rows,
        topLeftCell: cellAddress(plan.freeze.rows, plan.freeze.columns),
      },
    ];
  }
  if (plan.tabColor !== undefined) ws.properties.tabColor = { argb: toArgb(plan.tabColor) };
  if (plan.hidden) ws.state = "hidden";
}

function intersects(a: string, b: string): boolean {
  const ra = parseRangeAddress(a.replace(/\$/g, ""));
  const rb = parseRangeAddress(b.replace(/\$/g, ""));
  return (
    ra.row < rb.row + rb.rowCount &&
    rb.row < ra.row + ra.rowCount &&
    ra.col < rb.col + rb.colCount &&
    rb.col < ra.col + ra.colCount
  );
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const LOOKS_LIKE_ADDRESS = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/** Checks a table before exceljs writes it, so a bad one fails with a message instead of a broken file. */
function tableProblems(ws: Worksheet, plan: SheetPlan, table: TablePlan, names: Set<string>): Message[] {
  const sheet = plan.name;
  const problems: Message[] = [];
  if (!TABLE_NAME.test(table.name) || LOOKS_LIKE_ADDRESS.test(table.name) || table.name.length > 255) {
    problems.push(formatMessage(xlsxMessages.tableNameInvalid, { sheet, table: table.name }));
  }
  if (names.has(table.name.toLowerCase())) {
    problems.push(formatMessage(xlsxMessages.tableNameDuplicate, { table: table.name }));
  }
  const r = parseRangeAddress(table.range.replace(/\$/g, ""));
  if (r.rowCount < 2) {
    problems.push(formatMessage(xlsxMessages.tableRangeTooSmall, { sheet, table: table.name, range: table.range }));
  }
  const seen = new Set<string>();
  for (let c = r.col; c < r.col + r.colCount; c++) {
    const header = headerText(ws.getRow(r.row + 1).getCell(c + 1));
    const cell = cellAddress(r.row, c);
    if (header === "") {
      problems.push(formatMessage(xlsxMessages.tableHeaderEmpty, { sheet, table: table.name, cell }));
    } else if (seen.has(header.toLowerCase())) {
      problems.push(formatMessage(xlsxMessages.tableHeaderDuplicate, { sheet, table: table.name, header }));
    }
    seen.add(header.toLowerCase());
  }
  if (plan.autoFilter && intersects(plan.autoFilter.range, table.range)) {
    problems.push(
      formatMessage(xlsxMessages.tableOverlapsFilter, {
        sheet,
        filter: plan.autoFilter.range,
        table: table.name,
        range: table.range,
      }),
    );
  }
  return problems;
}

function headerText(cell: Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value).trim();
  return cell.text.trim();
}

/**
 * exceljs writes a table's cells itself (Table.store), so we hand it the cells already on the sheet:
 * the header texts and each data cell's exceljs value, formulas included.
 */
function writeTable(ws: Worksheet, table: TablePlan): void {
  const r = parseRangeAddress(table.range.replace(/\$/g, ""));
  const columns = [];
  for (let c = r.col; c < r.col + r.colCount; c++) {
    columns.push({ name: headerText(ws.getRow(r.row + 1).getCell(c + 1)), filterButton: true });
  }
  const rows: CellValue[][] = [];
  for (let row = r.row + 1; row < r.row + r.rowCount; row++) {
    const line: CellValue[] = [];
    for (let c = r.col; c < r.col + r.colCount; c++) line.push(ws.getRow(row + 1).getCell(c + 1).value);
    rows.push(line);
  }
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(r.row, r.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as never, showRowStripes: table.showRowStripes },
    columns,
    rows,
  });
}

/** A date serial as the Date exceljs turns back into that serial when it writes a date validation. */
function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

function toDataValidation(v: ValidationPlan): DataValidation {
  const base = {
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorStyle: v.error.style,
    errorTitle: v.error.title,
    error: v.error.text,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
  };
  const rule = v.rule;
  switch (rule.type) {
    case "list":
      return { ...base, type: "list", formulae: [`"${rule.values.map((s) => s.replace(/"/g, '""')).join(",")}"`] };
    case "decimal":
    case "wholeNumber":
      return {
        ...base,
        type: rule.type === "decimal" ? "decimal" : "whole",
        operator: rule.operator,
        formulae: rule.operator === "between" ? [rule.min, rule.max ?? rule.min] : [rule.min],
      };
    case "date":
      return { ...base, type: "date", operator: "between", formulae: [serialToDate(rule.min), serialToDate(rule.max)] };
    case "textLength":
      return { ...base, type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max] };
    case "custom":
      return { ...base, type: "custom", formulae: [addFunctionPrefixes(rule.formula.replace(/^=/, ""))] };
  }
}

function canonicalRange(range: string): string {
  const r = parseRangeAddress(range.replace(/\$/g, ""));
  return rangeAddress(r.row, r.col, r.rowCount, r.colCount);
}

function writeConditionalFormats(ws: Worksheet, plan: SheetPlan): Set<number> {
  const stopIfTrue = new Set<number>();
  // Excel counts priorities from 1 and wants them distinct: rank the plan's priorities, ties by plan order.
  const ranked: ConditionalFormatPlan[] = plan.conditionalFormats
    .map((f, index) => ({ f, index }))
    .sort((a, b) => a.f.priority - b.f.priority || a.index - b.index)
    .map(({ f }) => f);
  ranked.forEach((f, i) => {
    const priority = i + 1;
    const style: Partial<Style> = {};
    if (f.style.fill !== undefined) {
      // Excel reads a differential fill's colour from bgColor, LibreOffice from fgColor: give both.
      const color = { argb: toArgb(f.style.fill) };
      style.fill = { type: "pattern", pattern: "solid", fgColor: color, bgColor: color };
    }
    if (f.style.fontColor !== undefined || f.style.bold) {
      style.font = {
        ...(f.style.fontColor !== undefined ? { color: { argb: toArgb(f.style.fontColor) } } : {}),
        ...(f.style.bold ? { bold: true } : {}),
      };
    }
    ws.addConditionalFormatting({
      ref: canonicalRange(f.range),
      rules: [{ type: "expression", priority, formulae: [addFunctionPrefixes(f.formula.replace(/^=/, ""))], style }],
    });
    if (f.stopIfTrue) stopIfTrue.add(priority);
  });
  plan.dataBars.forEach((bar, i) => {
    ws.addConditionalFormatting({
      ref: canonicalRange(bar.range),
      rules: [
        {
          type: "dataBar",
          priority: ranked.length + i + 1,
          gradient: true,
          cfvo: [
            bar.min === undefined ? { type: "min" } : { type: "num", value: bar.min },
            bar.max === undefined ? { type: "max" } : { type: "num", value: bar.max },
          ],
          color: { argb: toArgb(bar.color) },
        } as never,
      ],
    });
  });
  return stopIfTrue;
}

async function writeProtection(ws: Worksheet, plan: SheetPlan): Promise<void> {
  const p = plan.protection;
  if (!p) return;
  // exceljs options name what is allowed: true writes e.g. formatColumns="0" (not protected).
  await ws.protect(p.password ?? "", {
    formatColumns: p.allowFormatColumns,
    formatRows: p.allowFormatRows,
    autoFilter: p.allowAutoFilter,
    sort: p.allowSort,
    selectLockedCells: true,
    selectUnlockedCells: true,
  });
}

function writePrint(ws: Worksheet, plan: SheetPlan): void {
  const p = plan.print;
  if (!p) return;
  ws.pageSetup.orientation = p.orientation;
  ws.pageSetup.paperSize = 9;
  if (p.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  } else {
    ws.pageSetup.fitToPage = false;
  }
  if (p.printTitleRows !== undefined && p.printTitleRows !== "") {
    const [first, last] = p.printTitleRows.replace(/\$/g, "").split(":");
    ws.pageSetup.printTitlesRow = `${first}:${last ?? first}`;
  }
  if (p.margins) ws.pageSetup.margins = { ...p.margins };
  if (p.centerFooter !== undefined && p.centerFooter !== "") ws.headerFooter.oddFooter = `&C${p.centerFooter}`;
}

/**
 * Writes a sheet plan into a fresh worksheet. Throws InvalidPlanError for tables Excel would reject;
 * returns the stopIfTrue rules to patch in and warnings for text it had to change.
 */
export async function writeSheetPlan(
  ws: Worksheet,
  plan: SheetPlan,
  tableNames: Set<string> = new Set(),
): Promise<SheetWriteResult> {
  const warnings: Message[] = [];
  writeBlocks(ws, plan, warnings);
  const problems = plan.tables.flatMap((table) => {
    const found = tableProblems(ws, plan, table, tableNames);
    tableNames.add(table.name.toLowerCase());
    return found;
  });
  if (problems.length > 0) throw new InvalidPlanError(problems);
  writeStyles(ws, plan);
  writeLayout(ws, plan);
  for (const table of plan.tables) writeTable(ws, table);
  if (plan.autoFilter) ws.autoFilter = canonicalRange(plan.autoFilter.range);
  const internals = worksheetInternals(ws);
  for (const v of plan.validations) internals.dataValidations.add(canonicalRange(v.range), toDataValidation(v));
  const stopIfTrue = writeConditionalFormats(ws, plan);
  await writeProtection(ws, plan);
  writePrint(ws, plan);
  return { stopIfTrue, warnings };
}
