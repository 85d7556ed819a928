/**
 * Reads the open workbook back in the WorkbookPlan's shape, for the contract tests and for checking a
 * build, in three syncs: (1) the sheet and name lists; (2) per sheet, the used range and the sheet-wide
 * settings (freeze panes, tables, filter, protection, page layout, the list of conditional formats);
 * (3) per sheet, per-cell formats (getCellProperties), column and row sizes, per-cell data validation,
 * and the ranges and rules of tables and conditional formats.
 *
 * What Office.js cannot say comes back as the plan's "unknown" shape: the protection password is never
 * readable; styles and validation are per cell (Excel keeps no record of the ranges they were applied
 * to); a cell border is reported only when all four edges agree (Excel shares an edge between neighbours);
 * print setup only for A4 sheets, the one paper the plan knows.
 */
import { rangeAddress } from "../core/workbook/a1";
import { columnWidthFromPoints } from "../core/workbook/columnWidth";
import { groupValidations } from "../core/workbook/groupValidations";
import { normalizeRef } from "../core/workbook/normalizePlan";
import type {
  BorderStyle,
  CellStyle,
  ConditionalFormatPlan,
  DataBarPlan,
  PlanCell,
  PrintPlan,
  SheetPlan,
  StyledRange,
  TablePlan,
  ValidationPlan,
  ValidationRule,
  WorkbookPlan,
} from "../core/workbook/workbookPlan";
import {
  ALERT_TO_EXCEL,
  fromExcel,
  HORIZONTAL_TO_EXCEL,
  isoToSerial,
  POINTS_PER_INCH,
  VERTICAL_TO_EXCEL,
} from "./excelVocabulary";

/** A new sheet's margins in points (Excel's "Normal" margins: 0.7", 0.75", 0.3"). */
const DEFAULT_MARGINS = { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 };
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

const CELL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: {
    font: { name: true, size: true, bold: true, italic: true, color: true },
    fill: { color: true, pattern: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
    protection: true,
    borders: { style: true, weight: true },
  },
};

/** Strips the sheet from an address Office.js returns (`'Thông tin'!A1:B2` → `A1:B2`). */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/** Print title rows as the plan writes them (`Sheet!$1:$4` → `$1:$4`). */
function titleRowsAddress(address: string): string {
  const [first, last = first] = localAddress(address).split(":");
  return `$${first}:$${last}`;
}

/** The number a validation bound reads back as (`"=10"`, `"=45292"`, or an ISO date for date rules). */
function boundNumber(formula: string | number | Date | Excel.Range | undefined, isDate: boolean): number {
  if (typeof formula === "number") return formula;
  if (formula instanceof Date) return isoToSerial(formula.toISOString());
  if (typeof formula !== "string") return NaN;
  const text = formula.replace(/^=/, "").trim();
  const number = Number(text);
  if (text !== "" && Number.isFinite(number)) return number;
  return isDate ? isoToSerial(text) : NaN;
}

function planRule(rule: Excel.DataValidationRule): ValidationRule | undefined {
  if (rule.list) {
    const source = typeof rule.list.source === "string" ? rule.list.source : "";
    return { type: "list", values: source.replace(/^=/, "").split(",") };
  }
  for (const type of ["decimal", "wholeNumber"] as const) {
    const basic = rule[type];
    if (!basic) continue;
    const min = boundNumber(basic.formula1, false);
    if (basic.operator === "Between")
      return { type, operator: "between", min, max: boundNumber(basic.formula2, false) };
    if (basic.operator === "GreaterThanOrEqualTo") return { type, operator: "greaterThanOrEqual", min };
  }
  if (rule.date && rule.date.operator === "Between") {
    return {
      type: "date",
      operator: "between",
      min: boundNumber(rule.date.formula1, true),
      max: boundNumber(rule.date.formula2, true),
    };
  }
  if (rule.custom) return { type: "custom", formula: rule.custom.formula };
  if (rule.textLength && rule.textLength.operator === "LessThanOrEqualTo") {
    return { type: "textLength", operator: "lessThanOrEqual", max: boundNumber(rule.textLength.formula1, false) };
  }
  return undefined;
}

function planValidation(address: string, validation: Excel.DataValidation): ValidationPlan | undefined {
  const rule = validation.rule ? planRule(validation.rule) : undefined;
  if (!rule) return undefined;
  const plan: ValidationPlan = {
    range: address,
    rule,
    allowBlank: validation.ignoreBlanks,
    error: {
      title: validation.errorAlert.title,
      text: validation.errorAlert.message,
      style: fromExcel(ALERT_TO_EXCEL, validation.errorAlert.style) ?? "stop",
    },
  };
  if (validation.prompt.showPrompt) plan.prompt = { title: validation.prompt.title, text: validation.prompt.message };
  return plan;
}

function cellBorder(borders: Excel.CellBorderCollection | undefined): BorderStyle | undefined {
  if (!borders) return undefined;
  const edges = [borders.top, borders.bottom, borders.left, borders.right];
  const kinds = edges.map((edge) => {
    if (!edge || edge.style === undefined || edge.style === "None") return "none";
    if (edge.style !== "Continuous") return "other";
    return edge.weight === "Medium" ? "medium" : edge.weight === "Thin" ? "thin" : "other";
  });
  const first = kinds[0];
  if (kinds.some((kind) => kind !== first) || first === "other" || first === "none") return undefined;
  return first;
}

function cellStyle(properties: Excel.CellProperties, numberFormat: unknown): CellStyle {
  const format = properties.format ?? {};
  const style: CellStyle = {};
  const font = format.font ?? {};
  if (font.name !== undefined) style.fontName = font.name;
  if (font.size !== undefined) style.fontSize = font.size;
  if (font.bold !== undefined) style.bold = font.bold;
  if (font.italic !== undefined) style.italic = font.italic;
  if (font.color !== undefined) style.fontColor = font.color;
  const fill = format.fill;
  // Office.js reports "no fill" as white; the pattern, where given, tells them apart.
  if (fill?.color !== undefined && fill.pattern !== "None" && fill.color.toUpperCase() !== "#FFFFFF") {
    style.fill = fill.color;
  }
  const horizontal = fromExcel(HORIZONTAL_TO_EXCEL, format.horizontalAlignment);
  if (horizontal) style.horizontalAlignment = horizontal;
  const vertical = fromExcel(VERTICAL_TO_EXCEL, format.verticalAlignment);
  if (vertical) style.verticalAlignment = vertical;
  if (format.wrapText !== undefined) style.wrapText = format.wrapText;
  if (typeof numberFormat === "string") style.numberFormat = numberFormat;
  if (format.protection?.locked !== undefined) style.locked = format.protection.locked;
  const border = cellBorder(format.borders);
  if (border) style.border = border;
  return style;
}

function planCell(value: unknown, formula: unknown): PlanCell {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return { formula };
  if (value === "" || value === null || value === undefined) return {};
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value };
  return { value: String(value) };
}

function planPrint(
  layout: Excel.PageLayout,
  titleRows: Excel.Range,
  footer: Excel.HeaderFooter,
): PrintPlan | undefined {
  if (layout.paperSize !== "A4") return undefined;
  const print: PrintPlan = {
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    paperSize: "A4",
    fitToWidth: layout.zoom.horizontalFitToPages === 1,
  };
  if (!titleRows.isNullObject) print.printTitleRows = titleRowsAddress(titleRows.address);
  const margins = {
    top: layout.topMargin,
    bottom: layout.bottomMargin,
    left: layout.leftMargin,
    right: layout.rightMargin,
    header: layout.headerMargin,
    footer: layout.footerMargin,
  };
  const isDefault = (Object.keys(margins) as (keyof typeof margins)[]).every(
    (key) => Math.abs(margins[key] - DEFAULT_MARGINS[key]) < 0.01,
  );
  if (!isDefault) {
    const inches = (points: number): number => Math.round((points / POINTS_PER_INCH) * 1000) / 1000;
    print.margins = {
      top: inches(margins.top),
      bottom: inches(margins.bottom),
      left: inches(margins.left),
      right: inches(margins.right),
      header: inches(margins.header),
      footer: inches(margins.footer),
    };
  }
  if (footer.centerFooter) print.centerFooter = footer.centerFooter;
  return print;
}

/** What sync 2 loads for one sheet. */
interface SheetLoads {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  frozen: Excel.Range;
  filter: Excel.Range;
  titleRows: Excel.Range;
  footer: Excel.HeaderFooter;
  formats: Excel.ConditionalFormatCollection;
}

/** What sync 3 loads for one sheet. */
interface CellLoads {
  cells: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  validations: { address: string; validation: Excel.DataValidation }[];
  tableRanges: Excel.Range[];
  formatRanges: Excel.Range[];
}

function queueSheetLoads(sheet: Excel.Worksheet): SheetLoads {
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
  const frozen = sheet.freezePanes.getLocationOrNullObject();
  frozen.load("rowCount,columnCount");
  sheet.tables.load("items/name,items/style,items/showBandedRows");
  const filter = sheet.autoFilter.getRangeOrNullObject();
  filter.load("address");
  sheet.protection.load("protected,options");
  sheet.pageLayout.load(
    "orientation,paperSize,zoom,topMargin,bottomMargin,leftMargin,rightMargin,headerMargin,footerMargin",
  );
  const titleRows = sheet.pageLayout.getPrintTitleRowsOrNullObject();
  titleRows.load("address");
  const footer = sheet.pageLayout.headersFooters.defaultForAllPages;
  footer.load("centerFooter");
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type,items/priority,items/stopIfTrue");
  return { sheet, used, frozen, filter, titleRows, footer, formats };
}

function queueCellLoads(loads: SheetLoads): CellLoads {
  const { sheet, used } = loads;
  const result: CellLoads = {
    cells: null,
    columns: null,
    rows: null,
    validations: [],
    tableRanges: sheet.tables.items.map((table) => table.getRange().load("address")),
    formatRanges: [],
  };
  for (const format of loads.formats.items) {
    result.formatRanges.push(format.getRange().load("address"));
    if (format.type === "Custom") {
      format.custom.rule.load("formula");
      format.custom.format.fill.load("color");
      format.custom.format.font.load("color,bold");
    } else if (format.type === "DataBar") {
      format.dataBar.load("lowerBoundRule,upperBoundRule");
      format.dataBar.positiveFormat.load("fillColor");
    }
  }
  if (used.isNullObject) return result;
  result.cells = used.getCellProperties(CELL_PROPERTIES);
  const lastColumn = used.columnIndex + used.columnCount;
  result.columns = sheet
    .getRangeByIndexes(0, 0, 1, lastColumn)
    .getColumnProperties({ columnHidden: true, format: { columnWidth: true } });
  result.rows = used.getRowProperties({ rowIndex: true, format: { rowHeight: true } });
  // Excel keeps no list of validated ranges, so every cell of the used range is asked (in the same sync).
  for (let r = 0; r < used.rowCount; r++) {
    for (let c = 0; c < used.columnCount; c++) {
      const validation = used.getCell(r, c).dataValidation;
      validation.load("rule,ignoreBlanks,prompt,errorAlert");
      result.validations.push({ address: rangeAddress(used.rowIndex + r, used.columnIndex + c, 1, 1), validation });
    }
  }
  return result;
}

function describeCells(loads: SheetLoads, cellLoads: CellLoads, plan: SheetPlan): void {
  const { used } = loads;
  if (used.isNullObject || !cellLoads.cells || !cellLoads.columns || !cellLoads.rows) return;
  const cells: PlanCell[][] = used.values.map((row, r) => row.map((value, c) => planCell(value, used.formulas[r][c])));
  plan.blocks.push({ row: used.rowIndex, col: used.columnIndex, cells });
  const styles: StyledRange[] = [];
  cellLoads.cells.value.forEach((row, r) =>
    row.forEach((properties, c) => {
      const range = rangeAddress(used.rowIndex + r, used.columnIndex + c, 1, 1);
      styles.push({ range, style: cellStyle(properties, used.numberFormat[r][c]) });
    }),
  );
  plan.styles = styles;
  plan.columns = cellLoads.columns.value.map((column) => {
    const described: SheetPlan["columns"][number] = { width: columnWidthFromPoints(column.format?.columnWidth ?? 0) };
    if (column.columnHidden) described.hidden = true;
    return described;
  });
  plan.rowHeights = cellLoads.rows.value.map((row, index) => ({
    row: row.rowIndex ?? used.rowIndex + index,
    height: row.format?.rowHeight ?? 0,
  }));
  const perCell = cellLoads.validations.map(({ address, validation }) => planValidation(address, validation));
  plan.validations = groupValidations(perCell.filter((validation) => validation !== undefined));
}

function describeFormats(loads: SheetLoads, cellLoads: CellLoads, plan: SheetPlan): void {
  loads.formats.items.forEach((format, index) => {
    const range = localAddress(cellLoads.formatRanges[index].address);
    if (format.type === "Custom") {
      const style: ConditionalFormatPlan["style"] = {};
      const { fill, font } = format.custom.format;
      if (fill.color) style.fill = fill.color;
      if (font.color) style.fontColor = font.color;
      if (font.bold) style.bold = true;
      plan.conditionalFormats.push({
        range,
        formula: format.custom.rule.formula,
        style,
        priority: format.priority,
        stopIfTrue: format.stopIfTrue,
      });
    } else if (format.type === "DataBar") {
      const bar: DataBarPlan = { range, color: format.dataBar.positiveFormat.fillColor };
      const { lowerBoundRule, upperBoundRule } = format.dataBar;
      if (lowerBoundRule.type === "Number") bar.min = boundNumber(lowerBoundRule.formula, false);
      if (upperBoundRule.type === "Number") bar.max = boundNumber(upperBoundRule.formula, false);
      plan.dataBars.push(bar);
    }
  });
}

function describeSheet(loads: SheetLoads, cellLoads: CellLoads): SheetPlan {
  const { sheet, frozen, filter } = loads;
  const plan: SheetPlan = {
    name: sheet.name,
    blocks: [],
    styles: [],
    columns: [],
    rowHeights: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    dataBars: [],
  };
  if (sheet.tabColor) plan.tabColor = sheet.tabColor;
  if (sheet.visibility !== "Visible") plan.hidden = true;
  describeCells(loads, cellLoads, plan);
  if (!frozen.isNullObject) {
    const rows = frozen.rowCount >= MAX_ROWS ? 0 : frozen.rowCount;
    const columns = frozen.columnCount >= MAX_COLUMNS ? 0 : frozen.columnCount;
    if (rows > 0 || columns > 0) plan.freeze = { rows, columns };
  }
  plan.tables = sheet.tables.items.map((table, index): TablePlan => ({
    name: table.name,
    range: localAddress(cellLoads.tableRanges[index].address),
    style: table.style,
    showRowStripes: table.showBandedRows,
  }));
  if (!filter.isNullObject) plan.autoFilter = { range: localAddress(filter.address) };
  describeFormats(loads, cellLoads, plan);
  if (sheet.protection.protected) {
    const options = sheet.protection.options;
    plan.protection = {
      allowFormatColumns: options.allowFormatColumns === true,
      allowFormatRows: options.allowFormatRows === true,
      allowAutoFilter: options.allowAutoFilter === true,
      allowSort: options.allowSort === true,
    };
  }
  const print = planPrint(sheet.pageLayout, loads.titleRows, loads.footer);
  if (print) plan.print = print;
  return plan;
}

/** Describes the whole workbook (sheets in workbook order, then workbook-scope visible names) in three syncs. */
export async function describeWorkbook(context: Excel.RequestContext): Promise<WorkbookPlan> {
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  worksheets.load("items/name,items/visibility,items/tabColor");
  names.load("items/name,items/formula,items/comment,items/visible");
  await context.sync();

  const sheetLoads = worksheets.items.map(queueSheetLoads);
  await context.sync();

  const cellLoads = sheetLoads.map(queueCellLoads);
  await context.sync();

  return {
    // The format version lives in the workbook's own cells (docs/workbook-format.md), not in Excel's metadata.
    formatVersion: "",
    sheets: sheetLoads.map((loads, index) => describeSheet(loads, cellLoads[index])),
    names: names.items
      .filter((item) => item.visible)
      .map((item) => {
        const name: WorkbookPlan["names"][number] = { name: item.name, ref: normalizeRef(String(item.formula)) };
        if (item.comment) name.comment = item.comment;
        return name;
      }),
  };
}
