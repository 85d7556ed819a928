import { readSubmission } from "./readSubmission";
import { snapshotDifferences } from "./testing/compareSnapshots";
import { ZipArchive } from "./zipArchive";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package written by hand, so every SpreadsheetML spelling the reader must know is in it. */
function workbook(sheets: { name: string; xml: string }[], workbookExtra = ""): Uint8Array {
  const enc = (text: string) => new TextEncoder().encode(text);
  const files = [
    {
      name: "[Content_Types].xml",
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
          sheets
            .map(
              (_, i) =>
                `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join("") +
          `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
          `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
          `</Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><sheets>` +
          sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
          `</sheets>${workbookExtra}</workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          sheets
            .map(
              (_, i) =>
                `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
            )
            .join("") +
          `<Relationship Id="rId90" Type="${REL}/styles" Target="styles.xml"/>` +
          `<Relationship Id="rId91" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/styles.xml",
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
          `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
          `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
          `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
          `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
          `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
          `<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
          `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
          `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
          `</styleSheet>`,
      ),
    },
    {
      name: "xl/sharedStrings.xml",
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="4" uniqueCount="4">` +
          `<si><t>Mã</t></si>` +
          `<si><r><rPr><b/></rPr><t>Chỉ </t></r><r><t xml:space="preserve">tiêu</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>` +
          `<si><t>dòng 1_x000D_dòng 2 &amp; “trích”</t></si>` +
          `<si><t>=HYPERLINK("http://example.invalid","x")</t></si>` +
          `</sst>`,
      ),
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: enc(s.xml) })),
  ];
  return new Uint8Array(ZipArchive.build(files));
}

const DATA_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">
<dimension ref="A1:H7"/><cols><col min="8" max="8" width="10" style="1"/></cols><sheetData>
<row r="1" spans="1:5" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>
<c r="D1" t="inlineStr"><is><t>Nội tuyến</t></is></c><c r="E1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c><c r="F1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2"><v>42</v></c><c r="B2" s="1"><v>0.94</v></c><c r="C2" s="2"><v>45382</v></c><c r="D2" s="3"><v>45383.5</v></c>
<c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#DIV/0!</v></c><c r="G2" t="str"><v>chữ &amp; số</v></c><c r="H2" s="1"/></row>
<row r="3"><c r="A3"><f>SUM(A2,1)</f><v>43</v></c><c r="B3"><f t="shared" ref="B3:B5" si="0">A3*2</f><v>86</v></c>
<c r="C3" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="D3" t="str"><f>_xlfn.IFS(A2&gt;1,"a",TRUE,"b")</f><v>a</v></c>
<c r="E3" t="b"><f>A2&gt;1</f><v>1</v></c><c r="F3" t="e"><f>NA()</f><v>#N/A</v></c><c r="G3" s="2"><f>C2+1</f><v>45383</v></c></row>
<row r="4"><c r="B4"><f t="shared" si="0"/><v>0</v></c><c r="C4"><f>B4</f><v></v></c></row>
<row r="5"><c r="B5"><f t="shared" si="0"/></c></row>
<row r="6"><c r="A6" t="s"><v>0</v></c><c r="B6"><v>7</v></c><c r="E6"><v>-1.5E-3</v></c></row>
<row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7"><v>5</v></c><c r="C7" s="2"/></row>
</sheetData><mergeCells count="1"><mergeCell ref="A7:C7"/></mergeCells>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const NAMES =
  `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Dữ liệu'!$1:$1</definedName>` +
  `<definedName name="DonVi">'Dữ liệu'!$A$1</definedName><definedName name="Vung">'Dữ liệu'!$A$2:$B$3</definedName>` +
  `<definedName name="HangSo">42</definedName></definedNames>`;

async function both(bytes: Uint8Array, sheets: string[]) {
  const fast = await readSubmission(bytes, "tay.xlsx", { sheets });
  const reference = await readSubmission(bytes, "tay.xlsx", { sheets, engine: "exceljs" });
  if (!fast.ok || !reference.ok) throw new Error(`unreadable: ${JSON.stringify([fast, reference])}`);
  return { fast: fast.snapshot, reference: reference.snapshot };
}

describe("the fast reader", () => {
  const bytes = workbook([{ name: "Dữ liệu", xml: DATA_SHEET }], NAMES);

  it("agrees with exceljs on every spelling of a cell", async () => {
    const { fast, reference } = await both(bytes, ["Dữ liệu"]);
    expect(snapshotDifferences(fast, reference)).toEqual([]);
  });

  it("reads what each cell holds", async () => {
    const { fast } = await both(bytes, ["Dữ liệu"]);
    const rows = fast.sheets[0].rows;
    expect(rows[0].map((c) => c.value)).toEqual([
      "Mã",
      "Chỉ tiêu",
      "dòng 1\rdòng 2 & “trích”",
      "Nội tuyến",
      "ab",
      '=HYPERLINK("http://example.invalid","x")',
      null,
    ]);
    expect(rows[0][5].formula).toBeUndefined();
    expect(rows[1].slice(0, 7)).toEqual([
      { value: 42 },
      { value: 0.94, numberFormat: "0%" },
      { value: 45382, numberFormat: "dd/mm/yyyy" },
      { value: 45383.5, numberFormat: "mm-dd-yy" },
      { value: true },
      { value: { error: "#DIV/0!" } },
      { value: "chữ & số" },
    ]);
    expect(rows[2].map((c) => c.formula)).toEqual([
      "=SUM(A2,1)",
      "=A3*2",
      '="x"&"y"',
      '=IFS(A2>1,"a",TRUE,"b")',
      "=A2>1",
      "=NA()",
      "=C2+1",
      undefined,
    ]);
    expect(rows[3][1]).toEqual({ value: 0, formula: "=A4*2" });
    expect(rows[3][2]).toEqual({ value: null, formula: "=B4" });
    expect(rows[4][1]).toEqual({ value: null, formula: "=A5*2" });
    expect(rows[5].slice(0, 5).map((c) => c.value)).toEqual(["Mã", 7, null, null, -0.0015]);
    // Merged over A7:C7: B7's stray value is not shown.
    expect(rows[6].slice(0, 3).map((c) => c.value)).toEqual(["Mã", null, null]);
    expect(fast.names).toEqual({ DonVi: "'Dữ liệu'!$A$1", Vung: "'Dữ liệu'!$A$2:$B$3" });
  });

  it("reads sheets whose elements carry a namespace prefix", async () => {
    const prefixed = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;
    const fast = await readSubmission(workbook([{ name: "Khác", xml: prefixed }]), "x.xlsx", { sheets: ["Khác"] });
    if (!fast.ok) throw new Error(fast.message.en);
    expect(fast.snapshot.sheets[0].rows).toEqual([[{ value: "Mã" }, { value: 2, formula: "=1+1" }]]);
  });

  it("reads cells and rows that do not give their position (exceljs cannot)", async () => {
    const bare = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>
<row><c t="s"><v>0</v></c><c><v>7</v></c></row><row><c r="C2"><v>1</v></c><c><v>2</v></c></row>
</sheetData></worksheet>`;
    const fast = await readSubmission(workbook([{ name: "Trống", xml: bare }]), "b.xlsx", { sheets: ["Trống"] });
    if (!fast.ok) throw new Error(fast.message.en);
    expect(fast.snapshot.sheets[0].rows.map((r) => r.map((c) => c.value))).toEqual([
      ["Mã", 7, null, null],
      [null, null, 1, 2],
    ]);
  });

  it('reads ISO dates (t="d") as date serials', async () => {
    const dated = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">
<c r="A1" t="d" s="2"><v>2024-03-31</v></c><c r="B1" t="d"><v>2024-03-31T12:00:00</v></c><c r="C1" t="d"><v>hôm qua</v></c>
</row></sheetData></worksheet>`;
    const fast = await readSubmission(workbook([{ name: "Ngày", xml: dated }]), "d.xlsx", { sheets: ["Ngày"] });
    if (!fast.ok) throw new Error(fast.message.en);
    expect(fast.snapshot.sheets[0].rows[0].map((c) => c.value)).toEqual([45382, 45382.5, { error: "#VALUE!" }]);
  });

  it("leaves out the sheets not asked for, and reads names even then", async () => {
    const fast = await readSubmission(bytes, "tay.xlsx", { sheets: ["Thông tin"] });
    if (!fast.ok) throw new Error(fast.message.en);
    expect(fast.snapshot.sheets).toEqual([]);
    expect(Object.keys(fast.snapshot.names)).toEqual(["DonVi", "Vung"]);
  });
});
