/**
 * `par-tracker framework --from FILE.xlsx`: the appendix pasted into a worksheet. Kept apart from
 * src/cli/commands/framework.test.ts because making the workbook needs exceljs, which src/cli may not import.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Framework } from "../../src/core/framework/types";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

const PLAN = readFileSync(
  join(__dirname, "..", "..", "src", "core", "framework", "data", "hatinh-2024-plan.txt"),
  "utf8",
);
const TABLE_LINES = PLAN.split("\n").slice(374);

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, isTty: false };
  return { code: await main(["framework", ...argv], io), out, err };
}

describe("par-tracker framework --from FILE.xlsx", () => {
  it("reads the table pasted into a worksheet like the same table as text, and names cells in warnings", async () => {
    const dir = mkdtempSync(join(tmpdir(), "par-framework-xlsx-"));
    writeFileSync(join(dir, "table.tsv"), TABLE_LINES.join("\n"));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Hướng dẫn").getCell("A1").value = "Dán bảng phụ lục vào trang sau";
    const sheet = workbook.addWorksheet("Phụ lục");
    TABLE_LINES.forEach((line, index) => {
      sheet.getRow(index + 1).values = line.split("\t");
    });
    await workbook.xlsx.writeFile(join(dir, "table.xlsx"));

    const fromTsv = await run(["--from", "table.tsv", "--json"], dir);
    const fromXlsx = await run(["--from", "table.xlsx", "--json"], dir);
    expect([fromTsv.code, fromXlsx.code]).toEqual([0, 0]);
    expect(JSON.parse(fromXlsx.out) as Framework).toEqual(JSON.parse(fromTsv.out) as Framework);

    const summary = await run(["--from", "table.xlsx"], dir);
    expect(summary.code).toBe(0);
    expect(summary.out).toMatch(/Tổng\/Total\s+48\s+72\s+93/);
    expect(summary.out).toContain("[I:3.22, ô F26, trang “Phụ lục” / cell F26, sheet “Phụ lục”]");
  });

  it("exits 2 on a worksheet that holds no appendix, naming the sheet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "par-framework-xlsx-"));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh sách").getCell("A1").value = "Họ và tên";
    await workbook.xlsx.writeFile(join(dir, "list.xlsx"));
    const { code, err } = await run(["--from", "list.xlsx"], dir);
    expect(code).toBe(2);
    expect(err).toContain("list.xlsx");
    expect(err).toContain("trang “Danh sách”");
  });
});
