import fc from "fast-check";
import { parsePeriod, PeriodCodeError, periodOf, periods, periodsOfYear } from "./periods";
import { statusContext } from "./statusContext";
import { isoToSerial } from "../dates/excelDate";

describe("parsePeriod", () => {
  test.each([
    ["2024-Q1", "Q1", "Quý I năm 2024", "Q1 2024", "2024-03-14", "2024-03-20"],
    ["2024-H1", "H1", "6 tháng đầu năm 2024", "First half of 2024", "2024-06-14", "2024-06-20"],
    ["2024-Q3", "Q3", "Quý III năm 2024", "Q3 2024", "2024-09-14", "2024-09-20"],
    ["2024", "Y", "Năm 2024", "Year 2024", "2024-12-14", "2024-12-20"],
    ["2031-Q3", "Q3", "Quý III năm 2031", "Q3 2031", "2031-09-14", "2031-09-20"],
  ])("%s", (code, kind, vi, en, cutOff, reportDue) => {
    const period = parsePeriod(code);
    expect(period).toEqual({
      code,
      year: Number(code.slice(0, 4)),
      kind,
      label: { vi, en },
      dataStart: `${Number(code.slice(0, 4)) - 1}-12-15`,
      cutOff,
      reportDue,
    });
  });

  test("forgives spaces and letter case, and returns the canonical code", () => {
    expect(parsePeriod(" 2024-q1 ").code).toBe("2024-Q1");
    expect(parsePeriod("2024-h1").code).toBe("2024-H1");
  });

  test.each(["", "2024-Q5", "24-Q1", "2024Q1", "2024-", "Quý I/2024", "2024-Y", "abcd", "20245"])(
    "rejects %j with a bilingual message naming the code",
    (code) => {
      expect(() => parsePeriod(code)).toThrow(PeriodCodeError);
      try {
        parsePeriod(code);
      } catch (error) {
        const message = (error as PeriodCodeError).userMessage;
        expect(message.vi).toContain(`“${code}”`);
        expect(message.en).toContain(`“${code}”`);
        expect(message.vi).toContain("-Q1");
      }
    },
  );

  test.each(["2024-Q2", "2024-Q4", "2024-H2"])("explains that %s is not a reporting period", (code) => {
    expect(() => parsePeriod(code)).toThrow(/6 tháng \(2024-H1\)/);
  });

  test("rejects years outside the supported range", () => {
    expect(() => parsePeriod("1900")).toThrow(/1901–9999/);
    expect(() => parsePeriod("0000-Q1")).toThrow(PeriodCodeError);
  });

  test("every generated code parses back to the same period", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 9999 }),
        fc.constantFrom(...periods.map((p) => p.kind)),
        (year, kind) => {
          const period = periodOf(year, kind);
          expect(parsePeriod(period.code)).toEqual(period);
          expect(period.dataStart < period.cutOff && period.cutOff < period.reportDue).toBe(true);
        },
      ),
    );
  });
});

describe("periodsOfYear", () => {
  test("lists the four periods in order, with cut-offs three months apart", () => {
    expect(periodsOfYear(2024).map((p) => [p.code, p.cutOff])).toEqual([
      ["2024-Q1", "2024-03-14"],
      ["2024-H1", "2024-06-14"],
      ["2024-Q3", "2024-09-14"],
      ["2024", "2024-12-14"],
    ]);
  });
});

describe("statusContext", () => {
  test("defaults the as-of date to the period's cut-off", () => {
    expect(statusContext("2024-Q1", { judgeAll: false })).toEqual({
      asOf: isoToSerial("2024-03-14"),
      yearStart: isoToSerial("2024-01-01"),
      yearEnd: isoToSerial("2024-12-31"),
      judgeAll: false,
    });
  });
  test("takes an explicit as-of date", () => {
    expect(statusContext(parsePeriod("2024"), { judgeAll: true, asOf: "2024-12-31" }).asOf).toBe(
      isoToSerial("2024-12-31"),
    );
  });
});
