/**
 * Queues everything one SheetPlan says onto a fresh worksheet, without a single context.sync(): the
 * caller syncs once for the whole workbook. Every queued operation is per block, per styled range,
 * per column, per validation or per format, never per cell, so the request stays small whatever the
 * number of rows.
 *
 * Order matters inside the batch: values before styles (a Text format queued first would turn the
 * block's formulas into text), styles before tables, and protection last (a protected sheet refuses
 * tables, filters and format changes).
 */
import { parseRangeAddress } from "../core/workbook/a1";
import { columnWidthPoints } from "../core/workbook/columnWidth";
import type {
  BorderStyle,
  CellBlock,
  CellStyle,
  ConditionalFormatPlan,
  DataBarPlan,
  PrintPlan,
  SheetPlan,
  ValidationPlan,
  ValidationRule,
} from "../core/workbook/workbookPlan";
import { excelCellInput } from "./excelCellInput";
import { queueCharts } from "./queueCharts";
import {
  ALERT_TO_EXCEL,
  HORIZONTAL_TO_EXCEL,
  POINTS_PER_INCH,
  serialToIso,
  VERTICAL_TO_EXCEL,
} from "./excelVocabulary";

/** Office.js wants rule formulas with their `=`; plans may leave it out (normalizePlan treats both alike). */
function withEquals(formula: string): string {
  const trimmed = formula.trim();
  return trimmed.startsWith("=") ? trimmed : `=${trimmed}`;
}

function queueBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const rows = block.cells.length;
  const columns = block.cells[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return;
  // One 2D write per block: `formulas` takes constants as well as formulas.
  sheet.getRangeByIndexes(block.row, block.col, rows, columns).formulas = block.cells.map((row) =>
    row.map(excelCellInput),
  );
}

function queueBorders(range: Excel.Range, border: BorderStyle, rows: number, columns: number): void {
  type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  // Inside edges exist only where the range has more than one row or column.
  if (rows > 1) edges.push("InsideHorizontal");
  if (columns > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const item = range.format.borders.getItem(edge);
    if (border === "none") {
      item.style = "None";
    } else {
      item.style = "Continuous";
      item.weight = border === "medium" ? "Medium" : "Thin";
    }
  }
}

function queueStyle(sheet: Excel.Worksheet, address: string, style: CellStyle): void {
  const range = sheet.getRange(address);
  const { rowCount, colCount } = parseRangeAddress(address.replace(/\$/g, ""));
  if (style.fontName !== undefined) range.format.font.name = style.fontName;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined) {
    range.format.horizontalAlignment = HORIZONTAL_TO_EXCEL[style.horizontalAlignment];
  }
  if (style.verticalAlignment !== undefined) {
    range.format.verticalAlignment = VERTICAL_TO_EXCEL[style.verticalAlignment];
  }
  if (style.wrapText !== undefined) range.format.wrapText = style.wrapText;
  if (style.numberFormat !== undefined) {
    const format = style.numberFormat;
    range.numberFormat = Array.from({ length: rowCount }, () => Array<string>(colCount).fill(format));
  }
  if (style.locked !== undefined) range.format.protection.locked = style.locked;
  if (style.border !== undefined) queueBorders(range, style.border, rowCount, colCount);
}

function queueColumns(sheet: Excel.Worksheet, plan: SheetPlan): void {
  plan.columns.forEach((column, index) => {
    const entire = sheet.getRangeByIndexes(0, index, 1, 1).getEntireColumn();
    entire.format.columnWidth = columnWidthPoints(column.width);
    if (column.hidden) entire.columnHidden = true;
  });
  for (const { row, height } of plan.rowHeights) {
    sheet.getRangeByIndexes(row, 0, 1, 1).getEntireRow().format.rowHeight = height;
  }
}

function queueFreeze(sheet: Excel.Worksheet, freeze: SheetPlan["freeze"]): void {
  if (!freeze) return;
  const { rows, columns } = freeze;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

function excelRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      // Office.js takes a literal list as one comma-separated string (planProblems refuses commas in items).
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "decimal":
    case "wholeNumber": {
      const basic: Excel.BasicDataValidation =
        rule.operator === "between"
          ? { operator: "Between", formula1: rule.min, formula2: rule.max ?? rule.min }
          : { operator: "GreaterThanOrEqualTo", formula1: rule.min };
      return rule.type === "decimal" ? { decimal: basic } : { wholeNumber: basic };
    }
    case "date":
      return { date: { operator: "Between", formula1: serialToIso(rule.min), formula2: serialToIso(rule.max) } };
    case "textLength":
      return { textLength: { operator: "LessThanOrEqualTo", formula1: rule.max } };
    case "custom":
      return { custom: { formula: withEquals(rule.formula) } };
  }
}

function queueValidation(sheet: Excel.Worksheet, validation: ValidationPlan): void {
  const dataValidation = sheet.getRange(validation.range).dataValidation;
  dataValidation.rule = excelRule(validation.rule);
  dataValidation.ignoreBlanks = validation.allowBlank;
  if (validation.prompt) {
    dataValidation.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.text };
  }
  dataValidation.errorAlert = {
    showAlert: true,
    style: ALERT_TO_EXCEL[validation.error.style],
    title: validation.error.title,
    message: validation.error.text,
  };
}

function queueDataBar(sheet: Excel.Worksheet, bar: DataBarPlan): void {
  const format = sheet.getRange(bar.range).conditionalFormats.add("DataBar");
  format.dataBar.positiveFormat.fillColor = bar.color;
  format.dataBar.lowerBoundRule =
    bar.min === undefined ? { type: "LowestValue" } : { type: "Number", formula: String(bar.min) };
  format.dataBar.upperBoundRule =
    bar.max === undefined ? { type: "HighestValue" } : { type: "Number", formula: String(bar.max) };
}

function queueConditionalFormats(sheet: Excel.Worksheet, formats: ConditionalFormatPlan[]): void {
  const ordered = formats.map((format, index) => ({ format, index }));
  ordered.sort((a, b) => a.format.priority - b.format.priority || a.index - b.index);
  ordered.forEach(({ format }, rank) => {
    const added = sheet.getRange(format.range).conditionalFormats.add("Custom");
    added.custom.rule.formula = withEquals(format.formula);
    if (format.style.fill !== undefined) added.custom.format.fill.color = format.style.fill;
    if (format.style.fontColor !== undefined) added.custom.format.font.color = format.style.fontColor;
    if (format.style.bold !== undefined) added.custom.format.font.bold = format.style.bold;
    added.stopIfTrue = format.stopIfTrue;
    // Excel renumbers priorities 0..n-1 across the sheet; setting each rank in ascending order leaves
    // the formats in plan order, above the data bars queued before them.
    added.priority = rank;
  });
}

function queuePrint(sheet: Excel.Worksheet, print: PrintPlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paperSize;
  if (print.printTitleRows) layout.setPrintTitleRows(print.printTitleRows);
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.margins) {
    const { top, bottom, left, right, header, footer } = print.margins;
    layout.topMargin = top * POINTS_PER_INCH;
    layout.bottomMargin = bottom * POINTS_PER_INCH;
    layout.leftMargin = left * POINTS_PER_INCH;
    layout.rightMargin = right * POINTS_PER_INCH;
    layout.headerMargin = header * POINTS_PER_INCH;
    layout.footerMargin = footer * POINTS_PER_INCH;
  }
  if (print.centerFooter !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = print.centerFooter;
}

/** Queues the sheet's cells, formats, layout, tables, validation, conditional formats, print setup and protection. */
export function queueSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
  if (plan.tabColor !== undefined) sheet.tabColor = plan.tabColor;
  for (const block of plan.blocks) queueBlock(sheet, block);
  for (const styled of plan.styles) queueStyle(sheet, styled.range, styled.style);
  queueColumns(sheet, plan);
  queueFreeze(sheet, plan.freeze);
  for (const table of plan.tables) {
    const added = sheet.tables.add(sheet.getRange(table.range), true);
    added.name = table.name;
    added.style = table.style;
    added.showBandedRows = table.showRowStripes;
  }
  if (plan.autoFilter) sheet.autoFilter.apply(sheet.getRange(plan.autoFilter.range));
  for (const validation of plan.validations) queueValidation(sheet, validation);
  for (const bar of plan.dataBars) queueDataBar(sheet, bar);
  queueConditionalFormats(sheet, plan.conditionalFormats);
  if (plan.print) queuePrint(sheet, plan.print);
  if (plan.charts) queueCharts(sheet, plan.charts);
  if (plan.protection) {
    const { password, allowFormatColumns, allowFormatRows, allowAutoFilter, allowSort } = plan.protection;
    sheet.protection.protect(
      { allowFormatColumns, allowFormatRows, allowAutoFilter, allowSort },
      password ? password : undefined,
    );
  }
  if (plan.hidden) sheet.visibility = "Hidden";
}
