/**
 * Opens an .xlsx that someone sent in (a unit's returned workbook, a framework file) without trusting
 * it: the file is sized, sniffed and measured before exceljs parses anything, and every failure comes
 * back as a reason code with a bilingual message naming the file, never as a thrown stack trace.
 */
import { formatMessage, type Message } from "../core/messages/message";
import * as xlsxMessages from "../core/messages/xlsx";
import { compoundFileNames, isCompoundFile } from "./compoundFileNames";
import { countSheetCells } from "./countSheetCells";
import { workbookParts } from "./sheetParts";
import { XlsxAdapter } from "./xlsxAdapter";
import { ZipArchive, ZipTooLargeError } from "./zipArchive";

export interface XlsxLimits {
  /** The file itself, checked before anything is read. */
  maxBytes: number;
  /** Cells over all worksheets, counted from the XML before parsing. */
  maxCells: number;
  /** Any one part once inflated, and all parts together: a zip bomb stops here. */
  maxPartBytes: number;
  maxUnpackedBytes: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxCells: 1_000_000,
  maxPartBytes: 256 * 1024 * 1024,
  maxUnpackedBytes: 512 * 1024 * 1024,
};

export type OpenXlsxFailureReason = "notXlsx" | "encrypted" | "corrupted" | "tooLarge";

export interface OpenXlsxFailure {
  ok: false;
  reason: OpenXlsxFailureReason;
  message: Message;
}

export interface OpenXlsxSuccess {
  ok: true;
  adapter: XlsxAdapter;
  /** Cells over all worksheets, as counted before parsing. */
  cellCount: number;
}

export type OpenXlsxResult = OpenXlsxSuccess | OpenXlsxFailure;

const ZIP_MAGIC = [0x50, 0x4b];
const ENCRYPTED_STREAMS = ["EncryptionInfo", "EncryptedPackage"];
const XLS_STREAMS = ["Workbook", "Book"];

function fail(
  reason: OpenXlsxFailureReason,
  message: Message,
  params: Record<string, string | number>,
): OpenXlsxFailure {
  return { ok: false, reason, message: formatMessage(message, params) };
}

/** One line of an error, without stack or file paths, to put in a message. */
function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || "unknown error";
}

/** What an OLE compound file holds: an encrypted OOXML package, an old .xls, or something else. */
function classifyCompoundFile(bytes: Uint8Array, file: string): OpenXlsxFailure {
  let names: string[];
  try {
    names = compoundFileNames(bytes);
  } catch {
    // A damaged directory: fall back to looking for the stream names anywhere in the file.
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf16le");
    const text1 = Buffer.from(bytes.buffer, bytes.byteOffset + 1, Math.max(0, bytes.byteLength - 1)).toString(
      "utf16le",
    );
    names = [...ENCRYPTED_STREAMS, ...XLS_STREAMS].filter((n) => text.includes(n) || text1.includes(n));
  }
  if (names.some((n) => ENCRYPTED_STREAMS.includes(n))) return fail("encrypted", xlsxMessages.encrypted, { file });
  if (names.some((n) => XLS_STREAMS.includes(n))) return fail("notXlsx", xlsxMessages.legacyXls, { file });
  return fail("notXlsx", xlsxMessages.notXlsx, { file });
}

/** Mostly printable UTF-8 without NUL bytes: a CSV, an HTML "xls" export, a note. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096));
  if (head.includes(0)) return false;
  const text = head.toString("utf8");
  const bad = [...text].filter((ch) => ch === "\uFFFD" || (ch < " " && !"\t\n\r\f".includes(ch))).length;
  return bad <= text.length / 50;
}

function sniff(bytes: Uint8Array, file: string, limits: XlsxLimits): OpenXlsxFailure | undefined {
  if (bytes.byteLength === 0) return fail("notXlsx", xlsxMessages.emptyFile, { file });
  if (bytes.byteLength > limits.maxBytes) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace(".", ",");
    return fail("tooLarge", xlsxMessages.tooLargeBytes, {
      file,
      sizeMb: mb(bytes.byteLength),
      limitMb: mb(limits.maxBytes),
    });
  }
  if (isCompoundFile(bytes)) return classifyCompoundFile(bytes, file);
  if (bytes.byteLength < 4 || bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) {
    return fail("notXlsx", looksLikeText(bytes) ? xlsxMessages.textFile : xlsxMessages.notXlsx, { file });
  }
  return undefined;
}

/** Checks the archive: readable, a spreadsheet package, within the size and cell limits. */
function inspectArchive(
  bytes: Uint8Array,
  file: string,
  limits: XlsxLimits,
): { failure: OpenXlsxFailure } | { cellCount: number } {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.read(bytes);
  } catch (error) {
    return { failure: fail("corrupted", xlsxMessages.corrupted, { file, detail: detailOf(error) }) };
  }
  try {
    if (zip.has("mimetype") && zip.readText("mimetype", 1024).includes("opendocument")) {
      return { failure: fail("notXlsx", xlsxMessages.openDocument, { file }) };
    }
    const parts = workbookParts(zip);
    if (!parts) {
      const reason = zip.has("xl/workbook.bin") ? xlsxMessages.binaryXlsb : xlsxMessages.notXlsx;
      return { failure: fail("notXlsx", reason, { file }) };
    }
    // Inflate every part once, capped: proves the data is intact and that nothing is a zip bomb.
    let unpacked = 0;
    for (const entry of zip.entries) {
      if (entry.name.endsWith("/")) continue;
      unpacked += zip.read(entry.name, Math.min(limits.maxPartBytes, limits.maxUnpackedBytes - unpacked)).length;
    }
    let cellCount = 0;
    for (const sheet of parts.sheets) {
      if (!zip.has(sheet.path)) continue;
      cellCount += countSheetCells(zip.read(sheet.path, limits.maxPartBytes), limits.maxCells - cellCount);
      if (cellCount > limits.maxCells) {
        return {
          failure: fail("tooLarge", xlsxMessages.tooLargeCells, {
            file,
            sheet: sheet.name,
            limit: String(limits.maxCells).replace(/\B(?=(\d{3})+(?!\d))/g, "."),
          }),
        };
      }
    }
    return { cellCount };
  } catch (error) {
    if (error instanceof ZipTooLargeError) {
      return { failure: fail("tooLarge", xlsxMessages.tooLargeUnpacked, { file, part: error.entryName }) };
    }
    return { failure: fail("corrupted", xlsxMessages.corrupted, { file, detail: detailOf(error) }) };
  }
}

/**
 * Opens untrusted .xlsx bytes. Returns the adapter, or why not: `notXlsx` (empty, text, .xls, .xlsb,
 * .ods or another format), `encrypted` (password to open), `corrupted` (bad archive or content),
 * `tooLarge` (bytes, cells or unpacked size over the limits).
 */
export async function openXlsx(
  bytes: Uint8Array,
  fileName: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<OpenXlsxResult> {
  const sniffed = sniff(bytes, fileName, limits);
  if (sniffed) return sniffed;
  const inspected = inspectArchive(bytes, fileName, limits);
  if ("failure" in inspected) return inspected.failure;
  try {
    return { ok: true, adapter: await XlsxAdapter.fromBuffer(bytes), cellCount: inspected.cellCount };
  } catch (error) {
    return fail("corrupted", xlsxMessages.corrupted, { file: fileName, detail: detailOf(error) });
  }
}
