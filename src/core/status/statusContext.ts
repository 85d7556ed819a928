/**
 * What the rules need to know about the workbook as a whole: the as-of date, the plan year's bounds
 * and whether every row is judged. In the workbook these are the defined names NgayBaoCao,
 * NgayDauNam, NgayCuoiNam (and a blank DonVi for judgeAll).
 */
import { dateToSerial, isoToSerial } from "../dates/excelDate";
import { parsePeriod, type Period } from "./periods";

export interface StatusContext {
  /** The as-of date (Ngày chốt số liệu), an Excel serial. */
  asOf: number;
  /** 1 January of the plan year, an Excel serial. */
  yearStart: number;
  /** 31 December of the plan year, an Excel serial. */
  yearEnd: number;
  /** True when the workbook has no unit (the coordinator's whole-plan view): every row is judged. */
  judgeAll: boolean;
}

/**
 * The context of a workbook for a period: the as-of date defaults to the period's cut-off date
 * (14/03, 14/06, 14/09, 14/12), the plan year is the period's year.
 */
export function statusContext(period: Period | string, options: { judgeAll: boolean; asOf?: string }): StatusContext {
  const p = typeof period === "string" ? parsePeriod(period) : period;
  return {
    asOf: isoToSerial(options.asOf ?? p.cutOff),
    yearStart: dateToSerial(p.year, 1, 1),
    yearEnd: dateToSerial(p.year, 12, 31),
    judgeAll: options.judgeAll,
  };
}
