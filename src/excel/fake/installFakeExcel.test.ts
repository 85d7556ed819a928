import { createFakeExcel } from "./createFakeExcel";
import { versionAtLeast } from "./fakeOffice";
import { installFakeExcel } from "./installFakeExcel";

describe("installFakeExcel", () => {
  it("sets Excel, Office and OfficeExtension on the global object and restores them", async () => {
    const target: { Excel?: unknown; Office?: string } = { Office: "previous" };
    const installed = installFakeExcel(target, { sheets: { S: [["x"]] } });
    expect(target.Excel).toBe(installed.fake.Excel);
    expect(target.Office).toBe(installed.fake.Office);
    installed.uninstall();
    expect(target).toEqual({ Office: "previous" });
  });

  it("lets code use the global Excel.run, Excel enums and OfficeExtension.Error", async () => {
    const installed = installFakeExcel(globalThis, createFakeExcel({ sheets: { S: [] } }));
    try {
      await Excel.run(async (context) => {
        const format = context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .conditionalFormats.add(Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = "=TRUE";
        await context.sync();
      });
      expect(installed.fake.state.sheet("S").conditionalFormats).toHaveLength(1);
      const failure = Excel.run(async (context) => {
        context.workbook.worksheets.getItem("missing").load("name");
        await context.sync();
      });
      await expect(failure).rejects.toBeInstanceOf(OfficeExtension.Error);
    } finally {
      installed.uninstall();
    }
    expect("Excel" in globalThis).toBe(false);
  });

  it("answers requirement-set checks as configured, and can change them per test", async () => {
    const { fake, uninstall } = installFakeExcel(globalThis, { office: { requirementSets: { ExcelApi: "1.8" } } });
    try {
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
      expect(Office.context.requirements.isSetSupported("WordApi")).toBe(false);
      fake.office.setRequirementSet("ExcelApi", "1.12");
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
      const info = await Office.onReady();
      expect(info.host).toBe(Office.HostType.Excel);
    } finally {
      uninstall();
    }
  });

  it("reports language and theme", () => {
    const fake = createFakeExcel({
      office: { displayLanguage: "vi-VN", officeTheme: { bodyBackgroundColor: "#262626" } },
    });
    expect(fake.Office.context.displayLanguage).toBe("vi-VN");
    expect(fake.Office.context.officeTheme.isDarkTheme).toBe(true);
    fake.office.setTheme({ bodyBackgroundColor: "#FFFFFF" });
    expect(fake.Office.context.officeTheme.isDarkTheme).toBe(false);
  });

  it.each([
    ["1.10", "1.9", true],
    ["1.9", "1.10", false],
    ["1.9", "1.9", true],
    ["1.9", 1.8, true],
    ["2", "1.17", true],
  ])("version %s is at least %s: %s", (have, want, expected) => {
    expect(versionAtLeast(have, want)).toBe(expected);
  });
});
