import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Framework } from "../../core/framework/types";
import type { CliIo } from "../io";
import { main } from "../main";

const DATA = join(__dirname, "..", "..", "core", "framework", "data");
const PLAN = readFileSync(join(DATA, "hatinh-2024-plan.txt"), "utf8");
// The appendix alone: from its title (line 375) to the ruler that ends it.
const TABLE_LINES = PLAN.split("\n").slice(374);

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, isTty: false };
  const code = await main(["framework", ...argv], io);
  return { code, out, err };
}

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "par-framework-"));
  writeFileSync(join(dir, "plan.txt"), PLAN);
  writeFileSync(join(dir, "table.tsv"), TABLE_LINES.join("\r\n"));
  return dir;
}

const structure = (framework: Framework): unknown =>
  framework.sections.map((s) => [s.id, s.title, s.objectives.map((o) => [o.id, o.text, o.tasks])]);

describe("par-tracker framework", () => {
  const dir = workDir();

  it("prints the embedded framework as a summary: counts per section, targets with their meaning", async () => {
    const { code, out } = await run([], dir);
    expect(code).toBe(0);
    expect(out).toContain("Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2024");
    expect(out).toMatch(/Tổng\/Total\s+48\s+72\s+93\s+45/);
    expect(out).toMatch(/VII\.B\s+9\s+9\s+9\s+10/);
    expect(out).toContain("I.4        ≥ 35 % cơ quan, đơn vị  [cumulative, single: Sở Nội vụ]");
    expect(out).toContain("CT7.4   → —  (chỉ tiêu / target CT7.4)");
    expect(out).toContain("Cảnh báo / Warnings: 0");
  });

  it("prints the embedded framework as JSON, exactly the embedded data", async () => {
    const { code, out } = await run(["--json"], dir);
    expect(code).toBe(0);
    expect(out).toBe(readFileSync(join(DATA, "hatinh-2024.json"), "utf8"));
    const json = JSON.parse(out) as Framework;
    expect(Object.keys(json)).toEqual(["id", "title", "year", "version", "sections", "mainTargets"]);
  });

  // The .xlsx case is in test/framework/frameworkCommandXlsx.test.ts: making a workbook needs exceljs,
  // which only src/xlsx may import.
  it("reads a whole plan (.txt) and a bare table (.tsv, CRLF) alike", async () => {
    const fromTxt = await run(["--from", "plan.txt", "--json"], dir);
    const fromTsv = await run(["--from", join(dir, "table.tsv"), "--json"], "/");
    for (const result of [fromTxt, fromTsv]) expect(result.code).toBe(0);
    const [txt, tsv] = [fromTxt, fromTsv].map((r) => JSON.parse(r.out) as Framework);
    expect(txt.mainTargets).toHaveLength(26);
    expect(tsv.mainTargets).toEqual([]);
    expect(structure(tsv)).toEqual(structure(txt));
    expect([tsv.id, tsv.year]).toEqual(["khung-nhiem-vu-cai-cach-hanh-chinh-trong-tam-2024", 2024]);
    // Warnings go to stderr, naming the line, so that stdout stays JSON.
    expect(fromTxt.err).toContain("(dòng 470 / line 470): Ô “Chủ trì” của dòng nhiệm vụ 2.4 để trống");
  });

  it("prints a file's warnings in the summary, naming the line", async () => {
    const { code, out } = await run(["--from", "plan.txt"], dir);
    expect(code).toBe(0);
    expect(out).toMatch(/Tổng\/Total\s+48\s+72\s+93/);
    expect(out).toMatch(/\[I:3\.22, dòng 400 \/ line 400\] Không tìm thấy “Thành viên Đoàn kiểm tra CCHC tỉnh”/);
  });

  it.each([
    [["--from", "missing.txt"], "missing.txt"],
    [["--from", "plan.docx"], ".xlsx"],
    [["--bogus"], "Invalid arguments"],
  ])("exits 2 on %j", async (argv, text) => {
    writeFileSync(join(dir, "plan.docx"), "x");
    const { code, err } = await run(argv, dir);
    expect(code).toBe(2);
    expect(err).toContain(text);
  });

  it("exits 2 with a bilingual message naming the file and line when the file is no usable appendix", async () => {
    writeFileSync(join(dir, "prose.txt"), "Kế hoạch cải cách hành chính\nKhông có bảng nào.\n");
    const prose = await run(["--from", "prose.txt"], dir);
    expect(prose.code).toBe(2);
    expect(prose.err).toContain("prose.txt");
    expect(prose.err).toContain("Không tìm thấy dòng tiêu đề");
    expect(prose.err).toContain("No header row");

    writeFileSync(
      join(dir, "nocol.tsv"),
      ["Bảng", "TT\tMục tiêu\tNhiệm vụ\tChủ trì", "1\t1.1. A\t2.1. B\tSở Nội vụ"].join("\n"),
    );
    const missing = await run(["--from", "nocol.tsv"], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/dòng 2.*Hoạt động/);
    expect(missing.err).toMatch(/line 2.*Hoạt động/);

    writeFileSync(join(dir, "broken.xlsx"), "not a zip");
    const broken = await run(["--from", "broken.xlsx"], dir);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("broken.xlsx");
  });
});
