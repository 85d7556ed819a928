import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SUMMARY_SHEET } from "../../src/core/summary/summaryLayout";
import { emptySheet } from "../../src/core/workbook/workbookPlan";
import { XlsxAdapter, writePlanToXlsx } from "../../src/xlsx/xlsxAdapter";
import { runCli } from "./runCli";

jest.setTimeout(60_000);

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function sheetNames(path: string): Promise<string[]> {
  const adapter = await XlsxAdapter.fromBuffer(readFileSync(path));
  return (await adapter.readSnapshot()).sheets.map((s) => s.name);
}

describe("par-tracker summary", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "par-summary-"));
    expect((await runCli(["workbook", "--out", "so.xlsx", "--period", "2024-Q1"], dir)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the summaries to a new file, leaves the input untouched, and prints the headline", async () => {
    const before = hash(join(dir, "so.xlsx"));
    const result = await runCli(["summary", "so.xlsx", "--out", "tong-hop.xlsx"], dir);
    expect(result.code).toBe(0);
    expect(hash(join(dir, "so.xlsx"))).toBe(before);
    const names = await sheetNames(join(dir, "tong-hop.xlsx"));
    expect(names.slice(-4)).toEqual(Object.values(SUMMARY_SHEET));
    expect(names.slice(0, -4)).toEqual(await sheetNames(join(dir, "so.xlsx")));
    expect(result.stdout).toContain("14/03/2024");
    expect(result.stdout).toMatch(/Quá hạn \/ Overdue: \d+/);
    expect(result.stderr).toContain("tong-hop.xlsx");
  });

  it("refuses to overwrite without --force, and overwrites with it", async () => {
    writeFileSync(join(dir, "co-san.xlsx"), "giữ nguyên");
    const refused = await runCli(["summary", "so.xlsx", "--out", "co-san.xlsx"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(join(dir, "co-san.xlsx"), "utf8")).toBe("giữ nguyên");
    const forced = await runCli(["summary", "so.xlsx", "--out", "co-san.xlsx", "--force", "--only", "report"], dir);
    expect(forced.code).toBe(0);
    expect((await sheetNames(join(dir, "co-san.xlsx"))).slice(-1)).toEqual([SUMMARY_SHEET.report]);
  });

  it("never writes over its input, even with --force or through a link", async () => {
    const before = hash(join(dir, "so.xlsx"));
    const same = await runCli(["summary", "so.xlsx", "--out", "./so.xlsx", "--force"], dir);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("trùng tệp vào");
    symlinkSync(join(dir, "so.xlsx"), join(dir, "lien-ket.xlsx"));
    const linked = await runCli(["summary", "lien-ket.xlsx", "--out", "so.xlsx", "--force"], dir);
    expect(linked.code).toBe(2);
    expect(hash(join(dir, "so.xlsx"))).toBe(before);
  });

  it("computes the report at --as-of and warns that the live sheets follow Ngày chốt số liệu", async () => {
    const result = await runCli(["summary", "so.xlsx", "--out", "asof.xlsx", "--as-of", "2024-06-14"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("--as-of 14/06/2024");
    const snapshot = await (await XlsxAdapter.fromBuffer(readFileSync(join(dir, "asof.xlsx")))).readSnapshot();
    const report = snapshot.sheets.find((s) => s.name === SUMMARY_SHEET.report);
    expect(report?.rows.flat().some((c) => c.value === "(Số liệu tính đến ngày 14/06/2024)")).toBe(true);
  });

  it.each([
    [["summary", "so.xlsx"], "--out"],
    [["summary", "--out", "x.xlsx"], ".xlsx"],
    [["summary", "khong-co.xlsx", "--out", "x.xlsx"], "Không tìm thấy tệp"],
    [["summary", "so.xlsx", "--out", "x.csv"], ".xlsx"],
    [["summary", "so.xlsx", "--out", "x.xlsx", "--as-of", "14/06/2024"], "YYYY-MM-DD"],
    [["summary", "so.xlsx", "--out", "x.xlsx", "--as-of", "2024-02-30"], "YYYY-MM-DD"],
    [["summary", "so.xlsx", "--out", "x.xlsx", "--only", "section,charts"], "--only"],
    [["summary", "so.xlsx", "--out", "x.xlsx", "--bogus"], "Invalid arguments"],
  ])("exits 2 with a clear message for %j", async (args, expected) => {
    const result = await runCli(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(expected);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("exits 2 for a file that is not an .xlsx, and for an .xlsx that is not a tracking workbook", async () => {
    writeFileSync(join(dir, "ghi-chu.xlsx"), "Đây là văn bản, không phải sổ.\n");
    const text = await runCli(["summary", "ghi-chu.xlsx", "--out", "y.xlsx"], dir);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("ghi-chu.xlsx");
    const sheet = emptySheet("Trang 1");
    sheet.blocks.push({ row: 0, col: 0, cells: [[{ value: "Bảng khác" }]] });
    writeFileSync(join(dir, "khac.xlsx"), await writePlanToXlsx({ formatVersion: "", sheets: [sheet], names: [] }));
    const other = await runCli(["summary", "khac.xlsx", "--out", "y.xlsx"], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("không phải sổ theo dõi");
    expect(existsSync(join(dir, "y.xlsx"))).toBe(false);
  });

  it("is listed in the help", async () => {
    expect((await runCli(["--help"], dir)).stdout).toContain("summary");
    expect((await runCli(["summary", "--help"], dir)).stdout).toContain("--as-of");
  });
});
