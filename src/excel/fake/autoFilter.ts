import { formatAddress } from "./address";
import { FakeClientObject, Readers } from "./clientObject";
import { officeError } from "./fakeOfficeError";
import { FakeRange } from "./range";
import { resolveRangeArgument } from "./rangeTarget";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";

interface AutoFilterSnapshot {
  enabled: boolean;
  isDataFiltered: boolean;
}

/**
 * Excel.AutoFilter of a worksheet (ExcelApi 1.9): one filtered range per sheet. Modelled: apply(range) without
 * criteria, remove(), getRange / getRangeOrNullObject, enabled; applying or removing on a protected sheet needs
 * allowAutoFilter. Not modelled: criteria (apply with a column index fails as not modelled), filtering rows out.
 */
export class FakeAutoFilter extends FakeClientObject<AutoFilterSnapshot, FakeSheetState> {
  readonly typeName = "AutoFilter";
  readonly kind = "worksheet.autoFilter";
  protected readonly readers: Readers<AutoFilterSnapshot, FakeSheetState> = {
    enabled: (sheet) => sheet.autoFilterRect !== null,
    isDataFiltered: () => false,
  };

  constructor(context: FakeRequestContext, locate: () => FakeSheetState) {
    super(context, locate);
  }

  protected override isLive(sheet: FakeSheetState): boolean {
    return !sheet.deleted;
  }

  protected override describe(sheet: FakeSheetState): { sheet?: string } {
    return { sheet: sheet.name };
  }

  get enabled(): boolean {
    return this.read("enabled");
  }
  get isDataFiltered(): boolean {
    return this.read("isDataFiltered");
  }

  apply(range: unknown, columnIndex?: unknown, criteria?: unknown): void {
    this.enqueueOp(
      "apply",
      (sheet, tx) => {
        const location = "AutoFilter.apply";
        if (columnIndex !== undefined || criteria !== undefined) {
          throw officeError("NotImplemented", location, "[fake-excel] not modelled: autofilter criteria");
        }
        const target = resolveRangeArgument(range, this.context, sheet, location);
        if (target.sheet !== sheet) throw officeError("InvalidArgument", location, "the range is on another sheet");
        sheet.assertAllowed("allowAutoFilter", location);
        tx.describe({ sheet: sheet.name, address: formatAddress(target.rect) });
        sheet.autoFilterRect = target.rect;
      },
      typeof range === "string" ? range : undefined,
    );
  }

  remove(): void {
    this.enqueueOp("remove", (sheet) => {
      sheet.assertAllowed("allowAutoFilter", "AutoFilter.remove");
      sheet.autoFilterRect = null;
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      if (sheet.autoFilterRect === null) throw officeError("ItemNotFound", "AutoFilter.getRange");
      return { sheet, rect: sheet.autoFilterRect };
    });
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        return sheet.autoFilterRect === null ? null : { sheet, rect: sheet.autoFilterRect };
      },
      "worksheet.autoFilter.getRangeOrNullObject",
    );
  }
}
