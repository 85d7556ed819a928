import { isoToSerial } from "../dates/excelDate";
import { evaluateWorkbook } from "../validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { TrackingFixture, UNITS, datedActivity, targetWhere } from "../validation/testing/trackingFixture";
import { cellAddress, parseRangeAddress } from "../workbook/a1";
import type { SheetPlan } from "../workbook/workbookPlan";
import { buildSummaryPlan } from "./buildSummaryPlan";
import { REPORT_FONT_SIZE, REPORT_WIDTHS } from "./buildReportSheet";

function report(fixture: TrackingFixture): SheetPlan {
  const tracking = readTrackingWorkbook(fixture.snapshot);
  return buildSummaryPlan(fixture.snapshot, tracking, evaluateWorkbook(tracking), { kinds: ["report"] }).plan.sheets[0];
}

/** Cell text by A1 address, and the rows as arrays of strings. */
function grid(sheet: SheetPlan) {
  const cells = new Map<string, string | number>();
  for (const block of sheet.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value !== null && cell.value !== undefined && cell.value !== "") {
          cells.set(cellAddress(block.row + r, block.col + c), cell.value as string | number);
        }
      }),
    );
  }
  const rows: string[][] = [];
  for (const [address, value] of cells) {
    const { row, col } = parseRangeAddress(address);
    (rows[row] ??= [])[col] = String(value);
  }
  return { cell: (a: string) => cells.get(a), rows };
}

function styleAt(sheet: SheetPlan, address: string) {
  const { row, col } = parseRangeAddress(address);
  return sheet.styles
    .filter((s) => {
      const r = parseRangeAddress(s.range);
      return row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount;
    })
    .reduce((acc, s) => ({ ...acc, ...s.style }), {} as Record<string, unknown>);
}

describe("the Báo cáo sheet", () => {
  const whole = report(new TrackingFixture({ period: "2024-Q1" }));
  const g = grid(whole);
  const headerRow = g.rows.findIndex((r) => r?.[1] === "Chỉ tiêu, nhiệm vụ");

  it("prints on A4 landscape, one page wide, with Decree 30 margins and the table header on every page", () => {
    expect(headerRow).toBeGreaterThan(0);
    expect(whole.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: `$${headerRow + 1}:$${headerRow + 1}`,
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59 },
    });
    expect(whole.print?.centerFooter).toContain("&P");
    expect(g.rows[headerRow]).toEqual([
      "STT",
      "Chỉ tiêu, nhiệm vụ",
      "Kế hoạch",
      "Thực hiện",
      "Tỷ lệ",
      "Đánh giá",
      "Ghi chú, lý do",
    ]);
    expect(whole.columns.map((c) => c.width)).toEqual(REPORT_WIDTHS);
  });

  it("sets every cell in Times New Roman 13 and centres the header block across columns, never by merging", () => {
    const base = whole.styles[0];
    expect(base.style).toMatchObject({ fontName: "Times New Roman", fontSize: REPORT_FONT_SIZE });
    const covered = parseRangeAddress(base.range);
    for (const [r, row] of g.rows.entries()) {
      if (row) expect(r).toBeLessThan(covered.row + covered.rowCount);
    }
    for (const address of ["A1", "C1", "A2", "C2", "A4", "C4", "A6"]) {
      expect([address, styleAt(whole, address).horizontalAlignment]).toEqual([address, "centerAcrossSelection"]);
    }
  });

  it("heads the whole-plan report as Sở Nội vụ under the province, with a blank number and date", () => {
    expect(g.cell("A1")).toBe("UBND TỈNH HÀ TĨNH");
    expect(g.cell("A2")).toBe("SỞ NỘI VỤ");
    expect(g.cell("C1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(g.cell("C2")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(g.cell("A4")).toMatch(/^Số:\s+\/BC-SNV$/);
    expect(g.cell("C4")).toMatch(/^Hà Tĩnh, ngày\s+tháng\s+năm 2024$/);
    expect(g.cell("A6")).toBe("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC QUÝ I NĂM 2024");
    expect(g.cell("A7")).toBe("(Số liệu tính đến ngày 14/03/2024)");
    expect(styleAt(whole, "A2").bold).toBe(true);
    expect(styleAt(whole, "C4").italic).toBe(true);
    const flat = g.rows.flat();
    expect(flat).toContain("NGƯỜI LẬP BIỂU");
    expect(flat).toContain("THỦ TRƯỞNG ĐƠN VỊ");
    expect(flat.some((t) => t?.includes("lập lại tổng hợp"))).toBe(true);
  });

  it("lists overdue activities and lagging targets with their reasons, and what falls due next quarter", () => {
    const late = datedActivity("2024-01-01", "2024-03-10");
    const silent = datedActivity("2023-01-01", "2023-12-31");
    const next = datedActivity("2024-04-01", "2024-06-30");
    const lagging = targetWhere((t) => t.measure === "percent" && t.comparator === "atLeast" && t.kind === "level");
    const fixture = new TrackingFixture({ period: "2024-Q1" })
      .activity(late.id, "state", "Đang thực hiện")
      .activity(late.id, "note", "Chờ ý kiến của Bộ Nội vụ")
      .activity(next.id, "state", "Đang thực hiện")
      .target(lagging.id, "done", 1)
      .target(lagging.id, "note", "Số liệu quý I thấp");
    const rows = grid(report(fixture)).rows.filter(Boolean);
    const part = (key: string) => rows.findIndex((r) => r[0] === key);
    const b = rows.slice(part("B"), part("C"));
    const c = rows.slice(
      part("C"),
      rows.findIndex((r) => r.includes("NGƯỜI LẬP BIỂU")),
    );
    const lateRow = b.find((r) => r[1]?.includes(`(${late.id})`));
    expect(lateRow?.slice(5)).toEqual(["Quá hạn", "Chờ ý kiến của Bộ Nội vụ"]);
    expect(lateRow?.[3]).toBe("Đang thực hiện");
    expect(b.find((r) => r[1]?.includes(`(${silent.id})`))?.slice(5)).toEqual(["Quá hạn", "Chưa nêu lý do"]);
    const targetRow = b.find((r) => r[1]?.includes(`(${lagging.id})`));
    expect(targetRow?.[5]).toBe("Chậm tiến độ");
    expect(targetRow?.[6]).toBe("Số liệu quý I thấp");
    expect(c[0][1]).toContain("01/04/2024");
    expect(c.some((r) => r[1]?.includes(`(${next.id})`))).toBe(true);
    expect(c.some((r) => r[1]?.includes(`(${late.id})`))).toBe(false);
  });

  it("shows an open activity's state as typed, ignoring a completion date that does not make it done", () => {
    const done = datedActivity("2024-04-01", "2024-06-30");
    const fixture = new TrackingFixture({ period: "2024-Q1" })
      .activity(done.id, "state", "Chưa thực hiện")
      .activity(done.id, "doneDate", isoToSerial("2024-03-01"));
    const row = grid(report(fixture)).rows.find((r) => r?.[1]?.includes(`(${done.id})`));
    expect(row?.[3]).toBe("Chưa thực hiện");
  });

  it("puts a unit's own targets in part A and heads the report with the unit", () => {
    const unit = UNITS.find((u) => u.name === "UBND huyện Đức Thọ");
    const sheet = report(new TrackingFixture({ unit, period: "2024-H1" }));
    const u = grid(sheet);
    expect(u.cell("A1")).toBe("ỦY BAN NHÂN DÂN");
    expect(u.cell("A2")).toBe("HUYỆN ĐỨC THỌ");
    expect(styleAt(sheet, "A1").bold).toBe(true);
    expect(u.cell("C4")).toMatch(/^Đức Thọ, ngày/);
    expect(u.cell("A6")).toBe("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC 6 THÁNG ĐẦU NĂM 2024");
    const tracking = readTrackingWorkbook(new TrackingFixture({ unit, period: "2024-H1" }).snapshot);
    const own = tracking.targets.filter((t) => t.responsibility === "Chủ trì");
    const rows = u.rows.filter(Boolean);
    const a = rows.slice(
      rows.findIndex((r) => r[0] === "A"),
      rows.findIndex((r) => r[0] === "B"),
    );
    expect(a.filter((r) => /^\d+$/.test(r[0] ?? "")).length).toBe(own.length);
  });
});
