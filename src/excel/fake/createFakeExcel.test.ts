import { createFakeExcel } from "./createFakeExcel";
import { FakeOfficeError } from "./fakeOfficeError";

const NOT_LOADED =
  "The property 'values' is not available. Before reading the property's value, call the load method on the " +
  'containing object and call "context.sync()" on the associated request context.';

function seeded() {
  return createFakeExcel({
    sheets: {
      "Thông tin": [
        ["Mục", "Giá trị"],
        ["Đơn vị", "Sở Nội vụ"],
      ],
      Data: [[1, 2, 3]],
    },
  });
}

describe("reading properties", () => {
  it("throws PropertyNotLoaded before load() and sync()", async () => {
    const fake = seeded();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Thông tin").getRange("A1:B2");
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the read is premature on purpose
      expect(() => range.values).toThrow(NOT_LOADED);
      range.load("values");
      // Loaded but not yet synced: still unavailable.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the read is premature on purpose
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Mục", "Giá trị"],
        ["Đơn vị", "Sở Nội vụ"],
      ]);
      // Only what was loaded is available.
      // eslint-disable-next-line office-addins/load-object-before-read -- the read is premature on purpose
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("throws a RichApi.Error with Excel's code and location", async () => {
    const fake = seeded();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      let caught: unknown;
      try {
        // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the read is premature on purpose
        void sheet.name;
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(FakeOfficeError);
      expect(caught).toMatchObject({
        name: "RichApi.Error",
        code: "PropertyNotLoaded",
        debugInfo: { errorLocation: "Worksheet.name" },
      });
      await context.sync();
    });
  });

  it("gives a snapshot as of the sync, not a live view", async () => {
    const fake = seeded();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:C1");
      range.load("values");
      await context.sync();
      range.values = [[7, 8, 9]];
      await context.sync();
      expect(range.values).toEqual([[1, 2, 3]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[7, 8, 9]]);
    });
  });

  it("accepts every load() form: string paths, arrays, select/expand, option objects", async () => {
    const fake = seeded();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1").load("address, format/font/bold");
      const b = sheet.getRange("B1").load(["values", "numberFormat"]);
      const c = sheet.getRange("C1").load({ select: "rowIndex", expand: "format/fill" });
      const d = sheet.getRange("A1:B1").load({ columnCount: true, format: { wrapText: true } });
      const e = sheet.getRange("B1").load();
      await context.sync();
      expect([a.address, a.format.font.bold]).toEqual(["Data!A1", false]);
      expect([b.values, b.numberFormat]).toEqual([[[2]], [["General"]]]);
      expect([c.rowIndex, c.format.fill.color]).toEqual([0, "#FFFFFF"]);
      expect([d.columnCount, d.format.wrapText]).toEqual([2, false]);
      expect([e.values, e.address, e.columnIndex]).toEqual([[[2]], "Data!B1", 1]);
      expect(d.toJSON()).toEqual({ columnCount: 2, format: { wrapText: false } });
    });
  });

  it("fails the sync for a property the fake does not know", async () => {
    const fake = seeded();
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").load("valuez");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("queued writes", () => {
  it("apply at the next sync, in order", async () => {
    const fake = seeded();
    await fake.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("A1");
      cell.values = [["first"]];
      cell.values = [["second"]];
      expect(fake.state.sheet("Data").cell("A1").value).toBe(1);
      await context.sync();
      expect(fake.state.sheet("Data").cell("A1").value).toBe("second");
    });
  });

  it("reject a 2-D array of the wrong size at sync with InvalidArgument", async () => {
    const fake = seeded();
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: "InvalidArgument",
      message: expect.stringContaining("doesn't match the size or dimensions of the range"),
      debugInfo: { errorLocation: "Range.values" },
    });
  });

  it("keep what ran before a failure, drop what follows, and publish no loads", async () => {
    const fake = seeded();
    let loaded: Excel.Range | undefined;
    const run = fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      loaded = sheet.getRange("A1").load("values");
      sheet.getRange("B1").values = [["before"]];
      sheet.getRange("A1:B2").values = [[1]];
      sheet.getRange("C1").values = [["after"]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.state.sheet("Data").values("A1:C1")).toEqual([[1, "before", 3]]);
    expect(() => loaded?.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(fake.stats.operations.map((entry) => [entry.kind, entry.status])).toEqual([
      ["range.load", "applied"],
      ["range.values", "applied"],
      ["range.values", "failed"],
      ["range.values", "skipped"],
    ]);
  });

  it("fill a range from a single value", async () => {
    const fake = seeded();
    await fake.Excel.run(async (context) => {
      // Excel accepts a single value although @types/office-js declares values as any[][].
      Object.assign(context.workbook.worksheets.getItem("Data").getRange("A2:C3"), { values: "x" });
      await context.sync();
    });
    expect(fake.state.sheet("Data").values("A2:C3")).toEqual([
      ["x", "x", "x"],
      ["x", "x", "x"],
    ]);
  });
});

describe("sheets by name", () => {
  it("getItem of a missing sheet rejects at the sync that uses it", async () => {
    const fake = seeded();
    const run = fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Nope");
      sheet.load("name");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
  });

  it("getItemOrNullObject reports isNullObject after sync", async () => {
    const fake = seeded();
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the read is premature on purpose
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Data");
      expect(() => missing.name).toThrow(/null object/);
    });
  });

  it("writing through a null object fails the sync with ItemNotFound", async () => {
    const fake = seeded();
    const run = fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      await context.sync();
      missing.getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("Excel.run", () => {
  it("counts syncs and runs, and syncs pending work once after the batch", async () => {
    const fake = seeded();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").values = [[10]];
      await context.sync();
      sheet.getRange("B1").values = [[20]];
    });
    expect(fake.stats.syncCount).toBe(2);
    expect(fake.stats.runCount).toBe(1);
    expect(fake.state.sheet("Data").values("A1:B1")).toEqual([[10, 20]]);
    await fake.Excel.run(async () => undefined);
    expect(fake.stats.syncCount).toBe(2);
    fake.resetStats();
    expect([fake.stats.syncCount, fake.stats.runCount, fake.stats.operationCount]).toEqual([0, 0, 0]);
  });

  it("returns the batch's value and passes sync's pass-through value", async () => {
    const fake = seeded();
    const value = await fake.Excel.run(async (context) => context.sync("through"));
    expect(value).toBe("through");
  });

  it("refuses objects of a finished run unless tracked", async () => {
    const fake = seeded();
    const range = await fake.Excel.run(async (context) => context.workbook.worksheets.getItem("Data").getRange("A1"));
    expect(() => {
      range.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    const tracked = await fake.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("B1");
      context.trackedObjects.add(cell);
      return cell;
    });
    await fake.Excel.run(tracked, async (context) => {
      tracked.values = [["again"]];
      await context.sync();
    });
    expect(fake.state.sheet("Data").cell("B1").value).toBe("again");
  });

  it("runs a batch on an existing context", async () => {
    const fake = seeded();
    const context = fake.createContext();
    await fake.Excel.run(context, async (same) => {
      expect(same).toBe(context);
      same.workbook.worksheets.getItem("Data").getRange("C1").values = [["c"]];
    });
    expect(fake.state.sheet("Data").cell("C1").value).toBe("c");
  });

  it("rejects a batch that does not return a promise", async () => {
    const fake = seeded();
    const notAsync = (() => 1) as unknown as (context: Excel.RequestContext) => Promise<number>;
    await expect(fake.Excel.run(notAsync)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  it("logs operations with their sheet, address, detail and sync", async () => {
    const fake = seeded();
    await fake.Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const sheet = context.workbook.worksheets.add("Mới");
      sheet.getRange("A1:B1").format.fill.color = "#ffeeaa";
      sheet.getRange("A1:B1").load("address");
      await context.sync();
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    expect(
      fake.stats.operations.map(({ kind, sheet, address, detail, sync }) => ({ kind, sheet, address, detail, sync })),
    ).toEqual([
      {
        kind: "application.suspendApiCalculationUntilNextSync",
        sheet: undefined,
        address: undefined,
        detail: undefined,
        sync: 1,
      },
      { kind: "worksheets.add", sheet: "Mới", address: undefined, detail: "Mới", sync: 1 },
      { kind: "range.format.fill.color", sheet: "Mới", address: "A1:B1", detail: undefined, sync: 1 },
      { kind: "range.load", sheet: "Mới", address: "A1:B1", detail: "address", sync: 1 },
      { kind: "worksheets.load", sheet: undefined, address: undefined, detail: "items/name", sync: 2 },
    ]);
    expect(fake.stats.loadCount).toBe(2);
    expect(fake.stats.count(/^range\./)).toBe(2);
    expect(fake.stats.operationsOfSync(2)).toHaveLength(1);
    expect(fake.state.sheet("Mới").cell("B1").format.fill.color).toBe("#FFEEAA");
  });
});
