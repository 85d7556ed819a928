/**
 * Typed access to the parts of an exceljs Worksheet that exceljs 4.4 keeps but its type declarations
 * leave out (data validations, conditional formats, protection, tables, sheet order). Pinned to 4.4.0:
 * the adapter's round-trip tests fail loudly if a new version moves any of them.
 */
import type { ConditionalFormattingOptions, DataValidation, Worksheet, WorksheetProtection } from "exceljs";

export interface TableModel {
  name: string;
  displayName?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  style?: { theme?: string; showRowStripes?: boolean } | null;
  columns?: { name: string }[];
}

export interface WorksheetInternals {
  /** Keys are A1 addresses or ranges; a loaded range shares one object across all its cells. */
  dataValidations: {
    model: Record<string, DataValidation | undefined>;
    add(address: string, validation: DataValidation): void;
  };
  conditionalFormattings: ConditionalFormattingOptions[];
  sheetProtection:
    | (Partial<WorksheetProtection> & {
        sheet?: boolean;
        hashValue?: string;
        saltValue?: string;
        algorithmName?: string;
      })
    | null;
  tables: Record<string, { model?: TableModel; table?: TableModel }>;
  /** Position in the workbook's sheet order. */
  orderNo: number;
}

/** The same worksheet, seen with the members exceljs has but does not declare. */
export function worksheetInternals(ws: Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}
