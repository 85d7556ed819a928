/**
 * Patches an .xlsx that exceljs wrote, for what exceljs gets wrong or cannot say:
 * - text that looks like an escape (`_x0041_`) is itself escaped, and carriage returns are encoded,
 *   so every string reads back exactly as written, in Excel, LibreOffice and exceljs;
 * - line breaks and tabs inside attribute values (validation prompts, table headers) become character
 *   references, which XML attribute normalisation would otherwise turn into spaces;
 * - conditional-format rules get their stopIfTrue flag;
 * - defined names get their comments;
 * - print titles of a sheet whose name holds an apostrophe get the apostrophe doubled;
 * - every sheet filter gets the hidden `_xlnm._FilterDatabase` name Excel always writes, without which
 *   LibreOffice drops the filter (stale copies, which exceljs re-saves without their sheet, go);
 * - data bars lose the empty extension reference exceljs writes (`<x14:id/>` pointing nowhere), which
 *   Excel may report as damaged content; what is left is a plain Excel 2007 data bar.
 */
import type { XlsxExtras } from "./readXlsxExtras";
import { workbookParts } from "./sheetParts";
import { decodeXmlText, escapeXmlAttribute, xmlAttributes } from "./xmlAttributes";
import { ZipArchive, type ZipInput } from "./zipArchive";

const MAX_PART_BYTES = 1024 * 1024 * 1024;

/** `_xHHHH_` in text is an escape to every OOXML reader: `_x005F_` escapes its underscore. */
function escapeStringText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(/\r/g, "_x000D_");
}

function patchSharedStrings(xml: string): string {
  return xml.replace(
    /(<t\b[^>]*>)([^<]*)(<\/t>)/g,
    (_whole, open: string, text: string, close: string) => open + escapeStringText(text) + close,
  );
}

/** Raw line breaks and tabs inside double-quoted attribute values become character references. */
function patchAttributeWhitespace(xml: string): string {
  if (!/[\n\r\t]/.test(xml)) return xml;
  return xml.replace(/="([^"]*)"/g, (whole, value: string) =>
    /[\n\r\t]/.test(value)
      ? `="${value.replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;")}"`
      : whole,
  );
}

function patchStopIfTrue(xml: string, priorities: Set<number>): string {
  return xml.replace(/<cfRule\b[^>]*>/g, (tag) => {
    const a = xmlAttributes(tag);
    if (a.stopIfTrue !== undefined || a.priority === undefined || !priorities.has(Number(a.priority))) return tag;
    return tag.replace(/^<cfRule\b/, '<cfRule stopIfTrue="1"');
  });
}

const EMPTY_X14_REF = /<extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*><x14:id\/><\/ext><\/extLst>/g;

function patchEmptyDataBarRefs(xml: string): string {
  return xml.replace(EMPTY_X14_REF, "");
}

function patchWorkbook(xml: string, extras: XlsxExtras, sheetNames: string[]): string {
  const out = xml.replace(/<definedName\b[^>]*>/g, (tag) => {
    const a = xmlAttributes(tag);
    const comment = a.name === undefined || a.localSheetId !== undefined ? undefined : extras.nameComments.get(a.name);
    if (comment === undefined || a.comment !== undefined) return tag;
    return tag.replace(/^<definedName\b/, `<definedName comment="${escapeXmlAttribute(comment)}"`);
  });
  // exceljs quotes the sheet name of print titles without doubling its apostrophes.
  const quoted = sheetNames.filter((n) => n.includes("'"));
  if (quoted.length === 0) return out;
  return out.replace(
    /(<definedName\b[^>]*name="_xlnm\.Print_Titles"[^>]*>)([^<]*)(<\/definedName>)/g,
    (_w, open: string, text: string, close: string) => {
      let ref = decodeXmlText(text);
      for (const name of quoted) ref = ref.split(`'${name}'!`).join(`'${name.replace(/'/g, "''")}'!`);
      return open + ref.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") + close;
    },
  );
}

const FILTER_DATABASE = /<definedName\b[^>]*name="_xlnm\._FilterDatabase"[^>]*(?:\/>|>[^<]*<\/definedName>)/g;

/** Replaces every `_xlnm._FilterDatabase` name with one per sheet filter, scoped to its sheet. */
function patchFilterDatabase(xml: string, names: string[]): string {
  const out = xml.replace(FILTER_DATABASE, "").replace(/<definedNames>\s*<\/definedNames>/, "");
  if (names.length === 0) return out;
  if (out.includes("</definedNames>")) return out.replace("</definedNames>", `${names.join("")}</definedNames>`);
  const block = `<definedNames>${names.join("")}</definedNames>`;
  return /<calcPr\b/.test(out)
    ? out.replace(/<calcPr\b/, `${block}<calcPr`)
    : out.replace("</workbook>", `${block}</workbook>`);
}

function filterDatabaseName(sheet: string, index: number, sheetXml: string): string | undefined {
  const ref = /<autoFilter\b[^>]*\bref="([^"]+)"/.exec(sheetXml)?.[1];
  if (ref === undefined) return undefined;
  const absolute = ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  const text = `'${sheet.replace(/'/g, "''")}'!${absolute}`
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  return `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${text}</definedName>`;
}

/** Applies the patches to exceljs output and returns the new archive. */
export function applyXlsxExtras(bytes: Uint8Array, extras: XlsxExtras): Buffer {
  const zip = ZipArchive.read(bytes);
  const parts = workbookParts(zip);
  const replaced = new Map<string, string>();
  const patch = (path: string, fn: (xml: string) => string): void => {
    if (!zip.has(path)) return;
    const before = replaced.get(path) ?? zip.readText(path, MAX_PART_BYTES);
    const after = fn(before);
    if (after !== before || replaced.has(path)) replaced.set(path, after);
  };
  for (const entry of zip.entries) {
    if (entry.name === "xl/sharedStrings.xml") patch(entry.name, patchSharedStrings);
    if (/^xl\/.*\.xml$/.test(entry.name)) patch(entry.name, patchAttributeWhitespace);
  }
  if (parts) {
    patch(parts.workbook, (xml) =>
      patchWorkbook(
        xml,
        extras,
        parts.sheets.map((s) => s.name),
      ),
    );
    const filters: string[] = [];
    parts.sheets.forEach((sheet, index) => {
      patch(sheet.path, patchEmptyDataBarRefs);
      const priorities = extras.stopIfTrue.get(sheet.name);
      if (priorities && priorities.size > 0) patch(sheet.path, (xml) => patchStopIfTrue(xml, priorities));
      const xml = replaced.get(sheet.path) ?? (zip.has(sheet.path) ? zip.readText(sheet.path, MAX_PART_BYTES) : "");
      const name = filterDatabaseName(sheet.name, index, xml);
      if (name !== undefined) filters.push(name);
    });
    patch(parts.workbook, (xml) => patchFilterDatabase(xml, filters));
  }
  if (replaced.size === 0) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: ZipInput[] = zip.entries.map((entry) => {
    const text = replaced.get(entry.name);
    return text === undefined
      ? { name: entry.name, copyFrom: zip }
      : { name: entry.name, data: Buffer.from(text, "utf8") };
  });
  return ZipArchive.build(files);
}
