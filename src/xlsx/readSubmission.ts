/**
 * Reads a unit's returned workbook for consolidation: the bytes are sized and sniffed like openXlsx does
 * (not an .xlsx, password-protected, damaged, too large), then only the entry sheets (`Thông tin`,
 * `Khung nhiệm vụ`, `Chỉ tiêu`, `Danh mục đơn vị`) are read, by the fast XML reader; exceljs is the
 * fallback when the fast reader meets something it cannot read, and the reference it is tested against.
 * Never throws for a bad file: the reading carries a reason and a bilingual message naming the file.
 */
import type { ReadFailureReason, SubmissionReading } from "../core/consolidation/submission";
import { formatMessage, type Message } from "../core/messages/message";
import * as xlsxMessages from "../core/messages/xlsx";
import { matchKey } from "../core/text/matchKey";
import { SHEET } from "../core/workbook/layout";
import type { WorkbookSnapshot } from "../core/workbook/workbookSnapshot";
import { compoundFileNames, isCompoundFile } from "./compoundFileNames";
import { countSheetCells } from "./countSheetCells";
import { DEFAULT_XLSX_LIMITS, openXlsx, type XlsxLimits } from "./openXlsx";
import { readEntrySheets, type PartReader } from "./readEntrySheets";
import { workbookParts, type WorkbookParts } from "./sheetParts";
import { ZipArchive, ZipTooLargeError } from "./zipArchive";

export type SubmissionEngine = "fast" | "exceljs";

export interface ReadSubmissionOptions {
  /** `fast` (default): the XML reader, with exceljs as the fallback; `exceljs`: exceljs only. */
  engine?: SubmissionEngine;
  limits?: XlsxLimits;
  /** Sheets to keep, by name (compared case- and diacritic-insensitively); default ENTRY_SHEETS. */
  sheets?: readonly string[];
}

/**
 * The sheets consolidation reads from a returned workbook. A unit's own `Danh mục đơn vị` is not among
 * them: consolidation goes by the consolidating workbook's list (read with `sheets: [SHEET.units]`).
 */
export const ENTRY_SHEETS: readonly string[] = [SHEET.info, SHEET.activities, SHEET.targets];

const ENCRYPTED_STREAMS = ["EncryptionInfo", "EncryptedPackage"];
const XLS_STREAMS = ["Workbook", "Book"];

type Failure = { ok: false; reason: ReadFailureReason; message: Message };

function fail(reason: ReadFailureReason, message: Message, params: Record<string, string | number>): Failure {
  return { ok: false, reason, message: formatMessage(message, params) };
}

function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || "unknown error";
}

function compoundFailure(bytes: Uint8Array, file: string): Failure {
  let names: string[];
  try {
    names = compoundFileNames(bytes);
  } catch {
    // A damaged directory: look for the stream names anywhere in the file (UTF-16, at either byte parity).
    const decoder = new TextDecoder("utf-16le");
    const text = decoder.decode(bytes) + decoder.decode(bytes.subarray(1));
    names = [...ENCRYPTED_STREAMS, ...XLS_STREAMS].filter((n) => text.includes(n));
  }
  if (names.some((n) => ENCRYPTED_STREAMS.includes(n))) return fail("encrypted", xlsxMessages.encrypted, { file });
  if (names.some((n) => XLS_STREAMS.includes(n))) return fail("notXlsx", xlsxMessages.legacyXls, { file });
  return fail("notXlsx", xlsxMessages.notXlsx, { file });
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = new TextDecoder("utf-8").decode(head);
  const bad = [...text].filter((ch) => ch === "\uFFFD" || (ch < " " && !"\t\n\r\f".includes(ch))).length;
  return bad <= text.length / 50;
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1).replace(".", ",");
}

/**
 * Sniffs and measures the bytes the way openXlsx does, without parsing any sheet: returns the archive
 * and its parts, or why the file is unusable.
 */
export function inspectSubmission(
  bytes: Uint8Array,
  file: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): { ok: true; zip: ZipArchive; parts: WorkbookParts; read: PartReader } | Failure {
  if (bytes.byteLength === 0) return fail("notXlsx", xlsxMessages.emptyFile, { file });
  if (bytes.byteLength > limits.maxBytes) {
    return fail("tooLarge", xlsxMessages.tooLargeBytes, {
      file,
      sizeMb: megabytes(bytes.byteLength),
      limitMb: megabytes(limits.maxBytes),
    });
  }
  if (isCompoundFile(bytes)) return compoundFailure(bytes, file);
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail("notXlsx", looksLikeText(bytes) ? xlsxMessages.textFile : xlsxMessages.notXlsx, { file });
  }
  let zip: ZipArchive;
  try {
    zip = ZipArchive.read(bytes);
  } catch (error) {
    return fail("corrupted", xlsxMessages.corrupted, { file, detail: detailOf(error) });
  }
  try {
    if (zip.has("mimetype") && zip.readText("mimetype", 1024).includes("opendocument")) {
      return fail("notXlsx", xlsxMessages.openDocument, { file });
    }
    const parts = workbookParts(zip);
    if (!parts) {
      return fail("notXlsx", zip.has("xl/workbook.bin") ? xlsxMessages.binaryXlsb : xlsxMessages.notXlsx, { file });
    }
    const declared = zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > limits.maxUnpackedBytes) {
      const biggest = [...zip.entries].sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0];
      return fail("tooLarge", xlsxMessages.tooLargeUnpacked, { file, part: biggest?.name ?? "" });
    }
    let cells = 0;
    // Sheets are inflated once: counted here, then read from this cache.
    const inflated = new Map<string, Uint8Array>();
    for (const sheet of parts.sheets) {
      if (!zip.has(sheet.path)) continue;
      const xml = zip.read(sheet.path, limits.maxPartBytes);
      inflated.set(sheet.path, xml);
      cells += countCells(xml, limits.maxCells - cells);
      if (cells > limits.maxCells) {
        return fail("tooLarge", xlsxMessages.tooLargeCells, {
          file,
          sheet: sheet.name,
          limit: String(limits.maxCells).replace(/\B(?=(\d{3})+(?!\d))/g, "."),
        });
      }
    }
    const read: PartReader = (path) =>
      inflated.get(path) ?? (zip.has(path) ? zip.read(path, limits.maxPartBytes) : null);
    return { ok: true, zip, parts, read };
  } catch (error) {
    if (error instanceof ZipTooLargeError) {
      return fail("tooLarge", xlsxMessages.tooLargeUnpacked, { file, part: error.entryName });
    }
    return fail("corrupted", xlsxMessages.corrupted, { file, detail: detailOf(error) });
  }
}

/**
 * The number of cells in worksheet XML, capped at `limit + 1`: a native byte search for `<c` where the
 * sheet uses no namespace prefix (what every spreadsheet application writes), else countSheetCells.
 */
export function countCells(xml: Uint8Array, limit: number): number {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  if (bytes.indexOf(":sheetData") >= 0) return countSheetCells(xml, limit);
  let count = 0;
  let at = bytes.indexOf("<c");
  while (at >= 0) {
    const next = bytes[at + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) {
      if (++count > limit) break;
    }
    at = bytes.indexOf("<c", at + 2);
  }
  return count;
}

function selector(sheets: readonly string[]): (name: string) => boolean {
  const keys = new Set(sheets.map(matchKey));
  return (name) => keys.has(matchKey(name));
}

async function readWithExceljs(
  bytes: Uint8Array,
  file: string,
  limits: XlsxLimits,
  keep: (name: string) => boolean,
): Promise<SubmissionReading> {
  const opened = await openXlsx(bytes, file, limits);
  if (!opened.ok) return { ok: false, reason: opened.reason, message: opened.message };
  try {
    const snapshot: WorkbookSnapshot = await opened.adapter.readSnapshot();
    return { ok: true, snapshot: { sheets: snapshot.sheets.filter((s) => keep(s.name)), names: snapshot.names } };
  } catch (error) {
    return fail("corrupted", xlsxMessages.corrupted, { file, detail: detailOf(error) });
  }
}

/**
 * Reads a returned workbook's entry sheets into a snapshot, or says why it cannot: `notXlsx`,
 * `encrypted`, `corrupted` or `tooLarge` (over 20 MB or 1,000,000 cells by default). Usable as the
 * consolidation's SubmissionReader.
 */
export async function readSubmission(
  bytes: Uint8Array,
  file: string,
  options: ReadSubmissionOptions = {},
): Promise<SubmissionReading> {
  const limits = options.limits ?? DEFAULT_XLSX_LIMITS;
  const keep = selector(options.sheets ?? ENTRY_SHEETS);
  if (options.engine === "exceljs") return readWithExceljs(bytes, file, limits, keep);
  const inspected = inspectSubmission(bytes, file, limits);
  if (!inspected.ok) return inspected;
  try {
    return {
      ok: true,
      snapshot: readEntrySheets(inspected.read, inspected.parts, keep),
    };
  } catch (error) {
    if (error instanceof ZipTooLargeError) {
      return fail("tooLarge", xlsxMessages.tooLargeUnpacked, { file, part: error.entryName });
    }
    // Something the fast reader does not know: exceljs has the last word.
    return readWithExceljs(bytes, file, limits, keep);
  }
}
