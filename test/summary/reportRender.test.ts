/**
 * The printable report as it prints: a CLI-written, filled and summarised workbook's `Báo cáo` sheet rendered by
 * LibreOffice to PDF and by pdftoppm to PNG, kept in test-artifacts/report/ for people to look at. The PDF is
 * checked: A4 landscape pages, the title and national motto on page 1, the table header repeated on every page,
 * the signature block at the end, and only Times New Roman (or its metric twin, Liberation Serif) as the font.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { SUMMARY_SHEET } from "../../src/core/summary/summaryLayout";
import { buildWorkbookPlan } from "../../src/core/workbook/buildWorkbookPlan";
import { XlsxAdapter, writePlanToXlsx } from "../../src/xlsx/xlsxAdapter";
import { runCli } from "../cli/runCli";
import { applyFill, sampleFill } from "./randomFill";
import { renderReport, type RenderedReport } from "./renderReport";
import { ACTIVITY_COUNT, FRAMEWORK, TARGET_COUNT, UNITS } from "./summaryReference";

jest.setTimeout(300_000);

const ARTIFACTS = resolve(__dirname, "../../test-artifacts/report");
const run = promisify(execFile);

/** The pages' text, one string per page (pdftotext keeps the page breaks as form feeds). */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "par-pdf-"));
  try {
    writeFileSync(join(dir, "r.pdf"), pdf);
    const { stdout } = await run("pdftotext", ["-layout", join(dir, "r.pdf"), "-"]);
    // pdftotext spaces some letters apart ("SỞ N ỘI V Ụ"): compare the text without spaces.
    return stdout
      .split("\f")
      .filter((page) => page.trim() !== "")
      .map((page) => page.replace(/\s+/g, ""));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function fonts(pdf: Buffer): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "par-pdf-"));
  try {
    writeFileSync(join(dir, "r.pdf"), pdf);
    const { stdout } = await run("pdffonts", [join(dir, "r.pdf")]);
    return stdout
      .split("\n")
      .slice(2)
      .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ""))
      .filter((name) => name !== "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A filled workbook through the CLI, then its Báo cáo sheet alone (it holds no formulas) rendered. */
async function renderFor(
  name: string,
  unit: string | undefined,
  period: string,
  seed: number,
): Promise<RenderedReport> {
  const dir = mkdtempSync(join(tmpdir(), "par-report-"));
  try {
    const plan = buildWorkbookPlan({
      framework: FRAMEWORK,
      units: UNITS,
      unit: unit === undefined ? undefined : UNITS.find((u) => u.name === unit),
      period,
    });
    applyFill(plan, sampleFill(ACTIVITY_COUNT, TARGET_COUNT, seed));
    writeFileSync(join(dir, "so.xlsx"), await writePlanToXlsx(plan));
    expect((await runCli(["summary", "so.xlsx", "--out", "tong-hop.xlsx"], dir)).code).toBe(0);
    const adapter = await XlsxAdapter.fromBuffer(readFileSync(join(dir, "tong-hop.xlsx")));
    for (const sheet of [...adapter.workbook.worksheets]) {
      if (sheet.name !== SUMMARY_SHEET.report) adapter.workbook.removeWorksheet(sheet.id);
    }
    return await renderReport(await adapter.toBuffer(), ARTIFACTS, name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each([
  { name: "bao-cao-toan-tinh-6-thang", unit: undefined, period: "2024-H1", seed: 7, heading: "SỞ NỘI VỤ" },
  { name: "bao-cao-duc-tho-quy-3", unit: "UBND huyện Đức Thọ", period: "2024-Q3", seed: 3, heading: "HUYỆN ĐỨC THỌ" },
])("the printed report: $name", ({ name, unit, period, seed, heading }) => {
  let rendered: RenderedReport;
  let pages: string[];

  beforeAll(async () => {
    rendered = await renderFor(name, unit, period, seed);
    pages = await pageTexts(rendered.pdf);
  });

  it("prints on A4 landscape pages, kept as PNG in test-artifacts/report", () => {
    expect(rendered.pageSizes.length).toBeGreaterThan(0);
    expect(rendered.pages).toHaveLength(rendered.pageSizes.length);
    for (const size of rendered.pageSizes) {
      expect(Math.round(size.width)).toBe(842);
      expect(Math.round(size.height)).toBe(595);
    }
    for (const page of rendered.pages) expect(readFileSync(page).subarray(1, 4).toString()).toBe("PNG");
  });

  it("opens with the Decree 30 header and the title, repeats the table header on every page, ends with signatures", () => {
    const squeeze = (text: string) => text.replace(/\s+/g, "");
    expect(pages[0]).toContain(squeeze("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    expect(pages[0]).toContain(squeeze("Độc lập - Tự do - Hạnh phúc"));
    expect(pages[0]).toContain(squeeze(heading));
    expect(pages[0]).toContain(squeeze("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC"));
    for (const page of pages)
      expect(page).toContain(squeeze("STT Chỉ tiêu, nhiệm vụ Kế hoạch Thực hiện Tỷ lệ Đánh giá"));
    // The signature block and the note under it print on one page, after the last table row.
    const signed = pages.findIndex((page) => page.includes("NGƯỜILẬPBIỂU"));
    expect(signed).toBeGreaterThanOrEqual(pages.length - 2);
    expect(pages[signed]).toContain("NGƯỜILẬPBIỂUTHỦTRƯỞNGĐƠNVỊ");
    expect(pages[signed]).toContain("(Ký,ghirõhọtên)(Kýtên,đóngdấu)");
    expect(pages[signed]).toContain("Ghichú:báocáolậptựđộng");
    expect(pages.slice(signed + 1).join("")).not.toMatch(/Quáhạn|Chậmtiếnđộ|Đạt/);
  });

  it("uses Times New Roman (Liberation Serif where it is not installed) throughout", async () => {
    const used = await fonts(rendered.pdf);
    expect(used.some((f) => /^(TimesNewRoman|LiberationSerif)/.test(f))).toBe(true);
    for (const font of used) expect(font).toMatch(/^(TimesNewRoman|LiberationSerif|DejaVuSerif)/);
  });
});
