/**
 * Reads, straight from the archive, the few workbook features exceljs drops when it loads a file, so the
 * adapter can describe them and write them back on save.
 */
import { workbookParts } from "./sheetParts";
import { xmlAttributes } from "./xmlAttributes";
import type { ZipArchive } from "./zipArchive";

/** What exceljs cannot carry; kept beside its Workbook by the adapter. */
export interface XlsxExtras {
  /** Sheet name → priorities of its conditional-format rules that have stopIfTrue set. */
  stopIfTrue: Map<string, Set<number>>;
  /** Workbook-scope defined name → its comment. */
  nameComments: Map<string, string>;
}

const MAX_PART_BYTES = 256 * 1024 * 1024;

/** Empty extras, for a new workbook. */
export function emptyXlsxExtras(): XlsxExtras {
  return { stopIfTrue: new Map(), nameComments: new Map() };
}

/** Finds stopIfTrue rules and defined-name comments in an .xlsx archive. */
export function readXlsxExtras(zip: ZipArchive): XlsxExtras {
  const extras = emptyXlsxExtras();
  const parts = workbookParts(zip);
  if (!parts) return extras;
  const workbookXml = zip.readText(parts.workbook, MAX_PART_BYTES);
  for (const tag of workbookXml.match(/<(?:\w+:)?definedName\b[^>]*>/g) ?? []) {
    const a = xmlAttributes(tag);
    if (a.name !== undefined && a.comment !== undefined && a.comment !== "" && a.localSheetId === undefined) {
      extras.nameComments.set(a.name, a.comment);
    }
  }
  for (const sheet of parts.sheets) {
    if (!zip.has(sheet.path)) continue;
    const xml = zip.readText(sheet.path, MAX_PART_BYTES);
    const priorities = new Set<number>();
    // Only main-namespace rules: x14 extension rules (<x14:cfRule>) carry no priority of their own here.
    for (const tag of xml.match(/<cfRule\b[^>]*>/g) ?? []) {
      const a = xmlAttributes(tag);
      if ((a.stopIfTrue === "1" || a.stopIfTrue === "true") && a.priority !== undefined) {
        priorities.add(Number(a.priority));
      }
    }
    if (priorities.size > 0) extras.stopIfTrue.set(sheet.name, priorities);
  }
  return extras;
}
