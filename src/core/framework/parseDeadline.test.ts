import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { parseDeadline } from "./parseDeadline";
import type { Deadline } from "./types";

type Case = [text: string, kind: Deadline["kind"], due: string | null, warnings?: string[]];

/**
 * Every distinct deadline cell (`7- Thời gian hoàn thành`) of the seed appendix, cells continued
 * across a page break joined with a line break as the appendix parser does.
 */
const SEED_CELLS: Case[] = [
  ["Trước 25/12/2023", "date", "2023-12-25"],
  ["Năm 2024", "date", "2024-12-31"],
  ["Năm\n2024", "date", "2024-12-31"],
  ["Năm 2024-2026", "date", "2026-12-31"],
  ["Tháng 01/2024", "date", "2024-01-31"],
  ["Quý I", "date", "2024-03-31"],
  ["Quý II", "date", "2024-06-30"],
  ["Quý IV", "date", "2024-12-31"],
  ["Quý I/2024", "date", "2024-03-31"],
  ["Quý\nI/2024", "date", "2024-03-31"],
  ["Quý IV/2024", "date", "2024-12-31"],
  ["Quý II, III/2024", "date", "2024-09-30"],
  ["Quý I, II năm 2024", "date", "2024-06-30"],
  ["Quý I-IV năm 2024", "date", "2024-12-31"],
  ["Quý II-IV năm 2024", "date", "2024-12-31"],
  ["Thường xuyên", "ongoing", null],
  ["Thườn g xuyên", "ongoing", null],
  ["Theo Kế hoạch của Bộ Nội vụ", "conditional", null],
  ["Theo kế hoạch thẩm định hằng năm", "conditional", null],
  ["Theo lộ trình đề án được phê duyệt", "conditional", null],
  ["Khi có chỉ đạo của Trung ương", "conditional", null],
  ["Sau khi các cơ quan liên quan công bố chỉ số PCI năm 2024", "conditional", null],
  ["Sau khi Bộ Thông tin và Truyền thông công bố chỉ số DTI năm 2024", "conditional", null],
  [
    "Sau khi các cơ quan liên quan công bố chỉ số PAPI, Bộ Nội vụ\ncông bố chỉ số CCHC tỉnh năm 2024",
    "conditional",
    null,
  ],
  ["", "conditional", null, ["deadline.empty"]],
];

const OTHER_FORMS: Case[] = [
  ["15/01/2024", "date", "2024-01-15"],
  ["Trước ngày 15/01/2024.", "date", "2024-01-15"],
  ["Trước 15/01", "date", "2024-01-15"],
  ["Trước ngày 15 tháng 3 năm 2024", "date", "2024-03-15"],
  ["Tháng 02/2024", "date", "2024-02-29"],
  ["Tháng 2/2023", "date", "2023-02-28"],
  ["Tháng 6", "date", "2024-06-30"],
  ["Tháng 6, 7/2024", "date", "2024-07-31"],
  ["6 tháng đầu năm", "date", "2024-06-30"],
  ["6 tháng cuối năm 2024", "date", "2024-12-31"],
  ["Quý 2/2024", "date", "2024-06-30"],
  ["Quý III.", "date", "2024-09-30"],
  ["quý iv năm 2025", "date", "2025-12-31"],
  ["Trong năm", "date", "2024-12-31"],
  ["THƯỜNG XUYÊN", "ongoing", null],
  ["thuong xuyen", "ongoing", null],
  ["Định kỳ hằng quý", "ongoing", null],
  ["Theo dự\ntoán được cấp", "conditional", null],
  ["Năm 2024 và thường xuyên", "date", "2024-12-31", ["deadline.mixed"]],
  ["Quý I/2024 hoặc theo chỉ đạo của UBND tỉnh", "date", "2024-03-31", ["deadline.mixed"]],
  ["Quý I/2024; Quý III/2024", "date", "2024-09-30", ["deadline.several-dates"]],
  ["Hằng năm", "date", "2024-12-31", ["deadline.recurring-yearly"]],
  ["31/02/2024", "conditional", null, ["deadline.invalid-date", "deadline.unrecognised"]],
  ["Năm 2042", "conditional", null, ["deadline.out-of-range"]],
  ["Quý", "conditional", null, ["deadline.unrecognised"]],
  ["Khẩn trương", "conditional", null, ["deadline.unrecognised"]],
];

describe("parseDeadline", () => {
  it.each([...SEED_CELLS, ...OTHER_FORMS])("%j → %s %s", (text, kind, due, warnings = []) => {
    const result = parseDeadline(text, 2024);
    expect(result.deadline).toEqual({ text, kind, due });
    expect(result.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it("names the text it could not read, in both languages", () => {
    const [warning] = parseDeadline("Khẩn trương", 2024).warnings;
    expect(warning.message.vi).toContain("Khẩn trương");
    expect(warning.message.en).toContain("Khẩn trương");
  });

  it("puts a period without a year in the plan's year", () => {
    expect(parseDeadline("Quý I", 2025).deadline.due).toBe("2025-03-31");
    expect(parseDeadline("Tháng 01", 2025).deadline.due).toBe("2025-01-31");
  });
});

const ROMAN = ["I", "II", "III", "IV"];
const token = fc.oneof(
  fc.constantFrom(
    "Quý",
    "quý",
    "I",
    "II",
    "III",
    "IV",
    "V",
    "/",
    "-",
    ",",
    ";",
    ".",
    "năm",
    "Năm",
    "Tháng",
    "tháng",
    "Trước",
    "ngày",
    "và",
    "6 tháng đầu năm",
    "Thường xuyên",
    "Thườn g xuyên",
    "Theo",
    "Sau khi",
    "hằng năm",
  ),
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 1990, max: 2100 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 2000, max: 2060 }))
    .map(([d, m, y]) => `${d}/${m}/${y}`),
);
const deadlineText = fc.oneof(
  fc.array(token, { maxLength: 8 }).map((parts) => parts.join(" ")),
  fc.string({ unit: "binary", maxLength: 30 }),
);

describe("parseDeadline: properties", () => {
  it("keeps the text as given, and a date is always a real day within [planYear-1, planYear+10]", () => {
    fc.assert(
      fc.property(deadlineText, fc.integer({ min: 2000, max: 2050 }), (text, planYear) => {
        const { deadline } = parseDeadline(text, planYear);
        expect(deadline.text).toBe(text);
        if (deadline.kind !== "date") {
          expect(deadline.due).toBeNull();
          return;
        }
        expect(deadline.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const due = deadline.due as string;
        expect(new Date(`${due}T00:00:00Z`).toISOString().slice(0, 10)).toBe(due);
        const year = Number(due.slice(0, 4));
        expect(year).toBeGreaterThanOrEqual(planYear - 1);
        expect(year).toBeLessThanOrEqual(planYear + 10);
      }),
    );
  });

  it("does not depend on case, spacing or Unicode form", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), fc.constantFrom(" ", "  ", "\n", "\t"), (parts, gap) => {
        const text = parts.join(" ");
        const variant = parts.join(gap).toUpperCase().normalize("NFD");
        const a = parseDeadline(text, 2024);
        const b = parseDeadline(variant, 2024);
        expect([b.deadline.kind, b.deadline.due]).toEqual([a.deadline.kind, a.deadline.due]);
        expect(b.warnings.map((w) => w.code)).toEqual(a.warnings.map((w) => w.code));
      }),
    );
  });

  it("ends a quarter or a month on its last day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2023, max: 2034 }), (month, year) => {
        const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
        const padded = String(month).padStart(2, "0");
        expect(parseDeadline(`Tháng ${padded}/${year}`, 2024).deadline.due).toBe(lastDay);
        if (month % 3 === 0)
          expect(parseDeadline(`Quý ${ROMAN[month / 3 - 1]}/${year}`, 2024).deadline.due).toBe(lastDay);
      }),
    );
  });

  it("reads any real dd/mm/yyyy date in range as that day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2023-01-01T00:00:00Z"), max: new Date("2034-12-31T00:00:00Z"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split("-");
          expect(parseDeadline(`Trước ${day}/${month}/${year}`, 2024).deadline).toMatchObject({
            kind: "date",
            due: iso,
          });
        },
      ),
    );
  });
});
