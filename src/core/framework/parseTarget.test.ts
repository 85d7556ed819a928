import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { parseTargets, type ParsedTarget } from "./parseTarget";
import { normalizeText } from "../text/normalizeText";

type Expected = Partial<ParsedTarget>;

function only(text: string): ParsedTarget {
  const { targets } = parseTargets(text);
  expect(targets).toHaveLength(1);
  return targets[0];
}

describe("parseTargets: the forms DOMAIN.md lists", () => {
  it.each<[string, Expected]>([
    ["Tối thiểu 35% cơ quan, đơn vị được kiểm tra", { measure: "percent", comparator: "atLeast", value: 35 }],
    ["Mức độ hài lòng đạt từ 94% trở lên", { measure: "percent", comparator: "atLeast", value: 94 }],
    ["Phấn đấu từ 90% trở lên văn bản QPPL", { comparator: "atLeast", value: 90, unitLabel: "văn bản QPPL" }],
    ["Tỷ lệ xử lý nhà, đất đạt trên 85%", { comparator: "moreThan", value: 85, unitLabel: "nhà, đất" }],
    ["ít nhất có 03 sáng kiến", { measure: "count", comparator: "atLeast", value: 3, unitLabel: "sáng kiến" }],
    ["từ 02 đến 03 cuộc", { measure: "count", comparator: "between", value: 2, max: 3, unitLabel: "cuộc" }],
    [
      "Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp",
      {
        measure: "percent",
        comparator: "atLeast",
        value: 2.5,
        direction: "decrease",
        unitLabel: "chi hỗ trợ trực tiếp",
      },
    ],
    [
      "27% trường THCS (40 trường)",
      {
        measure: "percent",
        value: 27,
        equivalentCount: 40,
        unitLabel: "trường THCS",
        text: "27% trường THCS (40 trường)",
      },
    ],
  ])("%s", (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it("reads one target with a value for each level of government", () => {
    const target = only("cấp tỉnh 90%, cấp huyện 80%, cấp xã 75% số hồ sơ tiếp nhận");
    expect(target).toMatchObject({
      measure: "percent",
      comparator: "atLeast",
      levels: { province: 90, district: 80, commune: 75 },
      // The weakest level: what a mixed provincial aggregate must reach when every level meets its own.
      value: 75,
      unitLabel: "hồ sơ",
    });
  });

  it("reads levels written after the figure (`100% hồ sơ tại cấp tỉnh, 90% … tại cấp huyện`)", () => {
    const target = only(
      "100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã",
    );
    expect(target.levels).toEqual({ province: 100, district: 90, commune: 60 });
  });

  it("reads two reductions of posts as two cumulative count targets", () => {
    const { targets } = parseTargets("giảm 28 biên chế công chức; giảm 531 biên chế viên chức");
    expect(targets).toEqual([
      {
        text: "giảm 28 biên chế công chức",
        measure: "count",
        comparator: "atLeast",
        value: 28,
        direction: "decrease",
        unitLabel: "biên chế công chức",
        kind: "cumulative",
      },
      {
        text: "giảm 531 biên chế viên chức",
        measure: "count",
        comparator: "atLeast",
        value: 531,
        direction: "decrease",
        unitLabel: "biên chế viên chức",
        kind: "cumulative",
      },
    ]);
  });
});

describe("parseTargets: comparators, numbers and typos", () => {
  it.each<[string, Expected]>([
    ["100% TTHC được công bố", { comparator: "atLeast", value: 100 }],
    ["tỷ lệ nộp hồ sơ trực tuyến đạt 70%", { comparator: "atLeast", value: 70, unitLabel: "hồ sơ" }],
    ["Tối thiểu 95 % văn bản QPPL", { value: 95, unitLabel: "văn bản QPPL" }],
    ["Tối thiểu 95 phần trăm văn bản QPPL", { measure: "percent", value: 95 }],
    ["tỷ lệ hồ sơ trễ hạn không quá 5%", { comparator: "atMost", value: 5 }],
    ["tỷ lệ hồ sơ trễ hạn không vượt quá 5%", { comparator: "atMost", value: 5 }],
    ["tỷ lệ hồ sơ trễ hạn tối đa 3%", { comparator: "atMost", value: 3 }],
    ["tỷ lệ hồ sơ trễ hạn dưới 2%", { comparator: "lessThan", value: 2 }],
    ["tỷ lệ hồ sơ trễ hạn không dưới 2%", { comparator: "atLeast", value: 2 }],
    ["tỷ lệ hồ sơ trễ hạn từ 3% trở xuống", { comparator: "atMost", value: 3 }],
    ["đúng 100% hồ sơ", { comparator: "exactly", value: 100 }],
    ["tỷ lệ hài lòng từ 80% đến 90%", { comparator: "between", value: 80, max: 90, measure: "percent" }],
    ["Phân đầu ít nhất có 03 sáng kiến", { value: 3, unitLabel: "sáng kiến" }],
    ["Phần đầu ít nhất có 03 sáng kiến", { value: 3, unitLabel: "sáng kiến" }],
    ["Phấn đấu ít nhất có 03 sáng kiến", { value: 3, unitLabel: "sáng kiến" }],
    ["Tiếp nhận 1.234 hồ sơ trực tuyến", { measure: "count", value: 1234, unitLabel: "hồ sơ" }],
    ["Giảm 2.5% chi phí tuân thủ", { value: 2.5, direction: "decrease" }],
    ["ít nhất 05 tọa đàm", { measure: "count", value: 5, unitLabel: "tọa đàm" }],
    ["tăng 10% hồ sơ trực tuyến", { direction: "increase", value: 10 }],
    ["đạt 70% hồ sơ đến năm 2025", { comparator: "atLeast", value: 70 }],
    ["đạt mức 90% hồ sơ", { comparator: "atLeast", value: 90, unitLabel: "hồ sơ" }],
    ["100% sở ban ngành", { value: 100, unitLabel: "sở, ban, ngành" }],
    ["75% tổng số hồ sơ", { value: 75, unitLabel: "hồ sơ" }],
    ["tỷ lệ hồ sơ trễ hạn >= 5%", { comparator: "atLeast", value: 5 }],
    ["tỷ lệ hồ sơ trễ hạn ≤ 5%", { comparator: "atMost", value: 5 }],
    ["tỷ lệ hồ sơ trễ hạn < 5%", { comparator: "lessThan", value: 5 }],
  ])("%s", (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it("warns that a noun outside the vocabulary was guessed", () => {
    const { warnings } = parseTargets("ít nhất 05 tọa đàm");
    expect(warnings.map((w) => w.code)).toContain("target.unit-guessed");
    expect(warnings.find((w) => w.code === "target.unit-guessed")?.message.vi).toContain("tọa đàm");
  });

  it("warns when it cannot tell what is counted", () => {
    const { targets, warnings } = parseTargets("Tối thiểu 35%");
    expect(targets[0]).toMatchObject({ value: 35, unitLabel: "" });
    expect(warnings.map((w) => w.code)).toContain("target.unit-missing");
  });

  it("reads a coordinated second figure with the first one's direction (`cắt giảm 20% quy định và 20% chi phí`)", () => {
    const { targets } = parseTargets(
      "rà soát, đơn giản hóa TTHC nội bộ để cắt giảm 20% quy định và 20% chi phí tuân thủ",
    );
    expect(targets.map((t) => [t.value, t.direction, t.unitLabel])).toEqual([
      [20, "decrease", "quy định"],
      [20, "decrease", "chi phí tuân thủ"],
    ]);
    expect(targets[1].text).toBe("20% chi phí tuân thủ");
  });

  it("reads a reduction said away from the figure, with a warning", () => {
    const { targets, warnings } = parseTargets("Giảm chi hỗ trợ trực tiếp từ ngân sách tối thiểu 2,5%");
    expect(targets[0]).toMatchObject({ direction: "decrease", comparator: "atLeast", value: 2.5 });
    expect(warnings.map((w) => w.code)).toContain("target.direction-assumed");
  });

  it("does not read `giám sát` as a reduction", () => {
    expect(only("giám sát 100% hồ sơ").direction).toBe("increase");
  });
});

describe("parseTargets: numbers that are not targets", () => {
  it.each([
    "Nâng cao chất lượng công tác chỉ đạo điều hành",
    "Thực hiện Nghị quyết số 12-NQ/TU ngày 26/5/2022 của Tỉnh ủy",
    "Theo Nghị định 30/2020/NĐ-CP về công tác văn thư",
    "Kế hoạch CCHC năm 2024 của tỉnh giai đoạn 2021-2030",
    "Áp dụng TCVN ISO 9001:2015 và TCVN ISO 18091:2020",
    "cán bộ dưới 40 tuổi được bồi dưỡng",
    "các đơn vị sự nghiệp công lập nhóm 3",
    "1.4. Hoàn thiện hệ thống văn bản",
    "<p>1.2. Thực hiện tinh giản biên chế</p>",
  ])("%s → no target, no warning", (text) => {
    expect(parseTargets(text)).toEqual({ targets: [], warnings: [] });
  });

  it("warns about a figure it cannot place", () => {
    const { targets, warnings } = parseTargets("Tổ chức 5 tọa đàm về CCHC");
    expect(targets).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].code).toBe("target.number-ignored");
    expect(warnings[0].message.vi).toContain("“5”");
  });
});

describe("parseTargets: kind", () => {
  it.each<[string, ParsedTarget["kind"]]>([
    ["Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC trong năm 2024", "cumulative"],
    ["tỷ lệ nộp hồ sơ trực tuyến đạt 70%", "level"],
    ["ít nhất 03 sáng kiến", "cumulative"],
    ["giảm 28 biên chế công chức", "cumulative"],
    ["Mức độ hài lòng của người dân đạt từ 94% trở lên", "level"],
  ])("%s → %s, from its words", (text, kind) => {
    const { targets, warnings } = parseTargets(text);
    expect(targets[0].kind).toBe(kind);
    expect(warnings).toEqual([]);
  });

  it.each<[string, ParsedTarget["kind"]]>([
    ["100% đơn vị sự nghiệp công lập được giao quyền tự chủ", "level"],
    ["Có ít nhất 02 đơn vị sự nghiệp công lập tăng mức độ tự chủ", "cumulative"],
    ["Tỷ lệ xã được đào tạo, tập huấn đạt 100%", "level"],
  ])("%s → %s, assumed with a warning naming the target", (text, kind) => {
    const { targets, warnings } = parseTargets(text);
    expect(targets[0].kind).toBe(kind);
    expect(warnings.map((w) => w.code)).toEqual(["target.kind-assumed"]);
    expect(warnings[0].message.vi).toContain(targets[0].text);
    expect(warnings[0].message.en).toContain(targets[0].text);
  });
});

// Realistic input for the properties: pieces of target prose, figures and noise.
const piece = fc.oneof(
  fc.constantFrom(
    "Tối thiểu",
    "tối thiểu",
    "ít nhất",
    "từ",
    "đến",
    "trở lên",
    "trên",
    "dưới",
    "không quá",
    "giảm",
    "tăng",
    "đạt",
    "Phân đầu",
    "tỷ lệ",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "cơ quan, đơn vị",
    "hồ sơ",
    "TTHC",
    "sáng kiến",
    "cuộc",
    "biên chế công chức",
    "trường THCS",
    "trong năm",
    "năm 2024",
    "Nghị quyết số 12-NQ/TU",
    "9001:2015",
    "(40 trường)",
    "và",
    ";",
    ",",
    ".",
    "%",
    " - ",
    "<p>",
    "</p>",
    "1.3.",
  ),
  fc.integer({ min: 0, max: 2000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a},${b}%`),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.integer({ min: 0, max: 9 }).map((n) => `0${n}`),
);
const prose = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(" "));
const spaced = (text: string, gaps: string[]): string => {
  let index = 0;
  return text.replace(/ /g, () => gaps[index++ % gaps.length]);
};

describe("parseTargets: properties", () => {
  it("gives the same result whatever the whitespace, line breaks or Unicode form of the input", () => {
    fc.assert(
      fc.property(
        prose,
        fc.array(fc.constantFrom(" ", "  ", "\r\n", "\n", "\t", "\u00A0", " \r\n "), { minLength: 1, maxLength: 5 }),
        (text, gaps) => {
          const variant = `  ${spaced(text, gaps)}\r\n`.normalize("NFD");
          expect(parseTargets(variant)).toEqual(parseTargets(text));
        },
      ),
    );
  });

  it("cuts each target's text out of the normalised input, in text order", () => {
    fc.assert(
      fc.property(prose, (text) => {
        const normalised = normalizeText(text);
        let from = 0;
        for (const target of parseTargets(text).targets) {
          const at = normalised.indexOf(target.text, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at + 1;
        }
      }),
    );
  });

  it("keeps values finite, non-negative and ordered", () => {
    fc.assert(
      fc.property(prose, (text) => {
        for (const target of parseTargets(text).targets) {
          expect(Number.isFinite(target.value) && target.value >= 0).toBe(true);
          if (target.comparator === "between") expect(target.max).toBeGreaterThanOrEqual(target.value);
          else expect(target.max).toBeUndefined();
          if (target.levels) {
            expect(Object.keys(target.levels).length).toBeGreaterThanOrEqual(2);
            expect(Object.values(target.levels)).toContain(target.value);
          }
          if (target.equivalentCount !== undefined) expect(target.measure).toBe("percent");
        }
      }),
    );
  });

  it("never throws, on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(() => parseTargets(text)).not.toThrow();
      }),
    );
  });

  it("reads any percentage written with a decimal comma", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        const target = only(`Tối thiểu ${whole},${tenth}% hồ sơ`);
        expect(target.value).toBeCloseTo(whole + tenth / 10, 10);
        expect(target.comparator).toBe("atLeast");
      }),
    );
  });
});
