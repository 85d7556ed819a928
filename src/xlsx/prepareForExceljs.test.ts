import { Workbook } from "exceljs";
import { prepareForExceljs } from "./prepareForExceljs";
import { workbookParts } from "./sheetParts";
import { worksheetInternals } from "./worksheetInternals";
import { ZipArchive } from "./zipArchive";

/** An exceljs-written workbook with parts rewritten as another writer (LibreOffice) spells them. */
async function respelled(edit: (path: string, xml: string) => string): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Trang");
  ws.getCell("A1").value = "x";
  ws.getCell("A1").protection = { locked: false };
  ws.getCell("B1").value = "y";
  ws.getCell("B1").font = { name: "Arial", size: 10, bold: true };
  await ws.protect("", { formatColumns: true, formatRows: true });
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  const zip = ZipArchive.read(bytes);
  return ZipArchive.build(
    zip.entries.map((e) =>
      /\.xml$/.test(e.name)
        ? { name: e.name, data: Buffer.from(edit(e.name, zip.readText(e.name))) }
        : { name: e.name, copyFrom: zip },
    ),
  );
}

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  const prepared = prepareForExceljs(bytes);
  await wb.xlsx.load(Buffer.from(prepared.buffer, prepared.byteOffset, prepared.byteLength) as never);
  return wb;
}

describe("prepareForExceljs", () => {
  it("reads sheet protection and unlocked cells written with true/false", async () => {
    const bytes = await respelled((_path, xml) =>
      xml
        .replace(/(<sheetProtection\b[^>]*>)/, (tag) => tag.replace(/="1"/g, '="true"').replace(/="0"/g, '="false"'))
        .replace(/<protection locked="0"/g, '<protection locked="false"'),
    );
    expect(ZipArchive.read(bytes).readText(workbookParts(ZipArchive.read(bytes))!.sheets[0].path)).toContain(
      'sheet="true"',
    );
    const ws = (await load(bytes)).worksheets[0];
    expect(worksheetInternals(ws).sheetProtection).toMatchObject({
      sheet: true,
      formatColumns: true,
      formatRows: true,
    });
    expect(ws.getCell("A1").protection).toMatchObject({ locked: false });
  });

  it('reads <b val="0"/> as not bold', async () => {
    const bytes = await respelled((path, xml) =>
      path === "xl/styles.xml" ? xml.replace("<b/>", '<b val="false"/><i val="0"/>') : xml,
    );
    const ws = (await load(bytes)).worksheets[0];
    expect(ws.getCell("B1").font?.bold).toBeFalsy();
    expect(ws.getCell("B1").font?.italic).toBeFalsy();
  });

  it("keeps row heights set by hand and drops those an application computed", async () => {
    const bytes = await respelled((path, xml) =>
      path.includes("worksheets/")
        ? xml.replace(
            /<row r="1"[^>]*>/,
            '<row r="1" ht="45.75" customHeight="true"><c r="Z1"/></row><row r="2" ht="30.5" customHeight="false">',
          )
        : xml,
    );
    const ws = (await load(bytes)).worksheets[0];
    expect(ws.getRow(1).height).toBe(45.75);
    expect(ws.getRow(2).height).toBeUndefined();
  });

  it("cuts whole-column validations to the used rows, and leaves ordinary ones alone", async () => {
    const bytes = await respelled((path, xml) =>
      path.includes("worksheets/")
        ? xml
            .replace(
              "</sheetData>",
              '<row r="40"><c r="A40"><v>1</v></c></row></sheetData><dataValidations count="2">' +
                '<dataValidation type="list" allowBlank="1" sqref="M1:N1048576 P2:P5"><formula1>"a,b"</formula1></dataValidation>' +
                '<dataValidation type="whole" operator="greaterThan" sqref="Q3:Q300"><formula1>0</formula1></dataValidation>' +
                "</dataValidations>",
            )
            .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:B40"/>')
        : xml,
    );
    const prepared = ZipArchive.read(prepareForExceljs(bytes));
    const xml = prepared.readText(workbookParts(prepared)!.sheets[0].path);
    expect(xml).toContain('sqref="M1:N40 P2:P5"');
    expect(xml).toContain('sqref="Q3:Q300"');
    const ws = (await load(bytes)).worksheets[0];
    expect(Object.keys(worksheetInternals(ws).dataValidations.model)).toHaveLength(2 * 40 + 4 + 298);
  });

  it("returns the bytes untouched when nothing needs rewriting, and non-zips as they are", async () => {
    const bytes = await respelled((_p, xml) => xml);
    expect(prepareForExceljs(bytes)).toBe(bytes);
    const text = Buffer.from("not a zip");
    expect(prepareForExceljs(text)).toBe(text);
  });
});
