import { cellAddress } from "../core/workbook/a1";
import { emptySheet, type WorkbookPlan } from "../core/workbook/workbookPlan";
import { OLE_MAGIC } from "./compoundFileNames";
import { DEFAULT_XLSX_LIMITS, openXlsx, type OpenXlsxResult } from "./openXlsx";
import { writePlanToXlsx } from "./xlsxAdapter";
import { ZipArchive } from "./zipArchive";

jest.setTimeout(60_000);

/** A minimal version-3 compound file: header, one FAT sector, one directory sector with these streams. */
function compoundFile(streams: string[]): Buffer {
  const sector = 512;
  const file = Buffer.alloc(sector * 3);
  Buffer.from(OLE_MAGIC).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(1, 0x30); // directory starts at sector 1
  file.writeUInt32LE(4096, 0x38);
  file.writeUInt32LE(0xfffffffe, 0x3c);
  file.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) file.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = sector; // sector 0
  for (let i = 0; i < 128; i++) file.writeUInt32LE(0xffffffff, fat + i * 4);
  file.writeUInt32LE(0xfffffffd, fat); // sector 0 holds the FAT
  file.writeUInt32LE(0xfffffffe, fat + 4); // sector 1: the directory, one sector long
  const dir = sector * 2;
  ["Root Entry", ...streams].slice(0, 4).forEach((name, i) => {
    const at = dir + i * 128;
    file.write(name, at, "utf16le");
    file.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    file[at + 0x42] = i === 0 ? 5 : 2;
  });
  return file;
}

/** The smallest package exceljs and Excel accept, with one worksheet of the given XML. */
function xlsxWithSheet(sheetXml: string): Buffer {
  const text = (name: string, data: string) => ({ name, data: Buffer.from(data, "utf8") });
  return ZipArchive.build([
    text(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        "</Types>",
    ),
    text(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        "</Relationships>",
    ),
    text(
      "xl/workbook.xml",
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        '<sheet name="Lớn" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    text(
      "xl/_rels/workbook.xml.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        "</Relationships>",
    ),
    text("xl/worksheets/sheet1.xml", sheetXml),
  ]);
}

/** One row of `count` numeric cells; addresses are optional in OOXML, and the counter needs none. */
function sheetOfCells(count: number, addressed = false): string {
  const cells = addressed
    ? Array.from({ length: count }, (_, i) => `<c r="${cellAddress(0, i)}"><v>${i}</v></c>`).join("")
    : '<c t="n"><v>1</v></c>'.repeat(count);
  return (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData><row r="1">${cells}</row></sheetData></worksheet>`
  );
}

async function goodWorkbook(): Promise<Buffer> {
  const sheet = emptySheet("Chỉ tiêu");
  sheet.blocks.push({
    row: 0,
    col: 0,
    cells: [
      [{ value: "Mã" }, { value: "Giá trị" }],
      [{ value: "T.1" }, { value: 94 }],
    ],
  });
  const plan: WorkbookPlan = { formatVersion: "1.0", sheets: [sheet], names: [] };
  return writePlanToXlsx(plan);
}

function expectFailure(result: OpenXlsxResult, reason: string, file: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  for (const text of [result.message.vi, result.message.en]) {
    expect(text).toContain(file);
    expect(text).not.toMatch(/\n\s+at |\{\w+\}/);
  }
  expect(result.message.vi).not.toBe(result.message.en);
}

describe("openXlsx", () => {
  it("opens a good workbook and counts its cells", async () => {
    const result = await openXlsx(await goodWorkbook(), "don-vi.xlsx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.cellCount).toBe(4);
    const snapshot = await result.adapter.readSnapshot();
    expect(snapshot.sheets[0].rows[1]).toEqual([{ value: "T.1" }, { value: 94 }]);
  });

  it.each<[string, () => Promise<Buffer> | Buffer, string, RegExp]>([
    ["an empty file", () => Buffer.alloc(0), "notXlsx", /empty/],
    ["a CSV renamed to .xlsx", () => Buffer.from("Mã,Tên\nA.1,Cải cách hành chính\n", "utf8"), "notXlsx", /text file/],
    [
      "a PDF",
      () => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0, 159, 146, 150, 0, 1, 2])]),
      "notXlsx",
      /not an Excel/,
    ],
    ["an old .xls", () => compoundFile(["Workbook", "\u0005SummaryInformation"]), "notXlsx", /old-style Excel file/],
    ["a password-encrypted .xlsx", () => compoundFile(["EncryptionInfo", "EncryptedPackage"]), "encrypted", /password/],
    [
      "a fake OLE header with encryption stream names but no valid directory",
      () => Buffer.concat([Buffer.from(OLE_MAGIC), Buffer.alloc(600), Buffer.from("EncryptionInfo", "utf16le")]),
      "encrypted",
      /password/,
    ],
    ["another OLE document", () => compoundFile(["WordDocument"]), "notXlsx", /not an Excel/],
    ["a truncated .xlsx", async () => (await goodWorkbook()).subarray(0, 1500), "corrupted", /damaged/],
    [
      "an .xlsx whose compressed data is damaged",
      async () => {
        const bytes = Buffer.from(await goodWorkbook());
        const zip = ZipArchive.read(bytes);
        const entry = zip.entry("xl/worksheets/sheet1.xml")!;
        const start = entry.localHeaderOffset + 30 + Buffer.byteLength(entry.name);
        bytes.fill(0xff, start, start + Math.min(40, entry.compressedSize));
        return bytes;
      },
      "corrupted",
      /damaged/,
    ],
    // Valid OOXML, but exceljs 4.4 cannot read cells without an address: reported, never thrown.
    ["a sheet whose cells carry no address", () => xlsxWithSheet(sheetOfCells(3)), "corrupted", /damaged/],
    [
      "a zip that is not a spreadsheet",
      () => ZipArchive.build([{ name: "a.txt", data: Buffer.from("x") }]),
      "notXlsx",
      /not an Excel/,
    ],
    [
      "an OpenDocument spreadsheet",
      () =>
        ZipArchive.build([{ name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") }]),
      "notXlsx",
      /OpenDocument/,
    ],
    [
      "a file over 20 MB",
      () => Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(DEFAULT_XLSX_LIMITS.maxBytes)]),
      "tooLarge",
      /20,0 MB limit/,
    ],
    [
      "a sheet of more than 1,000,000 cells",
      () => xlsxWithSheet(sheetOfCells(DEFAULT_XLSX_LIMITS.maxCells + 1)),
      "tooLarge",
      /more than 1\.000\.000 cells \(sheet “Lớn”\)/,
    ],
  ])("refuses %s", async (_name, make, reason, english) => {
    const result = await openXlsx(await make(), "bao-cao.xlsx");
    expectFailure(result, reason, "bao-cao.xlsx");
    if (!result.ok) expect(result.message.en).toMatch(english);
  });

  it("accepts a sheet of exactly the cell limit, and counts it", async () => {
    const result = await openXlsx(xlsxWithSheet(sheetOfCells(1000, true)), "vua.xlsx", {
      ...DEFAULT_XLSX_LIMITS,
      maxCells: 1000,
    });
    expect(result.ok && result.cellCount).toBe(1000);
    if (result.ok) expect((await result.adapter.readSnapshot()).sheets[0].rows[0][999]).toEqual({ value: 999 });
  });

  it("stops a part that inflates past the limit (zip bomb)", async () => {
    const bomb = xlsxWithSheet(`<worksheet>${" ".repeat(5_000_000)}</worksheet>`);
    expect(bomb.length).toBeLessThan(100_000);
    const result = await openXlsx(bomb, "bom.xlsx", { ...DEFAULT_XLSX_LIMITS, maxPartBytes: 1_000_000 });
    expectFailure(result, "tooLarge", "bom.xlsx");
  });
});
