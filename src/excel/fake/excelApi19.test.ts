import { FakeExcel, createFakeExcel } from "./createFakeExcel";

async function batch(fake: FakeExcel, work: (context: Excel.RequestContext) => void): Promise<void> {
  await fake.Excel.run(async (context) => {
    work(context);
    await context.sync();
  });
}

describe("AutoFilter", () => {
  it("applies to a range, reads it back and is removed", async () => {
    const fake = createFakeExcel({ sheets: { S: [["Đơn vị", "Cấp"]] } });
    await batch(fake, (context) => context.workbook.worksheets.getItem("S").autoFilter.apply("A1:B20"));
    expect(fake.state.sheet("S").autoFilter).toBe("A1:B20");
    const read = await fake.Excel.run(async (context) => {
      const filter = context.workbook.worksheets.getItem("S").autoFilter;
      filter.load("enabled");
      const range = filter.getRangeOrNullObject().load("address");
      await context.sync();
      return { enabled: filter.enabled, address: range.isNullObject ? null : range.address };
    });
    expect(read).toEqual({ enabled: true, address: "S!A1:B20" });
    await batch(fake, (context) => context.workbook.worksheets.getItem("S").autoFilter.remove());
    const after = await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").autoFilter.getRangeOrNullObject();
      range.load("address");
      await context.sync();
      return range.isNullObject;
    });
    expect(after).toBe(true);
  });

  it("needs allowAutoFilter on a protected sheet, and refuses criteria it does not model", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", protection: {} }] });
    await expect(
      batch(fake, (context) => context.workbook.worksheets.getItem("S").autoFilter.apply("A1:B2")),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    const allowed = createFakeExcel({ sheets: [{ name: "S", protection: { options: { allowAutoFilter: true } } }] });
    await batch(allowed, (context) => context.workbook.worksheets.getItem("S").autoFilter.apply("A1:B2"));
    expect(allowed.state.sheet("S").autoFilter).toBe("A1:B2");
    await expect(
      batch(allowed, (context) =>
        context.workbook.worksheets.getItem("S").autoFilter.apply("A1:B2", 0, { filterOn: "Values", values: ["x"] }),
      ),
    ).rejects.toMatchObject({ code: "NotImplemented" });
  });
});

describe("getCellProperties, getColumnProperties, getRowProperties", () => {
  it("returns exactly the requested properties of every cell", async () => {
    const fake = createFakeExcel({ sheets: { S: [["a", "b"]] } });
    const cells = await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.format.font.bold = true;
      range.getCell(0, 1).format.fill.color = "#ffcc00";
      range.getCell(0, 1).format.protection.locked = false;
      range.getCell(0, 0).format.borders.getItem("EdgeTop").style = "Continuous";
      const result = range.getCellProperties({
        address: true,
        format: {
          font: { bold: true, name: true },
          fill: { color: true, pattern: true },
          protection: true,
          borders: { style: true },
        },
      });
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync, not load
      return result.value;
    });
    expect(cells).toHaveLength(1);
    expect(cells[0][0]).toMatchObject({
      address: "S!$A$1",
      format: {
        font: { bold: true, name: "Calibri" },
        fill: { color: "#FFFFFF", pattern: "None" },
        protection: { locked: true },
        borders: { top: { style: "Continuous" }, bottom: { style: "None" } },
      },
    });
    expect(cells[0][1].format?.fill).toEqual({ color: "#FFCC00", pattern: "Solid" });
    expect(cells[0][1].format?.protection?.locked).toBe(false);
    expect(cells[0][1].format?.font).toEqual({ bold: true, name: "Calibri" });
    expect(cells[0][1].format?.horizontalAlignment).toBeUndefined();
  });

  it("gives column widths, hidden columns and row heights", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    const result = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B:B").format.columnWidth = 63;
      sheet.getRange("C:C").columnHidden = true;
      sheet.getRange("2:2").format.rowHeight = 30;
      const columns = sheet
        .getRange("A1:C1")
        .getColumnProperties({ columnIndex: true, columnHidden: true, format: { columnWidth: true } });
      const rows = sheet.getRange("A1:A2").getRowProperties({ rowIndex: true, format: { rowHeight: true } });
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync, not load
      return { columns: columns.value, rows: rows.value };
    });
    expect(result.columns).toEqual([
      { columnIndex: 0, columnHidden: false, format: { columnWidth: 48 } },
      { columnIndex: 1, columnHidden: false, format: { columnWidth: 63 } },
      { columnIndex: 2, columnHidden: true, format: { columnWidth: 48 } },
    ]);
    expect(result.rows).toEqual([
      { rowIndex: 0, format: { rowHeight: 15 } },
      { rowIndex: 1, format: { rowHeight: 30 } },
    ]);
  });
});

describe("data bars", () => {
  it("are added with Excel's defaults, take a colour and bounds, and read back", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await batch(fake, (context) => {
      const format = context.workbook.worksheets.getItem("S").getRange("B2:B9").conditionalFormats.add("DataBar");
      format.dataBar.positiveFormat.fillColor = "#5b9bd5";
      format.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    });
    const [bar] = fake.state.sheet("S").conditionalFormats;
    expect(bar).toMatchObject({
      type: "DataBar",
      address: "B2:B9",
      dataBar: {
        fillColor: "#5B9BD5",
        lowerBoundRule: { type: "Number", formula: "0" },
        upperBoundRule: { type: "Automatic" },
      },
    });
    const read = await fake.Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("S").getRange().conditionalFormats;
      formats.load("items/type");
      await context.sync();
      const dataBar = formats.items[0].dataBar;
      dataBar.load("lowerBoundRule,upperBoundRule");
      dataBar.positiveFormat.load("fillColor");
      await context.sync();
      return [dataBar.lowerBoundRule, dataBar.upperBoundRule, dataBar.positiveFormat.fillColor];
    });
    expect(read).toEqual([{ type: "Number", formula: "0" }, { type: "Automatic" }, "#5B9BD5"]);
  });

  it("refuses a bound that needs a formula without one, and .dataBar on a custom format", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await expect(
      batch(fake, (context) => {
        const format = context.workbook.worksheets.getItem("S").getRange("A1:A3").conditionalFormats.add("DataBar");
        format.dataBar.upperBoundRule = { type: "Number" };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      batch(fake, (context) => {
        const format = context.workbook.worksheets.getItem("S").getRange("A1:A3").conditionalFormats.add("Custom");
        format.dataBar.positiveFormat.fillColor = "#000000";
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
