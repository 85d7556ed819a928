/**
 * The header block of the printable report in the form of Decree 30/2020/NĐ-CP: the issuing body under its
 * governing body, the document number with the body's abbreviation, and the place and date line.
 */
import { formatMessage } from "../messages/message";
import { report } from "../messages/summary";
import type { TrackingInfo, UnitRow } from "../validation/trackingWorkbook";
import { matchKey } from "../text/matchKey";
import { normalizeText } from "../text/normalizeText";
import type { WorkbookSnapshot } from "../workbook/workbookSnapshot";

export interface ReportHeading {
  /**
   * The line above the issuing body: its governing body (`UBND TỈNH HÀ TĨNH`, not bold), or for a people's
   * committee the first half of its own name (`ỦY BAN NHÂN DÂN`, bold).
   */
  parent: string;
  parentBold: boolean;
  /** The issuing body, upper case (`SỞ NỘI VỤ`, `SỞ TƯ PHÁP`, `UBND HUYỆN ĐỨC THỌ`). */
  body: string;
  /** The abbreviation after `/BC-` (`SNV`, `STP`, `UBND`). */
  code: string;
  /** The place of the date line (`Hà Tĩnh`, `Đức Thọ`), or dots to fill in by hand. */
  place: string;
  /** True for the coordinator's whole-plan workbook (Sở Nội vụ reports to the province). */
  wholePlan: boolean;
}

/** What stands for a name nobody could work out: dots, filled in by hand on the printout. */
export const BLANK_NAME = "……………";

const PROVINCE = /(?:^|[\s,(])(?:tỉnh|Tỉnh|TỈNH)\s+((?:\p{Lu}[\p{Ll}\p{M}]*)(?:(?: - | |-)\p{Lu}[\p{Ll}\p{M}]*)*)/u;
const COMMITTEE = /^(?:ubnd|uy ban nhan dan)\s+(?=(?:huyen|thi xa|thanh pho|tp\.?|tx\.?|xa|phuong|thi tran)\s)/;
const LOCAL_PREFIX = /^(?:ubnd|uy ban nhan dan)\s+(?:huyen|thi xa|thanh pho|tp\.?|tx\.?|xa|phuong|thi tran)\s+/;

const upper = (text: string) => text.toLocaleUpperCase("vi");

/**
 * The province the workbook belongs to, from the framework title written in the workbook (`… tỉnh Hà Tĩnh
 * năm 2024` in `Thông tin` or under an entry sheet's title); null when no text names one.
 */
export function provinceOf(snapshot: WorkbookSnapshot): string | null {
  for (const sheet of snapshot.sheets) {
    const rows = sheet.name === "Thông tin" ? sheet.rows : sheet.rows.slice(0, 3);
    for (const row of rows) {
      for (const cell of row) {
        if (typeof cell.value !== "string") continue;
        const match = PROVINCE.exec(normalizeText(cell.value));
        if (match) return match[1];
      }
    }
  }
  return null;
}

/** The body's abbreviation: an all-capitals short name from the units list, `UBND`, or the initials. */
function codeOf(name: string, aliases: string[]): string {
  const short = aliases.find((a) => /^[\p{Lu}&]{2,10}$/u.test(a.trim()));
  if (short) return short.trim();
  if (/^(ubnd|uy ban nhan dan)\b/.test(matchKey(name))) return "UBND";
  const initials = normalizeText(name)
    .split(" ")
    .filter((w) => w !== "" && matchKey(w) !== "va")
    .map((w) => upper(w.charAt(0)))
    .join("");
  return initials || BLANK_NAME;
}

/** `UBND huyện Đức Thọ` → `Đức Thọ`: the place a local unit dates its documents from. */
function localPlace(name: string): string {
  const text = normalizeText(name);
  const match = LOCAL_PREFIX.exec(matchKey(text));
  return match ? text.slice(match[0].length) : text;
}

/**
 * The header of the report for the workbook's unit: a provincial department under `UBND TỈNH <province>`,
 * a district or commune people's committee as `ỦY BAN NHÂN DÂN` over its place (`HUYỆN ĐỨC THỌ`), and for the
 * whole-plan workbook Sở Nội vụ under the province.
 */
export function reportHeading(info: TrackingInfo, units: UnitRow[], province: string | null): ReportHeading {
  const provinceName = province ?? BLANK_NAME;
  const parent = formatMessage(report.provinceCommittee, { province: upper(provinceName) }).vi;
  if (info.unit === null) {
    return {
      parent,
      parentBold: false,
      body: report.coordinator.vi,
      code: "SNV",
      place: provinceName,
      wholePlan: true,
    };
  }
  const known = units.find((u) => matchKey(u.name) === matchKey(info.unit ?? ""));
  const code = codeOf(info.unit, known?.aliases ?? []);
  const name = normalizeText(info.unit);
  const committee = COMMITTEE.exec(matchKey(name));
  if (committee) {
    // A people's committee is named on two bold lines: ỦY BAN NHÂN DÂN / HUYỆN ĐỨC THỌ.
    const own = name.slice(committee[0].length);
    return {
      parent: report.peoplesCommittee.vi,
      parentBold: true,
      body: upper(own),
      code,
      place: localPlace(name),
      wholePlan: false,
    };
  }
  return { parent, parentBold: false, body: upper(info.unit), code, place: provinceName, wholePlan: false };
}
