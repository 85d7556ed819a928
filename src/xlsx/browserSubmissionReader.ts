/**
 * The task pane's SubmissionReader: reads a returned workbook picked in the browser, where Node's zlib
 * (and so ZipArchive and the fast XML reader) does not exist. The bytes are sniffed and the archive's
 * directory measured the way openXlsx does, with plain DataView code; only then is exceljs (its browser
 * build, loaded on first use as a lazy chunk) asked to parse the workbook. Never throws for a bad file.
 */
import type { ReadFailureReason, SubmissionReading } from "../core/consolidation/submission";
import { formatMessage, type Message } from "../core/messages/message";
import * as xlsxMessages from "../core/messages/xlsx";
import { matchKey } from "../core/text/matchKey";
import { SHEET } from "../core/workbook/layout";
import { isCompoundFile } from "./compoundFileNames";
import type { XlsxLimits } from "./openXlsx";

/** The same limits as DEFAULT_XLSX_LIMITS (openXlsx.ts is not imported: it pulls Node's zlib in). */
export const BROWSER_XLSX_LIMITS: XlsxLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxCells: 1_000_000,
  maxPartBytes: 256 * 1024 * 1024,
  maxUnpackedBytes: 512 * 1024 * 1024,
};

/** The sheets consolidation reads (ENTRY_SHEETS of readSubmission.ts, which imports Node code). */
const ENTRY_SHEETS: readonly string[] = [SHEET.info, SHEET.activities, SHEET.targets];

export interface BrowserReaderOptions {
  limits?: XlsxLimits;
  /** Sheets to keep, by name (compared case- and diacritic-insensitively); default the entry sheets. */
  sheets?: readonly string[];
}

type Failure = { ok: false; reason: ReadFailureReason; message: Message };

function fail(reason: ReadFailureReason, message: Message, params: Record<string, string | number>): Failure {
  return { ok: false, reason, message: formatMessage(message, params) };
}

function detailOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || "unknown error";
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1).replace(".", ",");
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = new TextDecoder("utf-8").decode(head);
  const bad = [...text].filter((ch) => ch === "\uFFFD" || (ch < " " && !"\t\n\r\f".includes(ch))).length;
  return bad <= text.length / 50;
}

/**
 * An OLE compound file: an encrypted OOXML package or an old .xls, told apart by the stream names
 * (UTF-16, looked for at either byte parity, so a damaged directory does not matter).
 */
function compoundFailure(bytes: Uint8Array, file: string): Failure {
  const decoder = new TextDecoder("utf-16le");
  const text = decoder.decode(bytes) + decoder.decode(bytes.subarray(1));
  if (["EncryptionInfo", "EncryptedPackage"].some((n) => text.includes(n))) {
    return fail("encrypted", xlsxMessages.encrypted, { file });
  }
  if (["Workbook", "Book"].some((n) => text.includes(n))) return fail("notXlsx", xlsxMessages.legacyXls, { file });
  return fail("notXlsx", xlsxMessages.notXlsx, { file });
}

interface DirectoryEntry {
  name: string;
  uncompressedSize: number;
}

/** The ZIP central directory's names and declared sizes; throws when it cannot be found or read. */
export function zipDirectory(bytes: Uint8Array): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new Error("end of central directory not found");
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 archives are over 4 GB or 65,535 entries: far past the size limit of a returned workbook.
  if (count === 0xffff || offset === 0xffffffff) throw new Error("ZIP64 archive");
  if (offset + size > bytes.length) throw new Error("central directory outside the file");
  const entries: DirectoryEntry[] = [];
  const utf8 = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new Error("central directory damaged");
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    entries.push({
      name: (flags & 0x0800 ? utf8 : latin1).decode(nameBytes),
      uncompressedSize: view.getUint32(p + 24, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sniffs and measures the bytes like openXlsx: undefined when exceljs may parse them. */
function inspect(bytes: Uint8Array, file: string, limits: XlsxLimits): Failure | undefined {
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
  let entries: DirectoryEntry[];
  try {
    entries = zipDirectory(bytes);
  } catch (error) {
    return fail("corrupted", xlsxMessages.corrupted, { file, detail: detailOf(error) });
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) {
    if (names.has("mimetype")) return fail("notXlsx", xlsxMessages.openDocument, { file });
    return fail("notXlsx", names.has("xl/workbook.bin") ? xlsxMessages.binaryXlsb : xlsxMessages.notXlsx, { file });
  }
  const biggest = [...entries].sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0];
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUnpackedBytes || (biggest && biggest.uncompressedSize > limits.maxPartBytes)) {
    return fail("tooLarge", xlsxMessages.tooLargeUnpacked, { file, part: biggest?.name ?? "" });
  }
  return undefined;
}

/**
 * Reads a returned workbook's entry sheets into a snapshot in the browser, or says why it cannot, with
 * the reasons of readSubmission: `notXlsx`, `encrypted`, `corrupted`, `tooLarge` (over 20 MB or
 * 1,000,000 cells by default; cells are counted once exceljs has parsed the file).
 */
export async function browserSubmissionReader(
  bytes: Uint8Array,
  file: string,
  options: BrowserReaderOptions = {},
): Promise<SubmissionReading> {
  const limits = options.limits ?? BROWSER_XLSX_LIMITS;
  const keys = new Set((options.sheets ?? ENTRY_SHEETS).map(matchKey));
  const failure = inspect(bytes, file, limits);
  if (failure) return failure;
  try {
    // Lazy: exceljs (and the snapshot code that needs its values) stays out of the pane's first scripts.
    const [{ Workbook }, { readWorkbookSnapshot }] = await Promise.all([
      import("exceljs"),
      import("./readWorkbookSnapshot"),
    ]);
    const workbook = new Workbook();
    // exceljs takes an ArrayBuffer in the browser; a copy keeps a view into a larger buffer exact.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(buffer);
    let cells = 0;
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow({ includeEmpty: false }, (row) => {
        cells += row.cellCount;
      });
      if (cells > limits.maxCells) {
        return fail("tooLarge", xlsxMessages.tooLargeCells, {
          file,
          sheet: worksheet.name,
          limit: String(limits.maxCells).replace(/\B(?=(\d{3})+(?!\d))/g, "."),
        });
      }
    }
    const snapshot = readWorkbookSnapshot(workbook);
    return {
      ok: true,
      snapshot: { sheets: snapshot.sheets.filter((s) => keys.has(matchKey(s.name))), names: snapshot.names },
    };
  } catch (error) {
    return fail("corrupted", xlsxMessages.corrupted, { file, detail: detailOf(error) });
  }
}
