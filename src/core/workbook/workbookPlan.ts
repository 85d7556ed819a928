/**
 * WorkbookPlan: a declarative description of a workbook. Core code builds it; the two writers
 * (src/excel for Office JS, src/xlsx for exceljs) turn it into a real workbook, so both produce the
 * same sheets, cells, formats, validation and conditional formats. Nothing here knows about either API.
 *
 * Coordinates are 0-based (row, col) in blocks, and A1 ranges (`"A1:D10"`) elsewhere, because A1 is
 * what both APIs take for styles, validation and conditional formats.
 */

/** A constant written into a cell. Dates are Excel serial numbers with a date number format. */
export type CellValue = string | number | boolean | null;

/**
 * One cell of a block. `formula` wins over `value`. A string `value` is always text, never a formula,
 * even when it starts with `=`, `+`, `-` or `@`: writers must keep it text.
 */
export interface PlanCell {
  value?: CellValue;
  /** An English-syntax formula starting with `=`, as Office JS `formulas` and exceljs take it. */
  formula?: string;
}

/** A rectangle of cells written in one go (one 2D write in Office JS). */
export interface CellBlock {
  row: number;
  col: number;
  cells: PlanCell[][];
}

export type HorizontalAlignment = "general" | "left" | "center" | "right" | "centerAcrossSelection";
export type VerticalAlignment = "top" | "middle" | "bottom";
export type BorderStyle = "thin" | "medium" | "none";

/** A cell style. Every field is optional; styles applied later to the same cell override earlier ones field by field. */
export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  /** `#RRGGBB` */
  fontColor?: string;
  /** `#RRGGBB` */
  fill?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  wrapText?: boolean;
  numberFormat?: string;
  /** `false` unlocks the cell for entry on a protected sheet. */
  locked?: boolean;
  /** Thin borders on every edge of every cell of the range. */
  border?: BorderStyle;
}

export interface StyledRange {
  /** A1 range on the sheet, e.g. `A1:Q1`. */
  range: string;
  style: CellStyle;
}

export interface ColumnPlan {
  /** Width in characters (Excel's column width unit). */
  width: number;
  hidden?: boolean;
}

export interface RowHeight {
  row: number;
  /** Points. */
  height: number;
}

/** Data validation, with Vietnamese-first input and error messages. */
export type ValidationRule =
  | { type: "list"; values: string[] }
  | { type: "decimal"; operator: "between" | "greaterThanOrEqual"; min: number; max?: number }
  | { type: "wholeNumber"; operator: "between" | "greaterThanOrEqual"; min: number; max?: number }
  | { type: "date"; operator: "between"; min: number; max: number }
  | { type: "textLength"; operator: "lessThanOrEqual"; max: number }
  /** A formula written for the range's top-left cell (relative refs move with the cell), true = valid. */
  | { type: "custom"; formula: string };

export interface ValidationPlan {
  range: string;
  rule: ValidationRule;
  allowBlank: boolean;
  prompt?: { title: string; text: string };
  error: { title: string; text: string; style: "stop" | "warning" | "information" };
}

/** A formula-driven conditional format: the formula is written for the range's top-left cell, as in Excel's UI. */
export interface ConditionalFormatPlan {
  range: string;
  formula: string;
  style: { fill?: string; fontColor?: string; bold?: boolean };
  /** Lower numbers are evaluated first. */
  priority: number;
  stopIfTrue: boolean;
}

/** A data bar over a numeric range (used by the summaries; LibreOffice and Excel both show them). */
export interface DataBarPlan {
  range: string;
  /** `#RRGGBB` */
  color: string;
  min?: number;
  max?: number;
}

/**
 * A native chart over a range of the same sheet. Only the Office JS writer draws charts: exceljs cannot write
 * them, so the .xlsx writer leaves them out (the summaries carry data bars, which both writers produce).
 */
export interface ChartPlan {
  /** A stacked bar: one bar per category (row), one coloured segment per series (column). */
  type: "barStacked";
  /** A1 range: the first column holds the categories, the first row the series names. */
  source: string;
  seriesBy: "columns" | "rows";
  title: string;
  /** The cells the chart covers, e.g. `A20` to `H40`. */
  position: { from: string; to: string };
  legend: "bottom" | "right" | "top" | "none";
}

export interface TablePlan {
  name: string;
  /** A1 range including the header row. */
  range: string;
  style: string;
  showRowStripes: boolean;
}

export interface AutoFilterPlan {
  range: string;
}

export interface ProtectionPlan {
  /** Empty string or absent: protected with no password, so staff can unprotect knowingly. */
  password?: string;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowAutoFilter: boolean;
  allowSort: boolean;
}

export interface PrintPlan {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  /** Rows repeated on every printed page, e.g. `$1:$4`. */
  printTitleRows?: string;
  fitToWidth: boolean;
  margins?: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Header/footer text, e.g. page numbers (`Trang &P/&N`). */
  centerFooter?: string;
}

export interface SheetPlan {
  name: string;
  /** `#RRGGBB` */
  tabColor?: string;
  blocks: CellBlock[];
  styles: StyledRange[];
  columns: ColumnPlan[];
  rowHeights: RowHeight[];
  freeze?: { rows: number; columns: number };
  tables: TablePlan[];
  autoFilter?: AutoFilterPlan;
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  dataBars: DataBarPlan[];
  /** Native charts (Office JS only; see ChartPlan). */
  charts?: ChartPlan[];
  protection?: ProtectionPlan;
  print?: PrintPlan;
  hidden?: boolean;
}

/** A workbook-scope defined name, e.g. `NgayBaoCao` → `'Thông tin'!$B$6`. */
export interface DefinedNamePlan {
  name: string;
  /** Absolute, sheet-qualified reference. */
  ref: string;
  comment?: string;
}

export interface WorkbookPlan {
  /** The workbook-format version (docs/workbook-format.md). */
  formatVersion: string;
  sheets: SheetPlan[];
  names: DefinedNamePlan[];
}

/** An empty sheet plan, so builders only state what they use. */
export function emptySheet(name: string): SheetPlan {
  return {
    name,
    blocks: [],
    styles: [],
    columns: [],
    rowHeights: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    dataBars: [],
  };
}
