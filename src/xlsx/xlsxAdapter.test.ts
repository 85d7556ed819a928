import { createHash } from "crypto";
import { Workbook } from "exceljs";
import fc from "fast-check";
import { cellAddress } from "../core/workbook/a1";
import { normalizePlan } from "../core/workbook/normalizePlan";
import { InvalidPlanError } from "../core/workbook/planProblems";
import { emptySheet, type PlanCell, type SheetPlan, type WorkbookPlan } from "../core/workbook/workbookPlan";
import { workbookParts } from "./sheetParts";
import { MAX_CELL_TEXT } from "./writeSheetPlan";
import { writePlanToXlsx, XlsxAdapter } from "./xlsxAdapter";
import { ZipArchive } from "./zipArchive";

jest.setTimeout(60_000);

function workbook(...sheets: SheetPlan[]): WorkbookPlan {
  return { formatVersion: "1.0", sheets, names: [] };
}

function baseSheet(name = "Trang 1"): SheetPlan {
  const sheet = emptySheet(name);
  sheet.blocks.push({
    row: 0,
    col: 0,
    cells: [
      [{ value: "Mã" }, { value: "Tên" }, { value: "Số" }],
      [{ value: "A.1" }, { value: "Cải cách" }, { value: 3 }],
      [{ value: "A.2" }, { value: "Hành chính" }, { value: 4.5 }],
    ],
  });
  return sheet;
}

async function describeAfterSave(plan: WorkbookPlan): Promise<WorkbookPlan> {
  const adapter = await XlsxAdapter.fromBuffer(await writePlanToXlsx(plan));
  return adapter.describe();
}

function sheetXml(bytes: Uint8Array, sheet: string): string {
  const zip = ZipArchive.read(bytes);
  const part = workbookParts(zip)?.sheets.find((s) => s.name === sheet);
  if (!part) throw new Error(`no sheet ${sheet}`);
  return zip.readText(part.path);
}

function cellXml(xml: string, address: string): string {
  const match = new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>.*?</c>)`).exec(xml);
  if (!match) throw new Error(`no cell ${address}`);
  return match[0];
}

type Case = [string, (plan: WorkbookPlan, sheet: SheetPlan) => void];

const FEATURES: Case[] = [
  [
    "values of every type",
    (_p, s) => {
      s.blocks.push({
        row: 4,
        col: 0,
        cells: [
          [{ value: -12.75 }, { value: true }, { value: false }, { value: 1e21 }, { value: 0.1 + 0.2 }],
          [{ value: "=1+1" }, { value: "+84" }, { value: "-5 trẻ" }, { value: "@SUM(A1)" }, { value: "  cách  " }],
          [
            { value: "dòng 1\ndòng 2" },
            { value: "a\r\nb\tc" },
            { value: "_x0041_" },
            { value: "&<>\"'" },
            { value: "😀 Ủy" },
          ],
        ],
      });
    },
  ],
  [
    "formulas",
    (_p, s) => {
      s.blocks.push({
        row: 4,
        col: 0,
        cells: [
          [
            { formula: "=SUM(C2:C3)" },
            { formula: '=IF(C2>3,"Đạt","Chưa đạt")' },
            { formula: "=IFS(C2>3,1,TRUE,0)" },
            { formula: '=TEXTJOIN(", ",TRUE,"a","b")' },
            { formula: "='Trang 1'!C2*2" },
          ],
        ],
      });
    },
  ],
  [
    "dates as serials with a date format",
    (_p, s) => {
      s.blocks.push({
        row: 4,
        col: 0,
        cells: [[{ value: 45747 }, { value: 45747.5 }, { formula: "=DATE(2025,3,31)" }]],
      });
      s.styles.push({ range: "A5:C5", style: { numberFormat: "dd/mm/yyyy" } });
    },
  ],
  [
    "fonts",
    (_p, s) => {
      s.styles.push({ range: "A1:C1", style: { fontName: "Times New Roman", fontSize: 13, bold: true, italic: true } });
      s.styles.push({ range: "A2", style: { fontColor: "#1f4e79", fontSize: 14 } });
    },
  ],
  [
    "fills, alignment, wrap, number format, unlocking, borders",
    (_p, s) => {
      s.styles.push(
        {
          range: "A1:C1",
          style: { fill: "#1F4E79", horizontalAlignment: "centerAcrossSelection", verticalAlignment: "middle" },
        },
        {
          range: "A2:A3",
          style: { horizontalAlignment: "left", verticalAlignment: "top", wrapText: true, border: "thin" },
        },
        { range: "B2:B3", style: { horizontalAlignment: "right", border: "medium", locked: false } },
        {
          range: "C2:C3",
          style: { horizontalAlignment: "center", numberFormat: "#,##0.0", verticalAlignment: "bottom" },
        },
        { range: "E5", style: { fill: "#FFFBEA" } },
      );
    },
  ],
  [
    "overlapping styles merge field by field, later wins",
    (_p, s) => {
      s.styles.push(
        { range: "A1:C3", style: { fontName: "Times New Roman", fontSize: 12, border: "thin" } },
        { range: "B2:C3", style: { bold: true, fill: "#D9E1F2", fontSize: 14 } },
        { range: "C3", style: { bold: false, border: "none" } },
      );
    },
  ],
  [
    "column widths, hidden columns, row heights",
    (_p, s) => {
      s.columns.push({ width: 10 }, { width: 36.5 }, { width: 12, hidden: true }, { width: 8.43 });
      s.rowHeights.push({ row: 0, height: 36 }, { row: 6, height: 12.75 });
    },
  ],
  [
    "frozen rows and columns",
    (_p, s) => {
      s.freeze = { rows: 3, columns: 1 };
    },
  ],
  [
    "frozen rows only",
    (_p, s) => {
      s.freeze = { rows: 1, columns: 0 };
    },
  ],
  [
    "tab colour and a hidden sheet",
    (p, s) => {
      s.tabColor = "#00b050";
      const hidden = baseSheet("Ẩn");
      hidden.hidden = true;
      p.sheets.push(hidden);
    },
  ],
  [
    "an Excel table over the block",
    (_p, s) => {
      s.tables.push({ name: "BangChiTieu", range: "A1:C3", style: "TableStyleMedium2", showRowStripes: true });
    },
  ],
  [
    "an Excel table with formulas and no stripes",
    (_p, s) => {
      s.blocks.push({ row: 0, col: 3, cells: [[{ value: "Cộng" }], [{ formula: "=C2+1" }], [{ formula: "=C3+1" }]] });
      s.tables.push({ name: "Bang_2", range: "B1:D3", style: "TableStyleLight9", showRowStripes: false });
    },
  ],
  [
    "an autofilter",
    (_p, s) => {
      s.autoFilter = { range: "A1:C3" };
    },
  ],
  [
    "data validation of every kind",
    (_p, s) => {
      const error = { title: "Không hợp lệ", text: "Giá trị không hợp lệ", style: "stop" as const };
      s.validations.push(
        {
          range: "A2:A3",
          rule: { type: "list", values: ["Chưa thực hiện", "Đang thực hiện", 'Hoàn "thành"'] },
          allowBlank: true,
          prompt: { title: "Tình trạng", text: "Chọn từ danh sách\ndòng hai" },
          error,
        },
        {
          range: "B2:B3",
          rule: { type: "decimal", operator: "between", min: 0, max: 100.5 },
          allowBlank: false,
          error,
        },
        {
          range: "C2:C3",
          rule: { type: "decimal", operator: "greaterThanOrEqual", min: -1.5 },
          allowBlank: true,
          error,
        },
        {
          range: "D2:D3",
          rule: { type: "wholeNumber", operator: "between", min: 1, max: 12 },
          allowBlank: true,
          error: { ...error, style: "warning" },
        },
        {
          range: "E2:E3",
          rule: { type: "wholeNumber", operator: "greaterThanOrEqual", min: 0 },
          allowBlank: true,
          error: { ...error, style: "information" },
        },
        {
          range: "F2:F3",
          rule: { type: "date", operator: "between", min: 45292, max: 45657 },
          allowBlank: true,
          error,
        },
        {
          range: "G2:G3",
          rule: { type: "textLength", operator: "lessThanOrEqual", max: 500 },
          allowBlank: true,
          error,
        },
        { range: "H2:H3", rule: { type: "custom", formula: '=OR(H2="",ISNUMBER(H2))' }, allowBlank: true, error },
      );
    },
  ],
  [
    "conditional formats: priorities ranked, stopIfTrue, fill, font colour, bold",
    (_p, s) => {
      s.conditionalFormats.push(
        {
          range: "A2:C3",
          formula: "=$C2>4",
          style: { fill: "#FFC7CE", fontColor: "#9C0006" },
          priority: 10,
          stopIfTrue: true,
        },
        { range: "A2:C3", formula: "=$C2>3", style: { fill: "#C6EFCE", bold: true }, priority: 20, stopIfTrue: false },
        { range: "C2:C3", formula: "=ISBLANK($C2)", style: { fontColor: "#7F7F7F" }, priority: 0, stopIfTrue: true },
      );
    },
  ],
  [
    "data bars with and without bounds",
    (_p, s) => {
      s.dataBars.push({ range: "C2:C3", color: "#638ec6", min: 0, max: 100 }, { range: "D2:D3", color: "#63BE7B" });
    },
  ],
  [
    "protection without a password",
    (_p, s) => {
      s.protection = { allowFormatColumns: true, allowFormatRows: false, allowAutoFilter: true, allowSort: false };
    },
  ],
  [
    "protection with a password",
    (_p, s) => {
      s.protection = {
        password: "bí mật",
        allowFormatColumns: false,
        allowFormatRows: true,
        allowAutoFilter: false,
        allowSort: true,
      };
    },
  ],
  [
    "print setup: landscape A4, title rows, fit to width, margins, footer",
    (_p, s) => {
      s.print = {
        orientation: "landscape",
        paperSize: "A4",
        printTitleRows: "$1:$3",
        fitToWidth: true,
        margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4, header: 0.2, footer: 0.25 },
        centerFooter: "Trang &P/&N",
      };
    },
  ],
  [
    "print setup: portrait, nothing else",
    (_p, s) => {
      s.print = { orientation: "portrait", paperSize: "A4", fitToWidth: false };
    },
  ],
  [
    "defined names with comments",
    (p) => {
      p.names.push(
        { name: "NamKeHoach", ref: "'Trang 1'!$C$2", comment: "Năm kế hoạch & <ghi chú>" },
        { name: "VungSo", ref: "'Trang 1'!$C$2:$C$3" },
      );
    },
  ],
  [
    "a sheet name with an apostrophe, its print titles and a name on it",
    (p) => {
      const odd = baseSheet("Sở Nội vụ's");
      odd.print = { orientation: "portrait", paperSize: "A4", printTitleRows: "$1:$1", fitToWidth: true };
      p.sheets.push(odd);
      p.names.push({ name: "Odd", ref: "'Sở Nội vụ''s'!$A$1" });
    },
  ],
];

describe("XlsxAdapter writes every WorkbookPlan feature and describes it back", () => {
  it.each(FEATURES)("%s", async (_name, build) => {
    const sheet = baseSheet();
    const plan = workbook(sheet);
    build(plan, sheet);
    expect(await describeAfterSave(plan)).toEqual(normalizePlan(plan));
  });

  it("writes a number in a table's header row as text, as Excel does", async () => {
    const sheet = baseSheet();
    sheet.blocks.push({ row: 0, col: 3, cells: [[{ value: 2025 }], [{ value: 1 }], [{ value: 2 }]] });
    sheet.tables.push({ name: "Nam", range: "A1:D3", style: "TableStyleMedium2", showRowStripes: true });
    const described = await describeAfterSave(workbook(sheet));
    expect(described.sheets[0].blocks[0].cells[0][3]).toEqual({ value: "2025" });
  });

  it("describes the format version it wrote", async () => {
    const plan = { ...workbook(baseSheet()), formatVersion: "2.3" };
    expect((await describeAfterSave(plan)).formatVersion).toBe("2.3");
  });

  it("describes a freshly written workbook without saving it first", async () => {
    const sheet = baseSheet();
    sheet.validations.push({
      range: "C2:C3",
      rule: { type: "decimal", operator: "between", min: 0, max: 10 },
      allowBlank: true,
      error: { title: "Lỗi", text: "0–10", style: "stop" },
    });
    const adapter = new XlsxAdapter();
    await adapter.writePlan(workbook(sheet));
    expect(await adapter.describe()).toEqual(normalizePlan(workbook(sheet)));
  });
});

describe("text stays text", () => {
  const tricky = ["=1+1", "+84", "-5 trẻ", "@SUM(A1)", "=SUM(A1:A3)", "=", "-", "+", "@", '=HYPERLINK("x")'];

  it("stores strings that look like formulas as shared strings with no <f>", async () => {
    const sheet = emptySheet("Văn bản");
    sheet.blocks.push({ row: 0, col: 0, cells: tricky.map((value) => [{ value }]) });
    const bytes = await writePlanToXlsx(workbook(sheet));
    const xml = sheetXml(bytes, "Văn bản");
    tricky.forEach((_text, row) => {
      const cell = cellXml(xml, cellAddress(row, 0));
      expect(cell).toMatch(/ t="(s|inlineStr)"/);
      expect(cell).not.toMatch(/<f[ >]/);
    });
    const snapshot = await (await XlsxAdapter.fromBuffer(bytes)).readSnapshot();
    expect(snapshot.sheets[0].rows.map((row) => row[0])).toEqual(tricky.map((value) => ({ value })));
  });

  it("stores a formula as <f> without the leading =", async () => {
    const sheet = emptySheet("Công thức");
    sheet.blocks.push({ row: 0, col: 0, cells: [[{ value: 1 }, { formula: "=A1+1" }]] });
    const xml = sheetXml(await writePlanToXlsx(workbook(sheet)), "Công thức");
    expect(cellXml(xml, "B1")).toContain("<f>A1+1</f>");
  });
});

describe("what the writer changes, and what it refuses", () => {
  it("cuts text beyond Excel's 32,767 characters, without splitting a surrogate pair, and says so", async () => {
    const sheet = emptySheet("Dài");
    const long = "a".repeat(MAX_CELL_TEXT - 1) + "😀" + "b".repeat(10);
    sheet.blocks.push({ row: 0, col: 0, cells: [[{ value: long }, { value: "x".repeat(MAX_CELL_TEXT) }]] });
    const warnings: string[] = [];
    const bytes = await writePlanToXlsx(workbook(sheet), (w) => warnings.push(w.en));
    const rows = (await (await XlsxAdapter.fromBuffer(bytes)).readSnapshot()).sheets[0].rows;
    expect(rows[0][0].value).toBe("a".repeat(MAX_CELL_TEXT - 1));
    expect(rows[0][1].value).toBe("x".repeat(MAX_CELL_TEXT));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("A1");
    expect(warnings[0]).toContain(String(long.length));
  });

  it("removes control characters an .xlsx cannot hold, keeps tab and line breaks, and says so", async () => {
    const sheet = emptySheet("Ký tự");
    sheet.blocks.push({
      row: 0,
      col: 0,
      cells: [[{ value: "a\u0001b\u0007c\u007f\td\ne" }, { value: "bình thường" }]],
    });
    const adapter = new XlsxAdapter();
    await adapter.writePlan(workbook(sheet));
    expect(adapter.warnings.map((w) => w.en)).toEqual([expect.stringContaining("cell A1")]);
    const reread = await XlsxAdapter.fromBuffer(await adapter.toBuffer());
    expect((await reread.readSnapshot()).sheets[0].rows[0]).toEqual([{ value: "abc\td\ne" }, { value: "bình thường" }]);
  });

  it.each<[string, (s: SheetPlan) => void, RegExp]>([
    [
      "a table with an empty header",
      (s) => s.tables.push({ name: "T1", range: "A2:D3", style: "TableStyleMedium2", showRowStripes: true }),
      /empty header cell D2/,
    ],
    [
      "a table with a duplicate header",
      (s) => {
        s.blocks.push({ row: 0, col: 3, cells: [[{ value: "tên" }]] });
        s.tables.push({ name: "T1", range: "A1:D3", style: "TableStyleMedium2", showRowStripes: true });
      },
      /two columns headed “tên”/,
    ],
    [
      "a table of one row",
      (s) => s.tables.push({ name: "T1", range: "A1:C1", style: "TableStyleMedium2", showRowStripes: true }),
      /at least one data row/,
    ],
    [
      "a table named like a cell",
      (s) => s.tables.push({ name: "AB12", range: "A1:C3", style: "TableStyleMedium2", showRowStripes: true }),
      /cannot name a table/,
    ],
    [
      "a filter over a table",
      (s) => {
        s.tables.push({ name: "T1", range: "A1:C3", style: "TableStyleMedium2", showRowStripes: true });
        s.autoFilter = { range: "B1:B3" };
      },
      /overlaps table “T1”/,
    ],
    [
      "a drop-down item with a comma",
      (s) =>
        s.validations.push({
          range: "A2",
          rule: { type: "list", values: ["a,b"] },
          allowBlank: true,
          error: { title: "", text: "", style: "stop" },
        }),
      /contains a comma/,
    ],
  ])("refuses %s with a message naming the place", async (_name, build, message) => {
    const sheet = baseSheet();
    build(sheet);
    const error = await writePlanToXlsx(workbook(sheet)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidPlanError);
    expect((error as InvalidPlanError).problems.map((m) => m.en).join("\n")).toMatch(message);
    expect((error as InvalidPlanError).problems.every((m) => m.vi !== "" && m.vi !== m.en)).toBe(true);
  });

  it("refuses a table name used on another sheet", async () => {
    const a = baseSheet("A");
    const b = baseSheet("B");
    a.tables.push({ name: "Bang", range: "A1:C3", style: "TableStyleMedium2", showRowStripes: true });
    b.tables.push({ name: "bang", range: "A1:C3", style: "TableStyleMedium2", showRowStripes: true });
    await expect(writePlanToXlsx(workbook(a, b))).rejects.toThrow(/used twice/);
  });
});

describe("sheets and names are replaced by name", () => {
  it("replaces a sheet of the same name in place, keeps the others, and replaces names", async () => {
    const adapter = new XlsxAdapter();
    const first = baseSheet("Một");
    first.conditionalFormats.push({
      range: "A1",
      formula: "=TRUE",
      style: { bold: true },
      priority: 1,
      stopIfTrue: true,
    });
    await adapter.writePlan({
      formatVersion: "1.0",
      sheets: [first, baseSheet("Hai"), baseSheet("Ba")],
      names: [
        { name: "Giu", ref: "'Ba'!$A$1", comment: "giữ" },
        { name: "Doi", ref: "'Một'!$A$1", comment: "cũ" },
      ],
    });
    const replacement = emptySheet("HAI");
    replacement.blocks.push({ row: 0, col: 0, cells: [[{ value: "mới" }]] });
    await adapter.writePlan({
      formatVersion: "1.1",
      sheets: [replacement, baseSheet("Bốn")],
      names: [{ name: "doi", ref: "'HAI'!$A$1" }],
    });
    const reread = await XlsxAdapter.fromBuffer(await adapter.toBuffer());
    const described = await reread.describe();
    expect(described.sheets.map((s) => s.name)).toEqual(["Một", "HAI", "Ba", "Bốn"]);
    expect(described.sheets[1].blocks).toEqual([{ row: 0, col: 0, cells: [[{ value: "mới" }]] }]);
    expect(described.sheets[0].conditionalFormats[0].stopIfTrue).toBe(true);
    expect(described.names).toEqual([
      { name: "Giu", ref: "'Ba'!$A$1", comment: "giữ" },
      { name: "doi", ref: "'HAI'!$A$1" },
    ]);
    expect(described.formatVersion).toBe("1.1");
  });

  it("keeps stopIfTrue and name comments of a loaded file through another save", async () => {
    const sheet = baseSheet();
    sheet.conditionalFormats.push({
      range: "C2:C3",
      formula: "=C2>3",
      style: { fill: "#FF0000" },
      priority: 1,
      stopIfTrue: true,
    });
    const plan: WorkbookPlan = {
      ...workbook(sheet),
      names: [{ name: "N", ref: "'Trang 1'!$C$2", comment: "ghi chú" }],
    };
    const loaded = await XlsxAdapter.fromBuffer(await writePlanToXlsx(plan));
    await loaded.writePlan(workbook(baseSheet("Thêm")));
    const described = await (await XlsxAdapter.fromBuffer(await loaded.toBuffer())).describe();
    expect(described.sheets[0]).toEqual(normalizePlan(plan).sheets[0]);
    expect(described.names).toEqual([{ name: "N", ref: "'Trang 1'!$C$2", comment: "ghi chú" }]);
  });
});

describe("sheet filters", () => {
  it("carry the hidden _xlnm._FilterDatabase name scoped to their sheet, once, through re-saves", async () => {
    const a = baseSheet("Không lọc");
    const b = baseSheet("Có lọc");
    b.autoFilter = { range: "A1:C3" };
    const first = await writePlanToXlsx(workbook(a, b));
    const again = await (await XlsxAdapter.fromBuffer(first)).toBuffer();
    for (const bytes of [first, again]) {
      const xml = ZipArchive.read(bytes).readText("xl/workbook.xml");
      const names = xml.match(/<definedName\b[^>]*_FilterDatabase[^>]*>[^<]*<\/definedName>/g) ?? [];
      expect(names).toEqual([
        `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Có lọc'!$A$1:$C$3</definedName>`,
      ]);
    }
    expect((await (await XlsxAdapter.fromBuffer(again)).readSnapshot()).names).toEqual({});
  });
});

describe("sheet protection passwords", () => {
  it("stores Excel's SHA-512 hash of the password, salted and spun", async () => {
    const sheet = baseSheet();
    sheet.protection = {
      password: "mật khẩu",
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: true,
      allowSort: false,
    };
    const xml = sheetXml(await writePlanToXlsx(workbook(sheet)), "Trang 1");
    const tag = /<sheetProtection [^>]*>/.exec(xml)?.[0] ?? "";
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
    expect(attr("algorithmName")).toBe("SHA-512");
    // ECMA-376 Part 1, 18.2.28: H0 = H(salt + UTF-16LE password); Hn = H(Hn-1 + LE32(n-1)).
    let hash = createHash("sha512")
      .update(Buffer.concat([Buffer.from(attr("saltValue"), "base64"), Buffer.from("mật khẩu", "utf16le")]))
      .digest();
    const counter = Buffer.alloc(4);
    for (let i = 0; i < Number(attr("spinCount")); i++) {
      counter.writeUInt32LE(i, 0);
      hash = createHash("sha512")
        .update(Buffer.concat([hash, counter]))
        .digest();
    }
    expect(attr("hashValue")).toBe(hash.toString("base64"));
    expect(tag).toContain('sheet="1"');
    expect(tag).toContain('formatColumns="0"');
    expect(tag).not.toContain('sort="0"');
  });
});

describe("readSnapshot of workbooks made elsewhere", () => {
  async function snapshotOf(build: (wb: Workbook) => void) {
    const wb = new Workbook();
    build(wb);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    return (await XlsxAdapter.fromBuffer(bytes)).readSnapshot();
  }

  it("reads errors, cached results, dates, rich text, hyperlinks, merged cells and shared formulas", async () => {
    const snapshot = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("Ngoài");
      ws.getCell("A1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("B1").value = { error: "#N/A" };
      ws.getCell("C1").value = { formula: "_xlfn.IFS(TRUE,7)", result: 7 };
      ws.getCell("D1").value = { formula: '"a"&"b"', result: "ab" };
      ws.getCell("A2").value = new Date(Date.UTC(2025, 2, 31, 12));
      ws.getCell("A2").numFmt = "dd/mm/yyyy hh:mm";
      ws.getCell("B2").value = { richText: [{ text: "Ủy " }, { text: "ban", font: { bold: true } }] };
      ws.getCell("C2").value = { text: "trang", hyperlink: "https://example.org" };
      ws.getCell("A3").value = "gộp";
      ws.mergeCells("A3:B3");
      ws.getCell("C3").value = 2;
      ws.getCell("C4").value = 3;
      ws.fillFormula("D3:D4", "C3*2", [4, 6]);
      ws.getCell("A4").value = { formula: "C3+C4" };
    });
    const rows = snapshot.sheets[0].rows;
    expect(rows[0]).toEqual([
      { value: { error: "#DIV/0!" }, formula: "=1/0" },
      { value: { error: "#N/A" } },
      { value: 7, formula: "=IFS(TRUE,7)" },
      { value: "ab", formula: '="a"&"b"' },
    ]);
    expect(rows[1][0]).toEqual({ value: 45747.5, numberFormat: "dd/mm/yyyy hh:mm" });
    expect(rows[1][1]).toEqual({ value: "Ủy ban" });
    expect(rows[1][2]).toEqual({ value: "trang" });
    expect(rows[2].slice(0, 2)).toEqual([{ value: "gộp" }, { value: null }]);
    expect(rows[2][3]).toEqual({ value: 4, formula: "=C3*2" });
    expect(rows[3][3]).toEqual({ value: 6, formula: "=C4*2" });
    expect(rows[3][0]).toEqual({ value: null, formula: "=C3+C4" });
  });

  it("reads the 1904 date system as serials of that system", async () => {
    const snapshot = await snapshotOf((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("1904");
      ws.getCell("A1").value = new Date(Date.UTC(2025, 2, 31));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    expect(snapshot.sheets[0].rows[0][0].value).toBe(45747 - 1462);
  });

  it("ends the dense rows at the last value, and reads names", async () => {
    const snapshot = await snapshotOf((wb) => {
      const ws = wb.addWorksheet("Trống");
      ws.getCell("B2").value = 1;
      ws.getCell("E9").numFmt = "0%";
      wb.definedNames.add("'Trống'!$B$2", "Mot");
    });
    expect(snapshot.sheets[0].rows).toEqual([
      [{ value: null }, { value: null }],
      [{ value: null }, { value: 1 }],
    ]);
    expect(snapshot.names).toEqual({ Mot: "'Trống'!$B$2" });
  });
});

/** C0 controls other than tab and line breaks, DEL and the two non-characters. */
function unstorable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f || code === 0xfffe || code === 0xffff;
}

// Strings as people type them, including those that start like formulas; no C0 controls other than
// tab and line breaks (the writer removes those, tested above).
const text = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
    fc.tuple(fc.constantFrom("=", "+", "-", "@", "_x00", "'"), fc.string({ maxLength: 8 })).map(([a, b]) => a + b),
    fc.constantFrom("Ủy ban nhân dân", "Chưa thực hiện", "=1+1", "@SUM(A1)", "-5 trẻ", "+84", "a\nb", "x\r\ny", "\t"),
  )
  .filter((s) => s !== "" && ![...s].some(unstorable));
const formulas = fc.constantFrom(
  "=SUM(A1:B2)",
  "=1+2*3",
  '=IF(TRUE,"có","không")',
  '="a"&"b"',
  "=IFS(TRUE,1)",
  '=TEXTJOIN(",",TRUE,"x","y")',
  "=AND(ISBLANK(Z99),1<2)",
);
const planCell: fc.Arbitrary<PlanCell> = fc.oneof(
  text.map((value) => ({ value })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ value: Object.is(value, -0) ? 0 : value })),
  fc.boolean().map((value) => ({ value })),
  formulas.map((formula) => ({ formula })),
  fc.constant({ value: null }),
);
const block = fc
  .record({
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 1, max: 4 }),
    row: fc.nat(5),
    col: fc.nat(5),
  })
  .chain(({ rows, cols, row, col }) =>
    fc
      .array(fc.array(planCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })
      .map((cells) => ({
        row,
        col,
        cells,
      })),
  );

describe("random plans round-trip through an .xlsx file", () => {
  it("keeps every value, strings as strings, formulas as formulas", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 3 }), async (blocks) => {
        const sheet = emptySheet("Ngẫu nhiên");
        sheet.blocks = blocks;
        const plan = workbook(sheet);
        const adapter = await XlsxAdapter.fromBuffer(await writePlanToXlsx(plan));
        const rows = (await adapter.readSnapshot()).sheets[0]?.rows ?? [];
        const expected = normalizePlan(plan).sheets[0].blocks;
        for (const line of expected) {
          line.cells[0].forEach((cell, i) => {
            const got = rows[line.row]?.[line.col + i];
            if (cell.formula !== undefined) expect(got).toEqual({ value: null, formula: cell.formula });
            else if (cell.value !== undefined) expect(got).toEqual({ value: cell.value });
          });
        }
        expect(await adapter.describe()).toEqual(normalizePlan(plan));
      }),
      { numRuns: 40 },
    );
  });
});
