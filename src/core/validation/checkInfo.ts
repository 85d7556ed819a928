/**
 * Checks the `Thông tin` values the statuses depend on: a known period code, a level label for a named
 * unit, an as-of date that is a date inside the plan year, a plan year that matches the period, the
 * framework and format versions, and the formulas of the computed items.
 */
import { isoToSerial } from "../dates/excelDate";
import type { Framework } from "../framework/types";
import * as msg from "../messages/validation";
import { PeriodCodeError, parsePeriod } from "../status/periods";
import { INFO_NAMES, LEVEL_LABELS, SHEET, WORKBOOK_FORMAT_VERSION, type InfoName } from "../workbook/layout";
import { isErrorValue } from "../workbook/workbookSnapshot";
import { isBlankValue, shownText, showDate } from "./checkEntryCell";
import type { FindingSink } from "./findingSink";
import type { TrackingWorkbook } from "./trackingWorkbook";

/** Items every workbook must fill in (DonVi may be blank: the whole-plan workbook). */
const REQUIRED: readonly InfoName[] = [
  "KyBaoCao",
  "NgayBaoCao",
  "NamKeHoach",
  "MaKhung",
  "PhienBanKhung",
  "PhienBanDinhDang",
];
/** Items that hold formulas in the workbook format. */
const COMPUTED: readonly InfoName[] = ["NgayDauNam", "NgayCuoiNam", "DanhGiaMoiDong"];

export type FrameworkMatch = "same" | "otherVersion" | "otherFramework" | "unknown";

/**
 * Flags missing and invalid `Thông tin` values; returns how the workbook's framework relates to the
 * framework given (only `same` lets the framework columns be compared).
 */
export function checkInfo(
  tracking: TrackingWorkbook,
  framework: Framework | undefined,
  sink: FindingSink,
): FrameworkMatch {
  const { info } = tracking;
  const cells = info.cells;
  const fallbackSheet = tracking.sheets.info ?? SHEET.info;
  const at = (name: InfoName) => ({
    sheet: cells[name].sheet ?? fallbackSheet,
    address: cells[name].address,
    id: null,
  });
  const label = (name: InfoName) => INFO_NAMES.find((n) => n.name === name) ?? { label: name, english: name };
  // With no `Thông tin` sheet and no usable defined names, the missing sheet is the one finding to give.
  const located = INFO_NAMES.some((n) => cells[n.name].address !== null);
  if (!located) return "unknown";

  const missing = (name: InfoName) =>
    sink.add("info.missing", msg.infoMissing, at(name), { label: label(name).label, english: label(name).english });
  for (const name of REQUIRED) if (isBlankValue(cells[name])) missing(name);

  if (info.unit !== null && info.levelLabel === null) missing("CapDonVi");
  if (info.levelLabel !== null && info.level === null) {
    sink.add("info.invalid", msg.infoLevelInvalid, at("CapDonVi"), {
      text: info.levelLabel,
      labels: Object.values(LEVEL_LABELS).join(" / "),
    });
  }

  let periodYear: number | null = null;
  if (info.period !== null) {
    try {
      periodYear = parsePeriod(info.period).year;
    } catch (error) {
      const detail = error instanceof PeriodCodeError ? error.userMessage : { vi: String(error), en: String(error) };
      sink.add(
        "info.invalid",
        msg.infoPeriodInvalid,
        at("KyBaoCao"),
        {},
        { vi: { detailVi: detail.vi }, en: { detailEn: detail.en } },
      );
    }
  }

  const yearCell = cells.NamKeHoach;
  if (!isBlankValue(yearCell) && info.year === null) {
    sink.add("info.invalid", msg.infoYearInvalid, at("NamKeHoach"), { text: shownText(yearCell) });
  } else if (info.year !== null && periodYear !== null && info.year !== periodYear) {
    sink.add("info.invalid", msg.infoYearPeriodMismatch, at("NamKeHoach"), {
      year: info.year,
      period: info.period ?? "",
    });
  }

  const asOfCell = cells.NgayBaoCao;
  if (!isBlankValue(asOfCell)) {
    if (info.asOf === null || typeof asOfCell.value === "boolean" || isErrorValue(asOfCell.value)) {
      sink.add("info.invalid", msg.infoAsOfNotDate, at("NgayBaoCao"), { text: shownText(asOfCell) });
    } else {
      if (typeof asOfCell.value === "string") {
        sink.add("info.invalid", msg.infoAsOfText, at("NgayBaoCao"), {
          text: shownText(asOfCell),
          date: showDate(isoToSerial(info.asOf)),
          isoDate: info.asOf,
        });
      }
      const year = info.year ?? periodYear;
      if (year !== null && Number(info.asOf.slice(0, 4)) !== year) {
        sink.add("info.invalid", msg.infoAsOfOutsideYear, at("NgayBaoCao"), {
          date: showDate(isoToSerial(info.asOf)),
          isoDate: info.asOf,
          year,
        });
      }
    }
  }

  for (const name of COMPUTED) {
    const cell = cells[name];
    if (cell.address !== null && cell.formula === undefined) {
      sink.add("structure.formulaRemoved", msg.structureFormulaRemoved, at(name), {
        column: label(name).label,
        text: shownText(cell) || "—",
      });
    }
  }

  if (info.formatVersion !== null && info.formatVersion !== WORKBOOK_FORMAT_VERSION) {
    sink.add("info.formatVersion", msg.infoFormatVersion, at("PhienBanDinhDang"), {
      actual: info.formatVersion,
      expected: WORKBOOK_FORMAT_VERSION,
    });
  }

  if (!framework || info.frameworkId === null) return "unknown";
  if (info.frameworkId !== framework.id) {
    sink.add("info.frameworkUnknown", msg.infoFrameworkUnknown, at("MaKhung"), {
      actual: info.frameworkId,
      expected: framework.id,
    });
    return "otherFramework";
  }
  if (info.frameworkVersion !== framework.version) {
    if (info.frameworkVersion !== null) {
      sink.add("info.frameworkVersion", msg.infoFrameworkVersion, at("PhienBanKhung"), {
        actual: info.frameworkVersion,
        expected: framework.version,
      });
    }
    return "otherVersion";
  }
  return "same";
}
