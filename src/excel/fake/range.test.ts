import { FakeExcel, createFakeExcel } from "./createFakeExcel";

/** Runs one batch against the sheet "S" and syncs once. */
async function onSheet(fake: FakeExcel, batch: (sheet: Excel.Worksheet) => void): Promise<void> {
  await fake.Excel.run(async (context) => {
    batch(context.workbook.worksheets.getItem("S"));
    await context.sync();
  });
}

/** Loads one range's properties in a batch of its own and returns the loaded proxy. */
async function loaded(fake: FakeExcel, address: string, properties: string): Promise<Excel.Range> {
  return fake.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange(address).load(properties);
    await context.sync();
    return range;
  });
}

describe("values and formulas", () => {
  it("stores typed input as Excel does, and text stays text behind '@' or an apostrophe", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("A1:A5").values = [["=1+1"], ["- Sở Nội vụ"], ["+84 912"], ["@x"], ["0123"]];
      sheet.getRange("B1:B5").numberFormat = [["@"], ["@"], ["@"], ["@"], ["@"]];
      sheet.getRange("B1:B5").values = [["=1+1"], ["- Sở Nội vụ"], ["+84 912"], ["@x"], ["0123"]];
      sheet.getRange("C1:C2").values = [["'=1+1"], ["'0123"]];
    });
    const state = fake.state.sheet("S");
    expect(state.formulas("A1:A5").flat()).toEqual(["=1+1", "=- Sở Nội vụ", "=+84 912", "=@x", null]);
    expect(state.values("A5:B5")).toEqual([[123, "0123"]]);
    expect(state.values("B1:B5").flat()).toEqual(["=1+1", "- Sở Nội vụ", "+84 912", "@x", "0123"]);
    expect(
      state
        .formulas("B1:B5")
        .flat()
        .every((formula) => formula === null),
    ).toBe(true);
    expect(state.cell("C1")).toMatchObject({ value: "=1+1", formula: null, quotePrefix: true });
    const range = await loaded(fake, "A1:C1", "values, formulas, text, valueTypes");
    // A formula's value is its cached result, which the fake does not compute: null until a test seeds one.
    expect(range.values).toEqual([[null, "=1+1", "=1+1"]]);
    expect(range.formulas).toEqual([["=1+1", "=1+1", "'=1+1"]]);
    expect(range.text).toEqual([["", "=1+1", "=1+1"]]);
    expect(range.valueTypes).toEqual([["Empty", "String", "String"]]);
  });

  it("applies a number format written before the value, not one written after", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("A1").values = [["=A2"]];
      sheet.getRange("A1").numberFormat = [["@"]];
    });
    expect(fake.state.sheet("S").cell("A1")).toMatchObject({ formula: "=A2", numberFormat: "@" });
  });

  it("honours a Text format set on whole columns (stored as a layer)", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await onSheet(fake, (sheet) => {
      // A single value fills the range (the typings only declare the 2-D form).
      Object.assign(sheet.getRange("D:E"), { numberFormat: "@" });
      sheet.getRange("D4").values = [['=HYPERLINK("http://example.invalid","x")']];
    });
    expect(fake.state.sheet("S").cell("D4")).toMatchObject({
      value: '=HYPERLINK("http://example.invalid","x")',
      formula: null,
      numberFormat: "@",
    });
    expect(fake.state.sheet("S").cell("E1048576").numberFormat).toBe("@");
    expect(fake.state.sheet("S").cell("F1").numberFormat).toBe("General");
  });

  it("leaves cells unchanged for null in an array and clears them for ''", async () => {
    const fake = createFakeExcel({ sheets: { S: [["a", "b", "c"]] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("A1:C1").values = [[null, "", "z"]];
    });
    expect(fake.state.sheet("S").values("A1:C1")).toEqual([["a", null, "z"]]);
    expect(fake.state.sheet("S").usedRange(true)).toBe("A1:C1");
  });

  it("refuses null for a whole property and values that are not cell values", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    const nullWrite = onSheet(fake, (sheet) => {
      Object.assign(sheet.getRange("A1"), { values: null });
    });
    await expect(nullWrite).rejects.toMatchObject({ code: "InvalidArgument" });
    const objectWrite = onSheet(fake, (sheet) => {
      sheet.getRange("A1").values = [[{ not: "a value" }]];
    });
    await expect(objectWrite).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reads a seeded formula's cached value and the formula", async () => {
    const fake = createFakeExcel({
      sheets: {
        S: [
          [
            { formula: "=1/0", value: "#DIV/0!" },
            { formula: "=2+2", value: 4 },
          ],
        ],
      },
    });
    const range = await loaded(fake, "A1:B1", "values, formulas, valueTypes, text");
    expect(range.values).toEqual([["#DIV/0!", 4]]);
    expect(range.formulas).toEqual([["=1/0", "=2+2"]]);
    expect(range.valueTypes).toEqual([["Error", "Double"]]);
    expect(range.text).toEqual([["#DIV/0!", "4"]]);
  });

  it("writes and reads number formats; '' resets to General", async () => {
    const fake = createFakeExcel({ sheets: { S: [[45365, 0.5]] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("A1:B1").numberFormat = [["dd/mm/yyyy", "0%"]];
    });
    let range = await loaded(fake, "A1:B1", "numberFormat");
    expect(range.numberFormat).toEqual([["dd/mm/yyyy", "0%"]]);
    await onSheet(fake, (sheet) => {
      sheet.getRange("B1").numberFormat = [[""]];
    });
    range = await loaded(fake, "A1:B1", "numberFormat");
    expect(range.numberFormat).toEqual([["dd/mm/yyyy", "General"]]);
  });
});

describe("addresses and derived ranges", () => {
  it.each([
    ["A1", "S!A1", 0, 0, 1, 1],
    ["B2:D5", "S!B2:D5", 1, 1, 4, 3],
    ["$C$3", "S!C3", 2, 2, 1, 1],
    ["C:D", "S!C:D", 0, 2, 1048576, 2],
    ["2:3", "S!2:3", 1, 0, 2, 16384],
    ["S!E5", "S!E5", 4, 4, 1, 1],
  ])("getRange(%s)", async (address, qualified, rowIndex, columnIndex, rowCount, columnCount) => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    const range = await loaded(fake, address, "address, rowIndex, columnIndex, rowCount, columnCount");
    expect([range.address, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount]).toEqual([
      qualified,
      rowIndex,
      columnIndex,
      rowCount,
      columnCount,
    ]);
  });

  it("refuses a bad address or another sheet's address at sync", async () => {
    const fake = createFakeExcel({ sheets: { S: [], T: [] } });
    await expect(loaded(fake, "A0", "address")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(loaded(fake, "T!A1", "address")).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("derives cells, offsets, resizes, rows and columns", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    const addresses = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const base = sheet.getRange("B2:D4");
      const derived = [
        base.getCell(1, 2),
        base.getOffsetRange(1, -1),
        base.getResizedRange(1, -2),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getRow(0),
        base.getColumn(2),
        base.getLastCell(),
        base.getRowsAbove(),
        base.getColumnsAfter(2),
        base.getBoundingRect("F6"),
        base.getIntersection("C3:Z9"),
        sheet.getRangeByIndexes(9, 0, 2, 3),
        sheet.getCell(0, 27),
      ].map((range) => range.load("address"));
      await context.sync();
      return derived.map((range) => range.address);
    });
    expect(addresses).toEqual([
      "S!D3",
      "S!A3:C5",
      "S!B2:B5",
      "S!2:4",
      "S!B:D",
      "S!B2:D2",
      "S!D2:D4",
      "S!D4",
      "S!B1:D1",
      "S!E2:F4",
      "S!B2:F6",
      "S!C3:D4",
      "S!A10:C11",
      "S!AB1",
    ]);
  });

  it("fails the sync when a derived range leaves the sheet", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").getOffsetRange(-1, 0).load("address");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reports the used range, A1 for a blank sheet, or a null object", async () => {
    const fake = createFakeExcel({ sheets: { S: [], Blank: [] } });
    fake.state.sheet("S").setValues("C3", [["x", null, "y"]]);
    fake.state.sheet("S").setCell("E9", { format: { "fill.color": "#FFFF00" } });
    const result = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const blank = context.workbook.worksheets.getItem("Blank");
      const all = sheet.getUsedRange().load("address");
      const values = sheet.getUsedRange(true).load("address");
      const blankUsed = blank.getUsedRange().load("address");
      const blankOrNull = blank.getUsedRangeOrNullObject();
      await context.sync();
      return [all.address, values.address, blankUsed.address, blankOrNull.isNullObject];
    });
    expect(result).toEqual(["S!C3:E9", "S!C3:E3", "Blank!A1", true]);
  });
});

describe("formats", () => {
  it("writes font, fill, alignment and wrap, and reads null where cells differ", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await onSheet(fake, (sheet) => {
      const title = sheet.getRange("A1:C1");
      title.format.font.set({ name: "Times New Roman", size: 14, bold: true, color: "#1f4e79" });
      title.format.fill.color = "#DDEBF7";
      title.format.horizontalAlignment = "CenterAcrossSelection";
      sheet.getRange("A2").format.wrapText = true;
      sheet.getRange("A2").format.font.italic = true;
    });
    const cell = fake.state.sheet("S").cell("B1");
    expect(cell.format.font).toMatchObject({ name: "Times New Roman", size: 14, bold: true, color: "#1F4E79" });
    expect(cell.format.fill.color).toBe("#DDEBF7");
    expect(cell.format.horizontalAlignment).toBe("CenterAcrossSelection");
    const ranges = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const title = sheet.getRange("A1:C1").load("format/font/bold, format/fill/color, format/horizontalAlignment");
      const mixed = sheet
        .getRange("A1:A2")
        .load("format/font/bold, format/font/name, format/fill/color, format/wrapText");
      await context.sync();
      return { title, mixed };
    });
    expect(ranges.title.format.font.bold).toBe(true);
    expect(ranges.title.format.fill.color).toBe("#DDEBF7");
    expect(ranges.title.format.horizontalAlignment).toBe("CenterAcrossSelection");
    expect(ranges.mixed.format.font.bold).toBeNull();
    expect(ranges.mixed.format.font.name).toBeNull();
    expect(ranges.mixed.format.fill.color).toBeNull();
    expect(ranges.mixed.format.wrapText).toBeNull();
  });

  it("refuses invalid format values at sync", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await expect(
      onSheet(fake, (sheet) => {
        sheet.getRange("A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment;
      }),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "RangeFormat.horizontalAlignment" },
    });
    await expect(
      onSheet(fake, (sheet) => {
        sheet.getRange("A1").format.fill.color = "#12345G";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("lets later writes win between whole-column layers and cell formats", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("B3").format.font.bold = true;
      sheet.getRange("A:C").format.font.bold = false;
      sheet.getRange("C4").format.font.bold = true;
      sheet.getRange().format.font.name = "Times New Roman";
    });
    const state = fake.state.sheet("S");
    expect([state.cell("B3"), state.cell("C4"), state.cell("A900000")].map((cell) => cell.format.font.bold)).toEqual([
      false,
      true,
      false,
    ]);
    expect(state.cell("XFD1048576").format.font.name).toBe("Times New Roman");
  });

  it("clears fill, formats and contents", async () => {
    const fake = createFakeExcel({ sheets: { S: [["a", "b"]] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("A1:B1").format.fill.color = "yellow";
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A1").format.fill.clear();
      sheet.getRange("B1").clear("Formats");
    });
    const state = fake.state.sheet("S");
    expect([state.cell("A1").format.fill.color, state.cell("A1").format.font.bold]).toEqual([null, true]);
    expect([state.cell("B1").format.fill.color, state.cell("B1").format.font.bold, state.cell("B1").value]).toEqual([
      null,
      false,
      "b",
    ]);
    await onSheet(fake, (sheet) => sheet.getRange("A1:B1").clear("Contents"));
    expect(state.values("A1:B1")).toEqual([[null, null]]);
    expect(state.cell("A1").format.font.bold).toBe(true);
  });

  it("places borders on cell edges", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await onSheet(fake, (sheet) => {
      const range = sheet.getRange("A1:B2");
      for (const index of ["EdgeTop", "EdgeBottom", "InsideHorizontal"] as const) {
        range.format.borders.getItem(index).style = "Continuous";
      }
      range.format.borders.getItem("EdgeBottom").color = "#FF0000";
    });
    const state = fake.state.sheet("S");
    expect(state.cell("A1").format.borders.EdgeTop.style).toBe("Continuous");
    expect(state.cell("A1").format.borders.EdgeBottom.style).toBe("Continuous");
    expect(state.cell("B2").format.borders.EdgeBottom).toEqual({
      style: "Continuous",
      color: "#FF0000",
      weight: "Thin",
    });
    expect(state.cell("A1").format.borders.EdgeLeft.style).toBe("None");
    const border = await fake.Excel.run(async (context) => {
      const item = context.workbook.worksheets.getItem("S").getRange("A1:B2").format.borders.getItem("EdgeBottom");
      item.load("style, color, sideIndex");
      await context.sync();
      return item;
    });
    expect([border.style, border.color, border.sideIndex]).toEqual(["Continuous", "#FF0000", "EdgeBottom"]);
  });

  it("sets column widths and row heights, hides columns, and autofits approximately", async () => {
    const fake = createFakeExcel({ sheets: { S: [["short", "a much longer piece of text"]] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("C:D").format.columnWidth = 120;
      sheet.getRange("5:6").format.rowHeight = 30;
      sheet.getRange("R:R").columnHidden = true;
      sheet.getRange("A1:B1").format.autofitColumns();
    });
    const state = fake.state.sheet("S");
    expect([state.columnWidth("C"), state.columnWidth("D"), state.columnWidth("E")]).toEqual([120, 120, 48]);
    expect([state.rowHeight(5), state.rowHeight(6), state.rowHeight(7)]).toEqual([30, 30, 15]);
    expect(state.hiddenColumns).toEqual(["R"]);
    expect(state.columnWidth("B")).toBeGreaterThan(state.columnWidth("A"));
    const range = await loaded(fake, "C1:D1", "format/columnWidth, columnHidden");
    expect([range.format.columnWidth, range.columnHidden]).toEqual([120, false]);
  });

  it("locks and unlocks cells", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("M:P").format.protection.locked = false;
    });
    expect(fake.state.sheet("S").cell("M4").format.locked).toBe(false);
    expect(fake.state.sheet("S").cell("L4").format.locked).toBe(true);
  });
});

describe("select", () => {
  it("selects and activates, visible through getSelectedRange in a later batch", async () => {
    const fake = createFakeExcel({ sheets: { S: [], T: [] } });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRange("B2:C3").select();
      await context.sync();
    });
    expect(fake.state.activeSheetName).toBe("T");
    expect(fake.state.selection).toBe("T!B2:C3");
    const address = await fake.Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return selected.address;
    });
    expect(address).toBe("T!B2:C3");
  });
});

describe("set, toJSON, context.load, insert and delete", () => {
  it("sets nested properties at once and serialises what was loaded", async () => {
    const fake = createFakeExcel({ sheets: { S: [] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("A1:B1").set({
        values: [["Mã", "Lĩnh vực"]],
        format: { font: { bold: true, color: "#FFFFFF" }, fill: { color: "#1F4E79" }, wrapText: true },
      });
    });
    expect(fake.state.sheet("S").cell("B1")).toMatchObject({
      value: "Lĩnh vực",
      format: { font: { bold: true, color: "#FFFFFF" }, fill: { color: "#1F4E79" }, wrapText: true },
    });
    const json = await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      context.load(range, "values, format/font/bold");
      await context.sync();
      return range.toJSON();
    });
    expect(json).toEqual({ values: [["Mã", "Lĩnh vực"]], format: { font: { bold: true } } });
    await expect(
      onSheet(fake, (sheet) => {
        sheet.getRange("A1").set({ address: "B2" } as Excel.Interfaces.RangeUpdateData);
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("moves cells down on insert and up on delete", async () => {
    const fake = createFakeExcel({ sheets: { S: [["a"], ["b"], ["c"]] } });
    await onSheet(fake, (sheet) => {
      sheet.getRange("2:2").insert("Down");
    });
    expect(fake.state.sheet("S").values("A1:A4")).toEqual([["a"], [null], ["b"], ["c"]]);
    await onSheet(fake, (sheet) => {
      sheet.getRange("A1:A2").delete("Up");
    });
    expect(fake.state.sheet("S").values("A1:A2")).toEqual([["b"], ["c"]]);
  });

  it("reports hasHeaders = false as not modelled", async () => {
    const fake = createFakeExcel({ sheets: { S: [["x"]] } });
    await expect(onSheet(fake, (sheet) => sheet.tables.add("A1:A2", false))).rejects.toMatchObject({
      code: "NotImplemented",
    });
  });
});
