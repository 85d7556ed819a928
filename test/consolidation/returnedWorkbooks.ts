/**
 * Returned workbooks for the consolidation tests: the Hà Tĩnh 2024 tracking workbook of a unit, with
 * entries typed in, as the .xlsx bytes the unit sends back; and files that are not usable in each way
 * (a text file, an old .xls, an .ods, an empty file, a password-protected one, a damaged archive, a file
 * over the size or cell limit, a workbook that is no tracking workbook).
 */
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import type { Unit } from "../../src/core/framework/types";
import { emptySheet } from "../../src/core/workbook/workbookPlan";
import { writePlanToXlsx } from "../../src/xlsx/xlsxAdapter";
import { ZipArchive } from "../../src/xlsx/zipArchive";
import { encryptedWorkbook, filledWorkbook, type Entry } from "../fixtures/validate-workbook";

export const HYPERLINK_NOTE = '=HYPERLINK("http://example.invalid","x")';

export function unitNamed(name: string): Unit {
  const unit = HA_TINH_2024_UNITS.find((u) => u.name === name);
  if (!unit) throw new Error(`No unit ${name}`);
  return unit;
}

const t = (id: string, key: "done" | "total" | "notApplicable" | "note", value: string | number): Entry => ({
  sheet: "targets",
  id,
  key,
  cell: { value },
});
const a = (id: string, key: "state" | "doneDate" | "evidence" | "note", value: string | number): Entry => ({
  sheet: "activities",
  id,
  key,
  cell: { value },
});

/**
 * Figures the tests can follow: I.4 is Sở Nội vụ's alone (36/100 = 36% ≥ 35), with a note typed as text
 * that looks like a formula; VII.B.2 is summed over the districts (1 + 2 = 3 of 13); III.5 is a rate by level.
 */
export const RETURNS = {
  noiVu: {
    unit: unitNamed("Sở Nội vụ"),
    entries: [
      t("I.4", "done", 36),
      t("I.4", "total", 100),
      t("I.4", "note", HYPERLINK_NOTE),
      t("III.5", "done", 45),
      t("III.5", "total", 50),
      a("I:3.17", "state", "Hoàn thành"),
      a("I:3.17", "doneDate", 45400),
      a("I:3.17", "evidence", "Số 12/QĐ-UBND"),
    ],
  },
  tuPhap: { unit: unitNamed("Sở Tư pháp"), entries: [t("III.5", "done", 40), t("III.5", "total", 50)] },
  ducTho: {
    unit: unitNamed("UBND huyện Đức Thọ"),
    entries: [t("VII.B.2", "done", 1), t("III.5", "done", 30), t("III.5", "total", 40)],
  },
  canLoc: {
    unit: unitNamed("UBND huyện Can Lộc"),
    entries: [t("VII.B.2", "done", 2), t("III.5", "notApplicable", "x")],
  },
  /** Typed text where a number belongs: III.5 is left out of the consolidation. */
  nghiXuan: {
    unit: unitNamed("UBND huyện Nghi Xuân"),
    entries: [t("III.5", "done", "khoảng 90"), t("VII.B.2", "done", 0)],
  },
} as const;

export async function returned(
  spec: { unit: Unit; entries: readonly Entry[] },
  period = "2024-H1",
  extra: Entry[] = [],
): Promise<Buffer> {
  return filledWorkbook({ unit: spec.unit, period, entries: [...spec.entries, ...extra] });
}

function zip(files: { name: string; data: string | Uint8Array }[]): Buffer {
  return ZipArchive.build(
    files.map((f) => ({ name: f.name, data: typeof f.data === "string" ? new TextEncoder().encode(f.data) : f.data })),
  );
}

/** A workbook whose one sheet holds `cells` cells: over the 1,000,000-cell limit when asked. */
export function manyCells(cells: number): Buffer {
  const row = (r: number, n: number) =>
    `<row r="${r}">${Array.from({ length: n }, (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}${r}"><v>1</v></c>`).join("")}</row>`;
  const perRow = 26;
  const rows: string[] = [];
  for (let r = 1; r * perRow <= cells + perRow - 1; r++) rows.push(row(r, Math.min(perRow, cells - (r - 1) * perRow)));
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zip([
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Chỉ tiêu" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData>${rows.join("")}</sheetData></worksheet>`,
    },
  ]);
}

/** One file for each way a file can be unusable, with the reason consolidation must give. */
export async function unusableFiles(): Promise<{ name: string; bytes: Uint8Array; reason: string }[]> {
  const good = await returned(RETURNS.tuPhap);
  // Damage the deflated data of every part but keep the archive's directory readable.
  const damaged = Buffer.from(good);
  const archive = ZipArchive.read(good);
  for (const entry of archive.entries) {
    if (entry.compressedSize < 16) continue;
    const at = archive.compressedBytes(entry).byteOffset - good.byteOffset;
    damaged.fill(0xff, at + 2, at + Math.min(entry.compressedSize - 2, 40));
  }
  const otherSheet = emptySheet("Báo cáo");
  otherSheet.blocks.push({ row: 0, col: 0, cells: [[{ value: "Báo cáo tháng" }]] });
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
  // An .xls holds a stream named Workbook; its name, in UTF-16, is all the sniffing needs.
  Buffer.from("Workbook", "utf16le").copy(ole, 640);
  return [
    { name: "ghi-chu.xlsx", bytes: new TextEncoder().encode("Đơn vị;Số liệu\nSở Tư pháp;12\n"), reason: "notXlsx" },
    { name: "rong.xlsx", bytes: new Uint8Array(0), reason: "notXlsx" },
    { name: "cu.xls", bytes: ole, reason: "notXlsx" },
    {
      name: "bang.ods",
      bytes: zip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
        { name: "content.xml", data: "<office:document-content/>" },
      ]),
      reason: "notXlsx",
    },
    { name: "mat-khau.xlsx", bytes: encryptedWorkbook(), reason: "encrypted" },
    { name: "cat-do.xlsx", bytes: good.subarray(0, Math.floor(good.length / 2)), reason: "corrupted" },
    { name: "hong.xlsx", bytes: damaged, reason: "corrupted" },
    {
      name: "qua-nang.xlsx",
      bytes: Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(20 * 1024 * 1024 + 1)]),
      reason: "tooLarge",
    },
    { name: "qua-nhieu-o.xlsx", bytes: manyCells(1_000_001), reason: "tooLarge" },
    {
      name: "khac.xlsx",
      bytes: await writePlanToXlsx({ formatVersion: "1.0", sheets: [otherSheet], names: [] }),
      reason: "notTrackingWorkbook",
    },
  ];
}
