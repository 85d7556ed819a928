/**
 * Rewrites the spellings exceljs 4.4 misreads in files from other writers, before exceljs parses them.
 * OOXML booleans are xsd:boolean ("1"/"0"/"true"/"false"); LibreOffice writes "true"/"false", and
 * exceljs reads sheet protection, cell locking and some view flags only as "1"/"0" (so a protected
 * sheet read as unprotected, an unlocked cell as locked), and reads `<b val="0"/>` as bold. exceljs also
 * ignores customHeight, so a height Excel or LibreOffice merely computed (auto-fit) would come back as
 * a fixed one and be saved as such: such heights are dropped, and the row auto-fits again.
 * Last, exceljs expands every data-validation range into one entry per cell, so a validation over a
 * whole column (M1:M1048576, what Excel writes when a column is selected) costs seconds and hundreds of
 * megabytes: ranges that large are cut at the sheet's last used row.
 */
import { cellAddress, parseRangeAddress } from "../core/workbook/a1";
import { workbookParts } from "./sheetParts";
import { ZipArchive, type ZipInput } from "./zipArchive";

const MAX_PART_BYTES = 256 * 1024 * 1024;

/** Start tags whose boolean attributes exceljs compares with "1" or "0" only. */
const STRICT_BOOLEAN_TAGS = /<(sheetProtection|sheetView|pageSetUpPr|protection)\b[^>]*>/g;
/** Font flags switched off explicitly, which exceljs would read as switched on. */
const FALSE_FONT_FLAG = /<(b|i|strike|outline|shadow|condense|extend)\s+val="(?:0|false)"\s*\/>/g;

function fixStrictBooleans(xml: string): string {
  return xml.replace(STRICT_BOOLEAN_TAGS, (tag) =>
    tag.replace(
      /(\s[\w:]+)="(true|false)"/g,
      (_w, name: string, value: string) => `${name}="${value === "true" ? "1" : "0"}"`,
    ),
  );
}

/** A row height that was not set by hand (no customHeight) is the application's auto-fit: drop it. */
function dropComputedRowHeights(xml: string): string {
  return xml.replace(/<row\b[^>]*>/g, (tag) => {
    if (!/\sht="/.test(tag) || /\scustomHeight="(?:1|true)"/.test(tag)) return tag;
    return tag.replace(/\sht="[^"]*"/, "").replace(/\scustomHeight="[^"]*"/, "");
  });
}

/** Validation ranges above this many cells are cut to the used area. */
export const MAX_VALIDATION_CELLS = 100_000;

/** The last used row (0-based), from <dimension> or else from the row tags. */
function lastUsedRow(xml: string): number {
  const dimension = /<dimension\b[^>]*\bref="([^"]+)"/.exec(xml)?.[1];
  if (dimension) {
    try {
      const r = parseRangeAddress(dimension);
      return r.row + r.rowCount - 1;
    } catch {
      // fall through to the scan
    }
  }
  let row = 0;
  for (const m of xml.matchAll(/<row\b[^>]*\br="(\d+)"/g)) row = Math.max(row, Number(m[1]) - 1);
  return row;
}

function clipHugeValidations(xml: string): string {
  if (!/<dataValidation\b/.test(xml)) return xml;
  let lastRow: number | undefined;
  return xml.replace(
    /(<dataValidation\b[^>]*\bsqref=")([^"]*)(")/g,
    (whole, open: string, sqref: string, close: string) => {
      const pieces = sqref.split(/\s+/).filter(Boolean);
      let changed = false;
      const clipped = pieces.map((piece) => {
        let r;
        try {
          r = parseRangeAddress(piece.replace(/\$/g, ""));
        } catch {
          return piece;
        }
        if (r.rowCount * r.colCount <= MAX_VALIDATION_CELLS) return piece;
        lastRow ??= lastUsedRow(xml);
        const bottom = Math.min(r.row + r.rowCount - 1, Math.max(r.row, lastRow));
        changed = true;
        return `${cellAddress(r.row, r.col)}:${cellAddress(bottom, r.col + r.colCount - 1)}`;
      });
      return changed ? open + clipped.join(" ") + close : whole;
    },
  );
}

function fixFontFlags(xml: string): string {
  return xml.replace(FALSE_FONT_FLAG, "");
}

/** The same package with the misread spellings rewritten; the input itself when nothing needs it. */
export function prepareForExceljs(bytes: Uint8Array): Uint8Array {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.read(bytes);
  } catch {
    return bytes; // let exceljs report on what it cannot read
  }
  const targets = new Map<string, (xml: string) => string>();
  for (const sheet of workbookParts(zip)?.sheets ?? []) {
    targets.set(sheet.path, (xml) => clipHugeValidations(dropComputedRowHeights(fixStrictBooleans(xml))));
  }
  for (const entry of zip.entries) {
    if (/^xl\/styles\.xml$|^xl\/sharedStrings\.xml$/.test(entry.name)) {
      targets.set(entry.name, (xml) => fixFontFlags(fixStrictBooleans(xml)));
    }
  }
  const replaced = new Map<string, string>();
  for (const [path, fix] of targets) {
    if (!zip.has(path)) continue;
    const before = zip.readText(path, MAX_PART_BYTES);
    const after = fix(before);
    if (after !== before) replaced.set(path, after);
  }
  if (replaced.size === 0) return bytes;
  const files: ZipInput[] = zip.entries.map((entry) => {
    const text = replaced.get(entry.name);
    return text === undefined
      ? { name: entry.name, copyFrom: zip }
      : { name: entry.name, data: Buffer.from(text, "utf8") };
  });
  return ZipArchive.build(files);
}
