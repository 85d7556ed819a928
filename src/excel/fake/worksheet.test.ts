import { FakeExcel, createFakeExcel } from "./createFakeExcel";

async function batch(fake: FakeExcel, work: (context: Excel.RequestContext) => void): Promise<void> {
  await fake.Excel.run(async (context) => {
    work(context);
    await context.sync();
  });
}

describe("worksheets", () => {
  it("starts as a blank workbook with Sheet1", () => {
    const fake = createFakeExcel();
    expect(fake.state.sheetNames).toEqual(["Sheet1"]);
    expect(fake.state.activeSheetName).toBe("Sheet1");
    expect(fake.state.selection).toBe("Sheet1!A1");
  });

  it("adds, lists, renames, moves, hides and deletes sheets", async () => {
    const fake = createFakeExcel();
    await batch(fake, (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("Hướng dẫn");
      sheets.add();
      sheets.add("Thông tin").position = 0;
      sheets.getItem("Sheet2").visibility = "Hidden";
      sheets.getItem("Sheet1").name = "Khung nhiệm vụ";
    });
    const items = await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/position, items/visibility");
      const count = context.workbook.worksheets.getCount(true);
      await context.sync();
      return {
        names: sheets.items.map((sheet) => [sheet.name, sheet.position, sheet.visibility]),
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync, not load
        visible: count.value,
      };
    });
    expect(items.names).toEqual([
      ["Thông tin", 0, "Visible"],
      ["Khung nhiệm vụ", 1, "Visible"],
      ["Hướng dẫn", 2, "Visible"],
      ["Sheet2", 3, "Hidden"],
    ]);
    expect(items.visible).toBe(3);
    await batch(fake, (context) => context.workbook.worksheets.getItem("Sheet2").delete());
    expect(fake.state.sheetNames).toEqual(["Thông tin", "Khung nhiệm vụ", "Hướng dẫn"]);
  });

  it.each([
    ["", "InvalidArgument"],
    ["a".repeat(32), "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["[x]", "InvalidArgument"],
    ["'quoted'", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["sheet1", "ItemAlreadyExists"],
  ])("refuses the sheet name %p with %s", async (name, code) => {
    const fake = createFakeExcel();
    await expect(batch(fake, (context) => context.workbook.worksheets.add(name))).rejects.toMatchObject({ code });
  });

  it("keeps at least one visible sheet", async () => {
    const fake = createFakeExcel();
    await expect(
      batch(fake, (context) => context.workbook.worksheets.getItem("Sheet1").delete()),
    ).rejects.toMatchObject({
      code: "InvalidOperation",
    });
  });

  it("reads the active worksheet and activates another", async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [] } });
    await batch(fake, (context) => context.workbook.worksheets.getItem("B").activate());
    const name = await fake.Excel.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return active.name;
    });
    expect(name).toBe("B");
  });
});

describe("protection", () => {
  it("protects with options and a password; locked cells refuse writes, unlocked accept them", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await batch(fake, (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("M:P").format.protection.locked = false;
      sheet.protection.protect({ allowAutoFilter: true, allowFormatColumns: true }, "mật khẩu");
    });
    expect(fake.state.sheet("S").protection).toMatchObject({
      protected: true,
      password: "mật khẩu",
      options: { allowAutoFilter: true, allowFormatColumns: true, allowFormatCells: false },
    });
    await batch(fake, (context) => {
      context.workbook.worksheets.getItem("S").getRange("M4:P4").values = [["Hoàn thành", 45365, "QĐ 12", ""]];
    });
    await expect(
      batch(fake, (context) => {
        context.workbook.worksheets.getItem("S").getRange("L4:M4").values = [["x", "y"]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      batch(fake, (context) => {
        context.workbook.worksheets.getItem("S").getRange("M4").format.fill.color = "red";
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await batch(fake, (context) => {
      context.workbook.worksheets.getItem("S").getRange("A:A").format.columnWidth = 80;
    });
    const loaded = await fake.Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("S").protection.load("protected, options");
      await context.sync();
      return protection;
    });
    expect(loaded.protected).toBe(true);
    expect(loaded.options.allowAutoFilter).toBe(true);
  });

  it("refuses protecting twice, unprotecting an unprotected sheet, and a wrong password", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    const protection = (context: Excel.RequestContext) => context.workbook.worksheets.getItem("S").protection;
    await expect(batch(fake, (context) => protection(context).unprotect())).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await batch(fake, (context) => protection(context).protect(undefined, "pw"));
    await expect(batch(fake, (context) => protection(context).protect())).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(batch(fake, (context) => protection(context).unprotect("nope"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await batch(fake, (context) => protection(context).unprotect("pw"));
    expect(fake.state.sheet("S").protection.protected).toBe(false);
  });
});

describe("sheet features", () => {
  it("freezes panes", async () => {
    const fake = createFakeExcel({ sheets: { S: [], T: [] } });
    await batch(fake, (context) => {
      context.workbook.worksheets.getItem("S").freezePanes.freezeRows(3);
      context.workbook.worksheets.getItem("T").freezePanes.freezeAt("B3");
    });
    expect(fake.state.sheet("S").freeze).toEqual({ rows: 3, columns: 0 });
    expect(fake.state.sheet("T").freeze).toEqual({ rows: 3, columns: 2 });
    const location = await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      return range.address;
    });
    expect(location).toBe("S!1:3");
  });

  it("adds a table with headers, style and banding", async () => {
    const fake = createFakeExcel({
      sheets: {
        "Danh mục đơn vị": [
          ["Tên đơn vị", "", "Tên đơn vị"],
          ["Sở Nội vụ", "Sở, ban, ngành", "SNV"],
        ],
      },
    });
    await batch(fake, (context) => {
      const table = context.workbook.worksheets.getItem("Danh mục đơn vị").tables.add("A1:C2", true);
      table.name = "DanhMucDonVi";
      table.style = "TableStyleLight9";
      table.showBandedRows = false;
    });
    expect(fake.state.table("danhmucdonvi")).toMatchObject({
      name: "DanhMucDonVi",
      sheet: "Danh mục đơn vị",
      address: "A1:C2",
      style: "TableStyleLight9",
      showBandedRows: false,
      showHeaders: true,
    });
    expect(fake.state.sheet("Danh mục đơn vị").values("A1:C1")).toEqual([["Tên đơn vị", "Column2", "Tên đơn vị2"]]);
    const body = await fake.Excel.run(async (context) => {
      const range = context.workbook.tables.getItem("DanhMucDonVi").getDataBodyRange().load("values");
      await context.sync();
      return range.values;
    });
    expect(body).toEqual([["Sở Nội vụ", "Sở, ban, ngành", "SNV"]]);
  });

  it("adds workbook- and sheet-scoped names", async () => {
    const fake = createFakeExcel({ sheets: { "Thông tin": [[], [], [null, "Sở Nội vụ"]] } });
    await batch(fake, (context) => {
      const sheet = context.workbook.worksheets.getItem("Thông tin");
      context.workbook.names.add("DonVi", sheet.getRange("B3"), "Đơn vị");
      context.workbook.names.add("NamKeHoach", "=2024");
      sheet.names.add("Local", "A1:A2");
    });
    expect(fake.state.names).toEqual([
      {
        name: "DonVi",
        scope: "Workbook",
        formula: "='Thông tin'!$B$3",
        type: "Range",
        comment: "Đơn vị",
        visible: true,
      },
      { name: "NamKeHoach", scope: "Workbook", formula: "=2024", type: "Integer", comment: "", visible: true },
    ]);
    expect(fake.state.sheet("Thông tin").names).toMatchObject([{ name: "Local", formula: "='Thông tin'!$A$1:$A$2" }]);
    const read = await fake.Excel.run(async (context) => {
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      const range = context.workbook.names.getItem("donvi").getRange().load("values");
      await context.sync();
      return { missing: missing.isNullObject, values: range.values };
    });
    expect(read).toEqual({ missing: true, values: [["Sở Nội vụ"]] });
    await expect(batch(fake, (context) => context.workbook.names.add("DonVi", "=1"))).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
    await expect(batch(fake, (context) => context.workbook.names.add("A1", "=1"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("follows a sheet rename in range names", async () => {
    const fake = createFakeExcel({ sheets: { Old: [] }, names: [{ name: "X", reference: "=Old!$A$1" }] });
    await batch(fake, (context) => {
      context.workbook.worksheets.getItem("Old").name = "Mới";
    });
    expect(fake.state.names[0].formula).toBe("=Mới!$A$1");
  });

  it("records the page layout", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await batch(fake, (context) => {
      const layout = context.workbook.worksheets.getItem("S").pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.setPrintTitleRows("$3:$3");
      layout.setPrintMargins("Inches", { left: 0.5, right: 0.5 });
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.centerHorizontally = true;
      layout.headersFooters.defaultForAllPages.centerFooter = "Trang &P / &N";
    });
    expect(fake.state.sheet("S").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$3:$3",
      leftMargin: 36,
      rightMargin: 36,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      headerFooter: { centerFooter: "Trang &P / &N" },
    });
    await expect(
      batch(fake, (context) => {
        context.workbook.worksheets.getItem("S").pageLayout.paperSize = "A9" as Excel.PaperType;
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("records charts", async () => {
    const fake = createFakeExcel({
      sheets: {
        S: [
          ["Tình trạng", "Số"],
          ["Hoàn thành", 3],
        ],
      },
    });
    await batch(fake, (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add(fake.Excel.ChartType.pie, sheet.getRange("A1:B2"), "Columns");
      chart.title.text = "Tiến độ";
      chart.setPosition("D2", "J15");
    });
    expect(fake.state.sheet("S").charts).toMatchObject([
      {
        name: "Chart 1",
        type: "Pie",
        source: "S!A1:B2",
        seriesBy: "Columns",
        title: { text: "Tiến độ", visible: true },
      },
    ]);
    expect(fake.state.sheet("S").charts[0].position).toEqual({ startCell: "D2", endCell: "J15" });
  });
});

describe("conditional formats", () => {
  it("records custom rules with their format, newest first, per range", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await batch(fake, (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A4:R200");
      const late = range.conditionalFormats.add(fake.Excel.ConditionalFormatType.custom);
      late.custom.rule.formula = '=$Q4="Trễ hạn"';
      late.custom.format.fill.color = "#FFC7CE";
      late.custom.format.font.color = "#9C0006";
      const done = range.conditionalFormats.add(fake.Excel.ConditionalFormatType.custom);
      done.custom.rule.formula = '=$Q4="Hoàn thành"';
      done.custom.format.fill.color = "#C6EFCE";
      done.stopIfTrue = true;
    });
    expect(fake.state.sheet("S").conditionalFormats).toMatchObject([
      { address: "A4:R200", type: "Custom", priority: 0, stopIfTrue: true, rule: { formula: '=$Q4="Hoàn thành"' } },
      {
        address: "A4:R200",
        priority: 1,
        rule: { formula: '=$Q4="Trễ hạn"' },
        format: { fill: { color: "#FFC7CE" }, font: { color: "#9C0006" } },
      },
    ]);
    const loaded = await fake.Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("S").getRange("B10").conditionalFormats;
      formats.load("items/type, items/priority, items/custom/rule/formula");
      await context.sync();
      return formats.items.map((format) => [format.type, format.priority, format.custom.rule.formula]);
    });
    expect(loaded).toEqual([
      ["Custom", 0, '=$Q4="Hoàn thành"'],
      ["Custom", 1, '=$Q4="Trễ hạn"'],
    ]);
  });

  it("refuses a rule that is not a formula, and types the fake does not model", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await expect(
      batch(fake, (context) => {
        const format = context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .conditionalFormats.add(fake.Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = "Q4=1";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      batch(fake, (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .conditionalFormats.add(fake.Excel.ConditionalFormatType.colorScale);
      }),
    ).rejects.toMatchObject({ code: "NotImplemented", message: expect.stringContaining("[fake-excel]") });
  });

  it("clears the formats that intersect a range", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await batch(fake, (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:A5").conditionalFormats.add(fake.Excel.ConditionalFormatType.custom).custom.rule.formula =
        "=TRUE";
      sheet.getRange("C1:C5").conditionalFormats.add(fake.Excel.ConditionalFormatType.custom).custom.rule.formula =
        "=TRUE";
      sheet.getRange("A3").conditionalFormats.clearAll();
    });
    expect(fake.state.sheet("S").conditionalFormats.map((format) => format.address)).toEqual(["C1:C5"]);
  });
});

describe("data validation", () => {
  it("records list, decimal, date and custom rules with alerts and prompts", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await batch(fake, (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const status = sheet.getRange("M4:M200");
      status.dataValidation.rule = {
        list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Hoàn thành" },
      };
      status.dataValidation.errorAlert = {
        message: "Chọn trong danh sách",
        showAlert: true,
        style: "Stop",
        title: "Tình trạng",
      };
      sheet.getRange("I4:I200").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      sheet.getRange("N4:N200").dataValidation.rule = {
        date: { formula1: "=NgayDauNam", formula2: "=NgayCuoiNam", operator: "Between" },
      };
      sheet.getRange("K4:K200").dataValidation.rule = { custom: { formula: '=OR(K4="",K4="x")' } };
      sheet.getRange("K4:K200").dataValidation.prompt = { message: "x = không phát sinh", showPrompt: true, title: "" };
    });
    const state = fake.state.sheet("S");
    expect(state.dataValidationAt("M50")).toMatchObject({
      address: "M4:M200",
      rule: { list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Hoàn thành" } },
      errorAlert: { message: "Chọn trong danh sách", title: "Tình trạng", style: "Stop", showAlert: true },
      ignoreBlanks: true,
    });
    expect(state.dataValidationAt("I4")?.rule).toEqual({ decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(state.dataValidationAt("N4")?.rule).toEqual({
      date: { formula1: "=NgayDauNam", formula2: "=NgayCuoiNam", operator: "Between" },
    });
    expect(state.dataValidationAt("K200")?.prompt).toEqual({
      message: "x = không phát sinh",
      showPrompt: true,
      title: "",
    });
    expect(state.dataValidationAt("A1")).toBeNull();
    const read = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const whole = sheet.getRange("M4:M200").dataValidation.load("type, rule");
      const mixed = sheet.getRange("L4:M4").dataValidation.load("type");
      const none = sheet.getRange("A1").dataValidation.load("type");
      await context.sync();
      return [whole.type, whole.rule.list?.source, mixed.type, none.type];
    });
    expect(read).toEqual(["List", "Chưa thực hiện,Đang thực hiện,Hoàn thành", "Inconsistent", "None"]);
  });

  it("splits an area when part of it gets another rule or is cleared", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await batch(fake, (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:A10").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      sheet.getRange("A5").dataValidation.rule = { custom: { formula: "=A5<>0" } };
      sheet.getRange("A10").dataValidation.clear();
    });
    const state = fake.state.sheet("S");
    expect(state.dataValidationAt("A4")?.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThan" } });
    expect(state.dataValidationAt("A5")?.rule).toEqual({ custom: { formula: "=A5<>0" } });
    expect(state.dataValidationAt("A9")?.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThan" } });
    expect(state.dataValidationAt("A10")).toBeNull();
  });

  it("stores a Range list source as an absolute reference and refuses two criteria", async () => {
    const fake = createFakeExcel({ sheets: { S: [], "Danh mục": [] } });
    await batch(fake, (context) => {
      const source = context.workbook.worksheets.getItem("Danh mục").getRange("A2:A20");
      context.workbook.worksheets.getItem("S").getRange("B2").dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
    });
    expect(fake.state.sheet("S").dataValidationAt("B2")?.rule).toEqual({
      list: { inCellDropDown: true, source: "='Danh mục'!$A$2:$A$20" },
    });
    await expect(
      batch(fake, (context) => {
        context.workbook.worksheets.getItem("S").getRange("B3").dataValidation.rule = {
          decimal: { formula1: 0, operator: "GreaterThan" },
          wholeNumber: { formula1: 0, operator: "GreaterThan" },
        };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
