import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { CONSOLIDATION_SHEET, TARGET_SUMMARY_COLUMNS } from "../../src/core/consolidation/consolidationLayout";
import type { ConsolidationJson } from "../../src/core/consolidation/consolidationJson";
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import type { Unit } from "../../src/core/framework/types";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import { SUMMARY_SHEET } from "../../src/core/summary/summaryLayout";
import { buildWorkbookPlan } from "../../src/core/workbook/buildWorkbookPlan";
import { SHEET } from "../../src/core/workbook/layout";
import { writePlanToXlsx } from "../../src/xlsx/xlsxAdapter";
import { HYPERLINK_NOTE, RETURNS, returned } from "../consolidation/returnedWorkbooks";
import { runCli } from "./runCli";

jest.setTimeout(180_000);

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const STACK = /\n\s+at /;
const day = (iso: string) => new Date(`${iso}T08:00:00Z`);

/** What exceljs says a cell holds. */
function facts(written: ExcelJS.Cell) {
  return { type: written.type, value: written.value, formula: written.formula };
}

/** Every file under a folder with its hash, to prove nothing was changed. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[path] = `${sha256(path)}@${statSync(path).mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

describe("par-tracker consolidate", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "par-consolidate-"));
    const returns = join(dir, "returns");
    mkdirSync(join(returns, "huyen"), { recursive: true });
    mkdirSync(join(returns, "quy-1"), { recursive: true });
    const put = (path: string, bytes: Uint8Array, when: string) => {
      writeFileSync(join(returns, path), bytes);
      utimesSync(join(returns, path), day(when), day(when));
    };
    put("noi-vu.xlsx", await returned(RETURNS.noiVu), "2024-06-15");
    put("tu-phap.xlsx", await returned(RETURNS.tuPhap), "2024-06-16");
    put("huyen/duc-tho.xlsx", await returned(RETURNS.ducTho), "2024-06-18");
    put(
      "huyen/duc-tho-ban-cu.xlsx",
      await returned({
        ...RETURNS.ducTho,
        entries: [{ sheet: "targets", id: "VII.B.2", key: "done", cell: { value: 9 } }],
      }),
      "2024-06-10",
    );
    put("huyen/can-loc.xlsx", await returned(RETURNS.canLoc), "2024-06-17");
    put("huyen/nghi-xuan.xlsx", await returned(RETURNS.nghiXuan), "2024-06-17");
    put("quy-1/tu-phap-quy-1.xlsx", await returned(RETURNS.tuPhap, "2024-Q1"), "2024-03-15");
    put("hong.xlsx", new TextEncoder().encode("không phải sổ"), "2024-06-17");
    put("~$duc-tho.xlsx", new Uint8Array([1, 2, 3]), "2024-06-18");
    put("ghi-chu.txt", new TextEncoder().encode("ghi chú"), "2024-06-18");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("consolidates a folder, prints the JSON contract, writes the workbook and changes no input", async () => {
    const before = hashes(join(dir, "returns"));
    const result = await runCli(["consolidate", "--out", "out/hop-nhat.xlsx", "--json", "returns"], dir);
    expect(result.code).toBe(0);
    expect(hashes(join(dir, "returns"))).toEqual(before);
    const json = JSON.parse(result.stdout) as ConsolidationJson;
    expect(json.period).toBe("2024-H1");
    expect(json.asOf).toBe("2024-06-14");
    expect(json.framework).toEqual({ id: HA_TINH_2024_FRAMEWORK.id, version: HA_TINH_2024_FRAMEWORK.version });
    const file = (path: string) => join("returns", path);
    expect(json.units.map((u) => [u.name, u.level, u.file, u.status])).toEqual([
      ["Sở Nội vụ", "province", file("noi-vu.xlsx"), "included"],
      ["Sở Tư pháp", "province", file("tu-phap.xlsx"), "included"],
      ["UBND huyện Đức Thọ", "district", file("huyen/duc-tho.xlsx"), "included"],
      ["UBND huyện Đức Thọ", "district", file("huyen/duc-tho-ban-cu.xlsx"), "duplicate"],
      ["UBND huyện Nghi Xuân", "district", file("huyen/nghi-xuan.xlsx"), "included"],
      ["UBND huyện Can Lộc", "district", file("huyen/can-loc.xlsx"), "included"],
    ]);
    expect(json.duplicates).toEqual([
      { unit: "UBND huyện Đức Thọ", kept: file("huyen/duc-tho.xlsx"), dropped: [file("huyen/duc-tho-ban-cu.xlsx")] },
    ]);
    expect(json.rejected.map((r) => [r.file, r.reason])).toEqual([
      [file("hong.xlsx"), "notXlsx"],
      [file("quy-1/tu-phap-quy-1.xlsx"), "wrongPeriod"],
    ]);
    expect(json.rejected[0].message).toMatch(/^Tệp “returns\/hong.xlsx” .* \/ “returns\/hong.xlsx” /);
    expect(json.missing).toHaveLength(HA_TINH_2024_UNITS.length - 5);
    expect(json.missing[0]).toEqual({ name: "Sở Kế hoạch và Đầu tư", level: "province" });

    // I.4 is Sở Nội vụ's: 36 of 100 = 36% ≥ 35.
    const i4 = json.targets.find((t) => t.id === "I.4");
    expect(i4).toMatchObject({ value: 36, numerator: 36, denominator: 100, status: "met", holder: "Sở Nội vụ" });
    expect(i4?.byLevel).toEqual({
      province: expect.objectContaining({ value: 36, status: "met", reported: 1 }),
      district: null,
      commune: null,
    });
    // VII.B.2 sums the districts: 1 + 2 + 0 = 3 (the older Đức Thọ copy's 9 is dropped); cumulative, so by
    // 14/06 13 × 166/366 = 5.896… is expected, and 3 < 0.9 × 5.896 → lagging.
    const b2 = json.targets.find((t) => t.id === "VII.B.2");
    expect(b2).toMatchObject({
      value: 3,
      numerator: 3,
      denominator: null,
      status: "lagging",
      method: "sum",
      reported: 3,
    });
    expect(b2?.byLevel.district).toMatchObject({ value: 3, target: 13, status: "lagging" });
    expect(b2?.byLevel.province).toBeNull();
    // III.5: (45 + 40) ÷ (50 + 50) departments, 30 ÷ 40 Đức Thọ (Can Lộc: Không phát sinh; Nghi Xuân: text).
    const iii5 = json.targets.find((t) => t.id === "III.5");
    expect(iii5).toMatchObject({ numerator: 115, denominator: 140, reported: 3 });
    expect(iii5?.value).toBeCloseTo((115 / 140) * 100, 6);
    expect(iii5?.byLevel.district).toMatchObject({ value: 75, target: 80, status: "at_risk", reported: 1 });
    expect(json.excluded).toEqual([
      expect.objectContaining({
        file: file("huyen/nghi-xuan.xlsx"),
        id: "III.5",
        code: "number.notNumber",
        sheet: SHEET.targets,
      }),
    ]);
    expect(json.activities.find((a) => a.id === "I:3.17")?.lead).toEqual({
      unit: "Sở Nội vụ",
      submitted: true,
      status: "done",
    });

    expect(result.stderr).toContain("Đã đọc 8/8 tệp / Read 8/8 files");
    expect(result.stderr).toContain(
      "Đã ghi out/hop-nhat.xlsx: 5 đơn vị đưa vào tổng hợp, 1 bản trùng, 2 tệp bị từ chối",
    );
    expect(result.stderr).not.toMatch(STACK);
  });

  it("writes the provincial workbook: consolidation sheets, summaries, data; outside text stays text", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, "out/hop-nhat.xlsx")) as never);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      ...Object.values(CONSOLIDATION_SHEET),
      ...Object.values(SUMMARY_SHEET),
      SHEET.info,
      SHEET.activities,
      SHEET.targets,
      SHEET.units,
    ]);
    const summary = wb.getWorksheet(CONSOLIDATION_SHEET.targets);
    const noteCol = TARGET_SUMMARY_COLUMNS.findIndex((c) => c.key === "note") + 1;
    let found = false;
    summary?.eachRow((row) => {
      if (row.getCell(1).value === "I.4" && row.getCell(3).value === "Toàn tỉnh") {
        expect(facts(row.getCell(noteCol))).toEqual({
          type: ExcelJS.ValueType.String,
          value: HYPERLINK_NOTE,
          formula: undefined,
        });
        found = true;
      }
    });
    expect(found).toBe(true);
    expect(summary?.getCell("A1").value).toBe(`TỔNG HỢP CHỈ TIÊU CCHC NĂM ${HA_TINH_2024_FRAMEWORK.year}`);
    expect(summary?.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
    for (const ws of wb.worksheets) expect(Object.keys(ws.model.merges ?? {})).toHaveLength(0);
  });

  it("prints a bilingual report without --json", async () => {
    const result = await runCli(["consolidate", "--out", "out/bao-cao.xlsx", "returns"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("HỢP NHẤT BÁO CÁO CCHC / PAR CONSOLIDATION");
    expect(result.stdout).toContain("Kỳ báo cáo / Period: 2024-H1 — 6 tháng đầu năm 2024 / First half of 2024");
    expect(result.stdout).toContain(
      "Tệp: 8 — đưa vào 5, trùng 1, bị từ chối 2 / Files: 8 — included 5, duplicates 1, rejected 2",
    );
    expect(result.stdout).toContain("returns/hong.xlsx — Không phải tệp .xlsx / Not an .xlsx file (notXlsx)");
    expect(result.stdout).toMatch(/I\.4 +36 % +\/ 35 % +Đạt \/ Met — 1\/1 đơn vị báo cáo/);
    expect(result.stdout).toContain(
      "UBND huyện Đức Thọ: giữ “returns/huyen/duc-tho.xlsx”; bỏ “returns/huyen/duc-tho-ban-cu.xlsx”",
    );
  });

  it("refuses to overwrite --out unless --force", async () => {
    const out = join(dir, "out/hop-nhat.xlsx");
    const before = sha256(out);
    const refused = await runCli(["consolidate", "--out", "out/hop-nhat.xlsx", "returns"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Tệp đã tồn tại: out/hop-nhat.xlsx (dùng --force để ghi đè).");
    expect(sha256(out)).toBe(before);
    const forced = await runCli(
      ["consolidate", "--out", "out/hop-nhat.xlsx", "--force", "--period", "2024-Q1", "returns"],
      dir,
    );
    expect(forced.code).toBe(0);
    expect(sha256(out)).not.toBe(before);
  });

  it("exits 2 and writes nothing when no file is usable", async () => {
    const result = await runCli(["consolidate", "--out", "out/trong.xlsx", "--json", "returns/hong.xlsx"], dir);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ period: null, rejected: [{ reason: "notXlsx" }], targets: [] });
    expect(result.stderr).toContain("Không có tệp nào dùng được để hợp nhất; không ghi tệp kết quả.");
    expect(existsSync(join(dir, "out/trong.xlsx"))).toBe(false);
  });

  it("expects the units of the consolidating workbook's Danh mục đơn vị, and does not read it as a return", async () => {
    const units: Unit[] = [
      ...HA_TINH_2024_UNITS.filter((u) => ["Sở Nội vụ", "UBND huyện Đức Thọ"].includes(u.name)),
      { name: "UBND xã Thử nghiệm 001", level: "commune", aliases: [] },
    ];
    const path = join(dir, "returns", "tong-hop.xlsx");
    writeFileSync(
      path,
      await writePlanToXlsx(buildWorkbookPlan({ framework: HA_TINH_2024_FRAMEWORK, units, period: "2024-H1" })),
    );
    try {
      const result = await runCli(
        ["consolidate", "--out", "out/danh-muc.xlsx", "--units", "returns/tong-hop.xlsx", "--json", "returns"],
        dir,
      );
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout) as ConsolidationJson;
      expect(json.missing).toEqual([{ name: "UBND xã Thử nghiệm 001", level: "commune" }]);
      expect(json.rejected.map((r) => r.file)).not.toContain(join("returns", "tong-hop.xlsx"));
      expect(json.units.filter((u) => u.status === "included")).toHaveLength(5);
    } finally {
      rmSync(path);
    }
  });

  it("draws a progress bar in a terminal", async () => {
    let stderr = "";
    const code = await main(["consolidate", "--out", "out/tty.xlsx", "returns/huyen"], {
      stdout: () => undefined,
      stderr: (t) => {
        stderr += t;
      },
      cwd: dir,
      isTty: true,
    });
    expect(code).toBe(0);
    expect(stderr).toContain("\r[██████████");
    expect(stderr).toContain("] Đã đọc 4/4 tệp / Read 4/4 files\n");
  });

  it.each([
    [["consolidate", "returns"], "Missing --out FILE.xlsx"],
    [["consolidate", "--out", "x.xlsx"], "Give at least one file or folder"],
    [["consolidate", "--out", "x.csv", "returns"], "The output must be an .xlsx file: x.csv"],
    [["consolidate", "--out", "x.xlsx", "khong-co"], "File or folder not found: khong-co"],
    [["consolidate", "--out", "x.xlsx", "--period", "2024-Q2", "returns"], "2024-Q2"],
    [["consolidate", "--out", "x.xlsx", "--as-of", "14/06/2024", "returns"], "Invalid date"],
    [["consolidate", "--out", "x.xlsx", "--units", "returns/hong.xlsx", "returns"], "Cannot read the units list"],
  ])("%j exits 2 with a clear message", async (args, message) => {
    const result = await runCli(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("reports a folder with no .xlsx in it", async () => {
    mkdirSync(join(dir, "empty"), { recursive: true });
    const result = await runCli(["consolidate", "--out", "rong.xlsx", "empty"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("No .xlsx files to consolidate in: empty.");
  });
});
