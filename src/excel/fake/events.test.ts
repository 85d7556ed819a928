import { createFakeExcel } from "./createFakeExcel";

describe("selection events", () => {
  it("calls handlers registered at a sync when the user selects, with Excel's arguments", async () => {
    const fake = createFakeExcel({ sheets: { "Khung nhiệm vụ": [], "Chỉ tiêu": [] } });
    const seen: string[] = [];
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Khung nhiệm vụ");
      sheet.onSelectionChanged.add(async (args) => {
        seen.push(`sheet:${args.type}:${args.address}`);
      });
      context.workbook.onSelectionChanged.add(async (args) => {
        // The workbook event only carries a workbook; read the selection through it.
        const range = args.workbook.getSelectedRange().load("address");
        await args.workbook.context.sync();
        seen.push(`workbook:${range.address}`);
      });
      // Not registered until the sync: a selection now is not seen.
      await fake.select("A1");
      await context.sync();
    });
    await fake.select("'Khung nhiệm vụ'!M4");
    await fake.select("'Chỉ tiêu'!B2");
    expect(seen).toEqual([
      "sheet:WorksheetSelectionChanged:M4",
      "workbook:'Khung nhiệm vụ'!M4",
      "workbook:'Chỉ tiêu'!B2",
    ]);
  });

  it("stops calling a handler after remove() and a sync", async () => {
    const fake = createFakeExcel();
    let calls = 0;
    const registration = await fake.Excel.run(async (context) => {
      const result = context.workbook.worksheets.onSelectionChanged.add(async () => {
        calls += 1;
      });
      await context.sync();
      return result;
    });
    await fake.select("B2");
    expect(fake.handlerCount).toBe(1);
    await fake.Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    await fake.select("C3");
    expect(calls).toBe(1);
    expect(fake.handlerCount).toBe(0);
  });

  it.each([true, false])(
    "fires for Range.select() from the API after the sync: %s",
    async (apiSelectionFiresEvents) => {
      const fake = createFakeExcel({ sheets: { S: [] }, apiSelectionFiresEvents });
      const addresses: string[] = [];
      await fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").onSelectionChanged.add(async (args) => {
          addresses.push(args.address);
        });
        await context.sync();
        context.workbook.worksheets.getItem("S").getRange("D5").select();
        await context.sync();
      });
      await fake.settle();
      expect(addresses).toEqual(apiSelectionFiresEvents ? ["D5"] : []);
      expect(fake.state.selection).toBe("S!D5");
    },
  );

  it("fires activation events when the active sheet changes", async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [] } });
    const seen: string[] = [];
    const ids = await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.onActivated.add(async (args) => {
        seen.push(`activated:${args.worksheetId}`);
      });
      sheets.onDeactivated.add(async (args) => {
        seen.push(`deactivated:${args.worksheetId}`);
      });
      const a = sheets.getItem("A").load("id");
      const b = sheets.getItem("B").load("id");
      await context.sync();
      return { a: a.id, b: b.id };
    });
    await fake.activate("B");
    await fake.activate("B");
    expect(seen).toEqual([`deactivated:${ids.a}`, `activated:${ids.b}`]);
  });

  it("reports a handler's error from settle()", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.onSelectionChanged.add(async () => {
        throw new Error("handler failed");
      });
      await context.sync();
    });
    await expect(fake.select("A2")).rejects.toThrow("handler failed");
    await expect(fake.settle()).resolves.toBeUndefined();
  });
});
