import { GridRect } from "./gridRect";

/** Worksheet protection as Excel keeps it; every option is explicit (Excel's defaults are all false). */
export interface ProtectionRecord {
  protected: boolean;
  options: Required<Omit<Excel.WorksheetProtectionOptions, "selectionMode">> & { selectionMode: string };
  /** The password given to protect(); null when protected without one. */
  password: string | null;
}

export function defaultProtection(): ProtectionRecord {
  return {
    protected: false,
    password: null,
    options: {
      allowAutoFilter: false,
      allowDeleteColumns: false,
      allowDeleteRows: false,
      allowEditObjects: false,
      allowEditScenarios: false,
      allowFormatCells: false,
      allowFormatColumns: false,
      allowFormatRows: false,
      allowInsertColumns: false,
      allowInsertHyperlinks: false,
      allowInsertRows: false,
      allowPivotTables: false,
      allowSort: false,
      selectionMode: "Normal",
    },
  };
}

/** The format a conditional format applies; null = not set by the rule. */
export interface ConditionalFormatStyle {
  fill: { color: string | null };
  font: {
    color: string | null;
    bold: boolean | null;
    italic: boolean | null;
    strikethrough: boolean | null;
    underline: string | null;
  };
  numberFormat: string | null;
}

/** A data bar's bar and bounds (ConditionalFormatRuleType values, with a formula for Number/Percent/…). */
export interface DataBarRecord {
  fillColor: string;
  borderColor: string;
  gradientFill: boolean;
  lowerBoundRule: { type: string; formula?: string };
  upperBoundRule: { type: string; formula?: string };
  barDirection: string;
  showDataBarOnly: boolean;
}

/** A new data bar as Excel adds it: blue gradient bars, automatic bounds. */
export function defaultDataBar(): DataBarRecord {
  return {
    fillColor: "#638EC6",
    borderColor: "#638EC6",
    gradientFill: true,
    lowerBoundRule: { type: "Automatic" },
    upperBoundRule: { type: "Automatic" },
    barDirection: "Context",
    showDataBarOnly: false,
  };
}

export interface ConditionalFormatRecord {
  readonly id: string;
  rect: GridRect;
  /** Excel.ConditionalFormatType value: "Custom", "CellValue" or "DataBar" (the types the fake models). */
  readonly type: string;
  stopIfTrue: boolean;
  /** Custom: { formula }; CellValue: { formula1, formula2?, operator }. */
  rule: { formula?: string; formula1?: string; formula2?: string; operator?: string };
  format: ConditionalFormatStyle;
  /** DataBar only. */
  dataBar?: DataBarRecord;
}

export function emptyConditionalStyle(): ConditionalFormatStyle {
  return {
    fill: { color: null },
    font: { color: null, bold: null, italic: null, strikethrough: null, underline: null },
    numberFormat: null,
  };
}

/**
 * A data validation rule as written, normalised: exactly one criterion key (as in Excel.DataValidationRule);
 * Range arguments are stored as their absolute, sheet-qualified address prefixed with "=".
 */
export interface BasicValidationRecord {
  formula1: string | number;
  formula2?: string | number;
  operator: string;
}

export type DataValidationRuleRecord =
  | { list: { inCellDropDown: boolean; source: string } }
  | { custom: { formula: string } }
  | { decimal: BasicValidationRecord }
  | { wholeNumber: BasicValidationRecord }
  | { textLength: BasicValidationRecord }
  | { date: BasicValidationRecord }
  | { time: BasicValidationRecord };

export interface DataValidationRecord {
  rect: GridRect;
  rule: DataValidationRuleRecord | null;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

export function defaultDataValidation(rect: GridRect): DataValidationRecord {
  return {
    rect,
    rule: null,
    errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },
    prompt: { message: "", showPrompt: false, title: "" },
    ignoreBlanks: true,
  };
}

export interface TableRecord {
  readonly id: string;
  name: string;
  sheetId: string;
  rect: GridRect;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export interface NamedItemRecord {
  name: string;
  /** null for workbook scope, else the id of the sheet the name belongs to. */
  scopeSheetId: string | null;
  /** Set when the name refers to a plain range, so the formula follows sheet renames like Excel's does. */
  reference: { sheetId: string; rect: GridRect } | null;
  /** The formula text when the name is not a plain range reference (a constant or an expression). */
  formulaText: string | null;
  comment: string;
  visible: boolean;
}

export interface ChartRecord {
  readonly id: string;
  name: string;
  type: string;
  /** The source data's sheet-qualified address at the time of charts.add. */
  source: string;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  top: number;
  left: number;
  width: number;
  height: number;
  /** Cells passed to setPosition, as addresses; null until it is called. */
  position: { startCell: string; endCell: string | null } | null;
}

export interface PageLayoutRecord {
  orientation: string;
  paperSize: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  firstPageNumber: number | "";
  printOrder: string;
  printComments: string;
  printErrors: string;
  zoom: Excel.PageLayoutZoomOptions;
  /** Absolute whole-row address such as "$1:$3", or null. */
  printTitleRows: string | null;
  /** Absolute whole-column address such as "$A:$B", or null. */
  printTitleColumns: string | null;
  /** Absolute address of the print area, or null for the whole used range. */
  printArea: string | null;
  headerFooter: {
    leftHeader: string;
    centerHeader: string;
    rightHeader: string;
    leftFooter: string;
    centerFooter: string;
    rightFooter: string;
  };
}

/** Excel's defaults for a new sheet (Letter paper, "Normal" margins in points). */
export function defaultPageLayout(): PageLayoutRecord {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: "",
    printOrder: "DownThenOver",
    printComments: "NoComments",
    printErrors: "AsDisplayed",
    zoom: { scale: 100 },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    headerFooter: {
      leftHeader: "",
      centerHeader: "",
      rightHeader: "",
      leftFooter: "",
      centerFooter: "",
      rightFooter: "",
    },
  };
}
