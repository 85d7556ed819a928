/**
 * The fast reader: reads chosen worksheets of an .xlsx straight from their XML into a WorkbookSnapshot,
 * without building exceljs's full model (styles, fonts, validations, conditional formats of every
 * sheet). Consolidation reads hundreds of returned workbooks and needs only their entry sheets' values,
 * formulas and number formats; this is several times faster than loading each file with exceljs.
 *
 * It gives the same snapshot as readWorkbookSnapshot over exceljs (tested on the same files) for what
 * the core reads: every cell's value, formula (shared formulas slid to each cell, `_xlfn.` prefixes
 * removed) and, on cells holding a value, the number format. Known, deliberate differences: exceljs
 * gives empty cells the number format of their row or column, which says nothing about a value and is
 * not reproduced; `t="d"` (ISO date) cells are read as dates, where exceljs misreads them as numbers;
 * `t="str"` text is decoded once, where exceljs decodes it twice.
 */
import type { SheetSnapshot, SnapshotCell, SnapshotValue, WorkbookSnapshot } from "../core/workbook/workbookSnapshot";
import { isoToSerial } from "../core/dates/excelDate";
import { parseRangeAddress } from "../core/workbook/a1";
import { normalizeRef } from "../core/workbook/normalizePlan";
import { stripFunctionPrefixes } from "./formulaPrefixes";
import type { WorkbookParts } from "./sheetParts";
import {
  BUILTIN_NUMBER_FORMATS,
  dateSerialRoundTrip,
  decodeExcelEscapes,
  isDateFormat,
  slideFormula,
} from "./sheetXmlValues";
import { decodeXmlText, xmlAttributes } from "./xmlAttributes";

const GENERAL = "General";
const utf8 = new TextDecoder("utf-8");

/** Reads an archive part's bytes, or null when the archive has no such part. */
export type PartReader = (path: string) => Uint8Array | null;

function text(read: PartReader, path: string): string | null {
  const bytes = read(path);
  return bytes === null ? null : utf8.decode(bytes);
}

const ENTITY_TEXT: Readonly<Record<string, string>> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };

/** Entity decoding in one pass for the five named entities (all Excel and exceljs write in values and formulas). */
function decode(raw: string): string {
  let at = raw.indexOf("&");
  if (at < 0) return raw;
  if (raw.includes("&#")) return decodeXmlText(raw);
  let out = "";
  let last = 0;
  while (at >= 0) {
    const semi = raw.indexOf(";", at);
    if (semi < 0) break;
    const text = ENTITY_TEXT[raw.slice(at + 1, semi)];
    if (text !== undefined) {
      out += raw.slice(last, at) + text;
      last = semi + 1;
    }
    at = raw.indexOf("&", semi);
  }
  return out + raw.slice(last);
}

/** `=` + the formula without `_xlfn.`-style storage prefixes (only formulas that hold one pay for the scan). */
function shownFormula(text: string): string {
  return `=${text.includes("_xl") || text.includes("_XL") ? stripFunctionPrefixes(text) : text}`;
}

/** The text of every `<t>` in a string item or inline string, leaving out phonetic runs (`<rPh>`). */
function runText(xml: string): string {
  const body = xml.includes("rPh") ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "") : xml;
  let out = "";
  const re = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) out += m[1] === undefined ? "" : decode(m[1]);
  return decodeExcelEscapes(out);
}

function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) strings.push(m[1] === undefined ? "" : runText(m[1]));
  return strings;
}

/** The number format of each cell style (cellXfs index), as exceljs names it; undefined for General. */
function readCellFormats(xml: string | null): (string | undefined)[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  for (const tag of xml.match(/<(?:\w+:)?numFmt\b[^>]*>/g) ?? []) {
    const a = xmlAttributes(tag);
    if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  const formats: (string | undefined)[] = [];
  for (const tag of xfs.match(/<(?:\w+:)?xf\b[^>]*>/g) ?? []) {
    const id = Number(xmlAttributes(tag).numFmtId ?? 0);
    // exceljs reads numFmtId 0 as "no format".
    const format = id === 0 ? undefined : (custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id]);
    formats.push(format === GENERAL ? undefined : format);
  }
  return formats;
}

interface WorkbookInfo {
  date1904: boolean;
  names: Record<string, string>;
}

function readWorkbookInfo(xml: string): WorkbookInfo {
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(xml)?.[0];
  const flag = pr === undefined ? undefined : xmlAttributes(pr).date1904;
  const global: Record<string, string> = {};
  const local: Record<string, string> = {};
  const re = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const a = xmlAttributes(`<d ${m[1]}>`);
    const name = a.name;
    if (name === undefined || name.startsWith("_xlnm.") || m[2] === undefined) continue;
    const refs = splitAreas(decode(m[2]).trim()).filter((ref) =>
      /!\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(ref),
    );
    if (refs.length === 0) continue;
    (a.localSheetId === undefined ? global : local)[name] = refs.map(normalizeRef).join(",");
  }
  return { date1904: flag === "1" || flag === "true", names: { ...local, ...global } };
}

/** Splits `'a,b'!$A$1,Sheet2!$B$2` at the commas outside quoted sheet names. */
function splitAreas(ref: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(ref.slice(start, i));
      start = i + 1;
    }
  }
  out.push(ref.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

/** Row and column (1-based) of an A1 reference, without allocating for the common case. */
function decodeAddress(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  return col > 0 && Number.isInteger(row) && row > 0 ? { row, col } : null;
}

interface SheetContext {
  strings: string[];
  formats: (string | undefined)[];
  date1904: boolean;
}

const CELL_OR_ROW = /<(?:\w+:)?(row|c)\b([^>]*?)(\/?)>/g;
const FORMULA = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?v>)/;
const INLINE = /<(?:\w+:)?is\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?is>)/;

/** r, s and t of a `<c>` start tag, read without building an object per cell. */
const cellAttributes = {
  r: undefined as string | undefined,
  s: undefined as string | undefined,
  t: undefined as string | undefined,
};

function readCellAttributes(text: string): typeof cellAttributes {
  cellAttributes.r = undefined;
  cellAttributes.s = undefined;
  cellAttributes.t = undefined;
  let i = 0;
  while (i < text.length) {
    const eq = text.indexOf("=", i);
    if (eq < 0) break;
    let q = eq + 1;
    while (q < text.length && text.charCodeAt(q) <= 32) q++;
    const quote = text[q];
    if (quote !== '"' && quote !== "'") break;
    const end = text.indexOf(quote, q + 1);
    if (end < 0) break;
    let n = eq - 1;
    while (n > i && text.charCodeAt(n) <= 32) n--;
    // Only one-letter names matter here: the character before them is a space or a prefix colon.
    const before = text.charCodeAt(n - 1);
    if (n === i || before <= 32 || before === 58) {
      const name = text[n];
      if (name === "r" || name === "s" || name === "t") cellAttributes[name] = text.slice(q + 1, end);
    }
    i = end + 1;
  }
  return cellAttributes;
}

/** The attributes of a start tag's attribute text, names without prefix; values are not entity-decoded. */
function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < text.length) {
    const eq = text.indexOf("=", i);
    if (eq < 0) break;
    let q = eq + 1;
    while (q < text.length && text.charCodeAt(q) <= 32) q++;
    const quote = text[q];
    if (quote !== '"' && quote !== "'") break;
    const end = text.indexOf(quote, q + 1);
    if (end < 0) break;
    let name = text.slice(i, eq).trim();
    const colon = name.indexOf(":");
    if (colon >= 0) name = name.slice(colon + 1);
    out[name] = text.slice(q + 1, end);
    i = end + 1;
  }
  return out;
}

function numberValue(raw: string, format: string | undefined, date1904: boolean): number {
  const value = parseFloat(raw);
  return isDateFormat(format) && Number.isFinite(value) ? dateSerialRoundTrip(value, date1904) : value;
}

function isoDateSerial(raw: string): SnapshotValue {
  const date = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(raw.trim());
  if (!date) return { error: "#VALUE!" };
  try {
    const time =
      date[2] === undefined ? 0 : (Number(date[2]) * 3600 + Number(date[3]) * 60 + Number(date[4] ?? 0)) / 86400;
    return isoToSerial(date[1]) + time;
  } catch {
    return { error: "#VALUE!" };
  }
}

/** One cell's value and formula from its type, its `<v>`, `<f>` and `<is>` children. */
function cellContent(
  type: string | undefined,
  inner: string,
  format: string | undefined,
  ctx: SheetContext,
): { value: SnapshotValue; formula?: { text: string; shared?: { si: string; master: boolean } } } {
  const f = inner.includes("<f") || inner.includes(":f") ? FORMULA.exec(inner) : null;
  const v = VALUE.exec(inner);
  const raw = v?.[1];
  let formula: { text: string; shared?: { si: string; master: boolean } } | undefined;
  if (f) {
    const a = attributes(f[1]);
    const body = f[2] === undefined ? "" : decode(f[2]);
    if (a.t === "shared" && a.si !== undefined)
      formula = { text: body, shared: { si: a.si, master: a.ref !== undefined } };
    else if (body !== "") formula = { text: body };
  }
  if (formula) {
    if (raw === undefined || raw === "") return { value: null, formula };
    if (type === "str") return { value: decode(raw), formula };
    if (type === "b") return { value: parseInt(raw, 10) !== 0, formula };
    if (type === "e") return { value: { error: decode(raw) }, formula };
    return { value: numberValue(raw, format, ctx.date1904), formula };
  }
  if (type === "inlineStr") {
    const is = INLINE.exec(inner);
    return { value: is?.[1] === undefined ? null : runText(is[1]) };
  }
  if (raw === undefined || raw === "") return { value: null };
  switch (type) {
    case "s":
      return { value: ctx.strings[parseInt(raw, 10)] ?? null };
    case "str":
      return { value: decode(raw) };
    case "b":
      return { value: parseInt(raw, 10) !== 0 };
    case "e":
      return { value: { error: decode(raw) } };
    case "d":
      return { value: isoDateSerial(decode(raw)) };
    default:
      return { value: numberValue(raw, format, ctx.date1904) };
  }
}

/** Reads one worksheet's XML into dense rows, like readWorkbookSnapshot does over exceljs. */
export function readSheetXml(name: string, xml: string, ctx: SheetContext): SheetSnapshot {
  // Rows and cells are 0-based, filled in as they come; holes are filled at the end.
  const rows: SnapshotCell[][] = [];
  const masters = new Map<string, { formula: string; address: string }>();
  const pendingShared: { cell: SnapshotCell; address: string; si: string }[] = [];
  const dataStart = xml.search(/<(?:\w+:)?sheetData\b/);
  const closing = xml.lastIndexOf("sheetData>");
  const dataEnd = closing < 0 ? -1 : xml.lastIndexOf("</", closing);
  let rowNumber = 0;
  let colNumber = 0;
  if (dataStart >= 0) {
    CELL_OR_ROW.lastIndex = dataStart;
    let m: RegExpExecArray | null;
    while ((m = CELL_OR_ROW.exec(xml)) !== null) {
      if (dataEnd >= 0 && m.index > dataEnd) break;
      const a = readCellAttributes(m[2]);
      if (m[1] === "row") {
        rowNumber = a.r !== undefined ? Number(a.r) : rowNumber + 1;
        colNumber = 0;
        continue;
      }
      let inner = "";
      if (m[3] !== "/") {
        const open = m[0];
        const prefix = open.startsWith("<c") ? "" : open.slice(1, open.indexOf(":") + 1);
        const closeTag = `</${prefix}c>`;
        const end = xml.indexOf(closeTag, CELL_OR_ROW.lastIndex);
        if (end < 0) break;
        inner = xml.slice(CELL_OR_ROW.lastIndex, end);
        CELL_OR_ROW.lastIndex = end + closeTag.length;
      }
      const ref = a.r;
      const at = ref !== undefined ? decodeAddress(ref) : null;
      const row = at?.row ?? rowNumber;
      const col = at?.col ?? colNumber + 1;
      colNumber = col;
      if (row < 1) continue;
      const format = a.s !== undefined ? ctx.formats[parseInt(a.s, 10)] : undefined;
      const content = inner === "" ? { value: null } : cellContent(a.t, inner, format, ctx);
      const cell: SnapshotCell = { value: content.value };
      const formula = "formula" in content ? content.formula : undefined;
      if (formula) {
        const address = ref ?? `${col}:${row}`;
        if (formula.shared && formula.shared.master) masters.set(formula.shared.si, { formula: formula.text, address });
        if (formula.shared && !formula.shared.master) pendingShared.push({ cell, address, si: formula.shared.si });
        else cell.formula = shownFormula(formula.text);
      }
      if (format !== undefined) cell.numberFormat = format;
      (rows[row - 1] ??= [])[col - 1] = cell;
    }
  }
  for (const pending of pendingShared) {
    const master = masters.get(pending.si);
    if (!master) continue;
    try {
      pending.cell.formula = shownFormula(slideFormula(master.formula, master.address, pending.address));
    } catch {
      pending.cell.formula = shownFormula(master.formula);
    }
  }
  applyMerges(dataEnd < 0 ? "" : xml.slice(dataEnd), rows);
  let lastRow = 0;
  let lastCol = 0;
  rows.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell.value !== null || cell.formula !== undefined) {
        if (r + 1 > lastRow) lastRow = r + 1;
        if (c + 1 > lastCol) lastCol = c + 1;
      }
    }),
  );
  rows.length = lastRow;
  for (let r = 0; r < lastRow; r++) {
    const line = (rows[r] ??= []);
    line.length = lastCol;
    for (let c = 0; c < lastCol; c++) line[c] ??= { value: null };
  }
  return { name, rows };
}

/**
 * Cells covered by a merge other than its top-left one hold nothing and take its number format, as in
 * exceljs. `xml` is the part of the sheet after its data, where `<mergeCells>` sits.
 */
function applyMerges(xml: string, rows: SnapshotCell[][]): void {
  if (!xml.includes("mergeCell")) return;
  const merges = xml.match(/<(?:\w+:)?mergeCell\b[^>]*>/g);
  if (!merges) return;
  for (const tag of merges) {
    const ref = xmlAttributes(tag).ref;
    if (ref === undefined) continue;
    let range;
    try {
      range = parseRangeAddress(ref);
    } catch {
      continue;
    }
    const format = rows[range.row]?.[range.col]?.numberFormat;
    for (let r = range.row; r < range.row + range.rowCount; r++) {
      for (let c = range.col; c < range.col + range.colCount; c++) {
        if ((r === range.row && c === range.col) || rows[r]?.[c] === undefined) continue;
        rows[r][c] = format === undefined ? { value: null } : { value: null, numberFormat: format };
      }
    }
  }
}

function relationshipTargets(read: PartReader, workbookPath: string): Map<string, string> {
  const folder = workbookPath.includes("/") ? workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1) : "";
  const file = workbookPath.slice(folder.length);
  const xml = text(read, `${folder}_rels/${file}.rels`);
  const byType = new Map<string, string>();
  for (const tag of xml?.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const a = xmlAttributes(tag);
    if (a.Type === undefined || a.Target === undefined) continue;
    const kind = a.Type.slice(a.Type.lastIndexOf("/") + 1);
    const target = a.Target.startsWith("/") ? a.Target.slice(1) : `${folder}${a.Target}`;
    byType.set(kind, target.replace(/[^/]+\/\.\.\//g, ""));
  }
  return byType;
}

/**
 * Reads the chosen worksheets and the workbook-scope defined names straight from the archive's parts.
 * Throws (ZipFormatError, ZipTooLargeError) only when a part cannot be inflated.
 */
export function readEntrySheets(
  read: PartReader,
  parts: WorkbookParts,
  select: (sheetName: string) => boolean,
): WorkbookSnapshot {
  const chosen = parts.sheets.filter((s) => select(s.name));
  const workbook = readWorkbookInfo(text(read, parts.workbook) ?? "");
  if (chosen.length === 0) return { sheets: [], names: workbook.names };
  const rels = relationshipTargets(read, parts.workbook);
  const ctx: SheetContext = {
    strings: readSharedStrings(text(read, rels.get("sharedStrings") ?? "xl/sharedStrings.xml")),
    formats: readCellFormats(text(read, rels.get("styles") ?? "xl/styles.xml")),
    date1904: workbook.date1904,
  };
  const sheets: SheetSnapshot[] = [];
  for (const sheet of chosen) {
    const xml = text(read, sheet.path);
    sheets.push(xml === null ? { name: sheet.name, rows: [] } : readSheetXml(sheet.name, xml, ctx));
  }
  return { sheets, names: workbook.names };
}
