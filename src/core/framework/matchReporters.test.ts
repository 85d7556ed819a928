import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { matchReporters } from "./matchReporters";
import { HA_TINH_2024_UNITS } from "./units";
import type { Reporter, Unit } from "./types";

const unit = (name: string): Reporter => ({ kind: "unit", name });
const PROVINCE: Reporter = { kind: "category", level: "province" };
const DISTRICT: Reporter = { kind: "category", level: "district" };
const COMMUNE: Reporter = { kind: "category", level: "commune" };
const ALL: Reporter = { kind: "category", level: "all" };

type Case = [lead: string, reporters: Reporter[], warnings?: string[]];

/** Every distinct lead (`5- Chủ trì`) cell of the seed appendix, page-break continuations joined with a line break. */
const SEED_LEADS: Case[] = [
  ["Sở Nội vụ", [unit("Sở Nội vụ")]],
  ["Sở Thông tin và Truyền thông", [unit("Sở Thông tin và Truyền thông")]],
  ["Sở TTTT", [unit("Sở Thông tin và Truyền thông")]],
  ["Sở Kế hoạch và Đầu tư", [unit("Sở Kế hoạch và Đầu tư")]],
  ["Sở Tư pháp", [unit("Sở Tư pháp")]],
  ["Sở Tài chính", [unit("Sở Tài chính")]],
  ["Sở Khoa học và Công nghệ", [unit("Sở Khoa học và Công nghệ")]],
  ["Văn phòng UBND tỉnh", [unit("Văn phòng UBND tỉnh")]],
  ["VP UBND tỉnh", [unit("Văn phòng UBND tỉnh")]],
  [
    "Sở Nội vụ chủ trì đối với nhân rộng mô\nhình hay; Sở Khoa học và Công nghệ chủ trì đối với áp dụng các sáng kiến CCHC",
    [unit("Sở Nội vụ"), unit("Sở Khoa học và Công nghệ")],
  ],
  ["Sở Khoa học và Công nghệ (chủ trì, phối hợp kiểm tra)", [unit("Sở Khoa học và Công nghệ")]],
  ["Sở Tài chính (TT Tư vấn dịch vụ tài chính)", [unit("Sở Tài chính")], ["reporters.qualifier-ignored"]],
  ["Sở Nội vụ, Thành viên Đoàn kiểm tra CCHC tỉnh", [unit("Sở Nội vụ")], ["reporters.unmatched"]],
  ["Sở Nội vụ, Đoàn Kiểm tra, HĐĐ CCHC tỉnh;", [unit("Sở Nội vụ")], ["reporters.unmatched", "reporters.unmatched"]],
  [
    "Văn phòng UBND tỉnh, Trung tâm hỗ trợ phát triển doanh nghiệp và Xúc tiến đầu tư",
    [unit("Văn phòng UBND tỉnh"), unit("Trung tâm hỗ trợ phát triển doanh nghiệp và Xúc tiến đầu tư")],
  ],
  [
    "Văn phòng UBND tỉnh; Tổ công tác theo Quyết định số 2088/QĐ-UBND ngày 14/5/2021 của UBND tỉnh",
    [unit("Văn phòng UBND tỉnh")],
    ["reporters.unmatched"],
  ],
  ["Sở, ban, ngành", [PROVINCE]],
  ["Sở, ban, ngành có liên quan", [PROVINCE]],
  ["Các sở, cơ quan, đơn vị thuộc UBND tỉnh", [PROVINCE]],
  ["Các sở, cơ quan, đơn vị thuộc UBND tỉnh, UBND cấp huyện", [PROVINCE, DISTRICT]],
  ["Sở, ban, ngành cấp tỉnh; UBND các huyện, thành phố, thị xã", [PROVINCE, DISTRICT]],
  ["Các Sở, ban, ngành; UBND\ncấp huyện, UBND cấp xã", [PROVINCE, DISTRICT, COMMUNE]],
  // The source cell is cut short (most likely `UBND cấp xã`): the stray `UBND` is reported, not guessed.
  ["Các Sở, ban, ngành; UBND cấp huyện, UBND", [PROVINCE, DISTRICT], ["reporters.unmatched"]],
  ["Các sở, ban, ngành cấp tỉnh; UBND cấp huyện, cấp xã", [PROVINCE, DISTRICT, COMMUNE]],
  ["Bộ phận một cửa cấp tỉnh, cấp huyện, cấp xã", [PROVINCE, DISTRICT, COMMUNE]],
  ["UBND cấp huyện", [DISTRICT]],
  ["UBND các huyện, thị xã, thành phố", [DISTRICT]],
  ["Các cơ quan chủ trì các lĩnh vực CCHC tỉnh; cơ quan, đơn vị, địa phương", [PROVINCE, ALL], ["reporters.vague"]],
  ["Các cơ quan liên quan", [ALL], ["reporters.vague"]],
  ["Các cơ quan, đơn vị áp dụng", [ALL], ["reporters.unmatched"]],
  ["", [], ["reporters.empty"]],
];

const OTHER_LEADS: Case[] = [
  ["Sở KH&CN", [unit("Sở Khoa học và Công nghệ")]],
  ["Sở KHCN", [unit("Sở Khoa học và Công nghệ")]],
  ["Sở KH&ĐT", [unit("Sở Kế hoạch và Đầu tư")]],
  ["Sở LĐ-TB&XH", [unit("Sở Lao động - Thương binh và Xã hội")]],
  ["Sở Văn hóa - Thể thao và Du lịch", [unit("Sở Văn hóa, Thể thao và Du lịch")]],
  ["Văn phòng Ủy ban nhân dân tỉnh", [unit("Văn phòng UBND tỉnh")]],
  [
    "Sở Tư pháp, Văn phòng UBND tỉnh, Sở Thông tin truyền thông",
    [unit("Sở Tư pháp"), unit("Văn phòng UBND tỉnh"), unit("Sở Thông tin và Truyền thông")],
  ],
  ["Các sở, ban, ngành", [PROVINCE]],
  ["UBND cấp xã", [COMMUNE]],
  ["Các cơ quan, đơn vị, địa phương", [ALL]],
  ["Bộ phận Một cửa các cấp", [ALL]],
  ["Sở TTTT, các cơ quan liên quan", [unit("Sở Thông tin và Truyền thông"), ALL], ["reporters.vague"]],
  ["Địa phương, sở, ban ngành có liên quan", [DISTRICT, PROVINCE], ["reporters.vague"]],
  ["UBND TP Hà Tĩnh", [unit("UBND thành phố Hà Tĩnh")]],
  ["TX Kỳ Anh, huyện Kỳ Anh", [unit("UBND thị xã Kỳ Anh"), unit("UBND huyện Kỳ Anh")]],
  ["Công an tỉnh, Cục Thuế, Cục Hải quan", [unit("Công an tỉnh"), unit("Cục Thuế tỉnh"), unit("Cục Hải quan Hà Tĩnh")]],
  ["Sở Nội vụ, SNV, SỞ NỘI VỤ", [unit("Sở Nội vụ")]],
  ["<p>Sở Nội vụ</p>", [unit("Sở Nội vụ")]],
  // A bare place name shared by two units names neither.
  ["Kỳ Anh", [], ["reporters.unmatched"]],
  ["Sở Kế hoạch", [], ["reporters.unmatched"]],
  ["UBND tỉnh", [], ["reporters.unmatched"]],
  // No name runs across a semicolon.
  ["Sở Văn hóa; Thể thao và Du lịch", [], ["reporters.unmatched", "reporters.unmatched"]],
];

describe("matchReporters", () => {
  it.each([...SEED_LEADS, ...OTHER_LEADS])("%j", (lead, reporters, warnings = []) => {
    const result = matchReporters(lead, HA_TINH_2024_UNITS);
    expect(result.reporters).toEqual(reporters);
    expect(result.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it("names the fragment it could not match, and the cell, in both languages", () => {
    const [warning] = matchReporters("Sở Nội vụ, Thành viên Đoàn kiểm tra CCHC tỉnh", HA_TINH_2024_UNITS).warnings;
    for (const text of [warning.message.vi, warning.message.en]) {
      expect(text).toContain("“Thành viên Đoàn kiểm tra CCHC tỉnh”");
      expect(text).toContain("Sở Nội vụ, Thành viên Đoàn kiểm tra CCHC tỉnh");
    }
  });

  it("takes the longest name, so a shorter unit name never matches inside a longer one", () => {
    const units: Unit[] = [
      { name: "Sở Kế hoạch", level: "province", aliases: [] },
      { name: "Sở Kế hoạch và Đầu tư", level: "province", aliases: ["Sở KH&ĐT"] },
    ];
    expect(matchReporters("Sở Kế hoạch và Đầu tư", units).reporters).toEqual([unit("Sở Kế hoạch và Đầu tư")]);
    expect(matchReporters("Sở Kế hoạch, Sở KH&ĐT", units).reporters).toEqual([
      unit("Sở Kế hoạch"),
      unit("Sở Kế hoạch và Đầu tư"),
    ]);
  });

  it("matches the commune units a coordinator adds", () => {
    const units: Unit[] = [
      ...HA_TINH_2024_UNITS,
      { name: "UBND xã Thạch Hạ", level: "commune", aliases: ["xã Thạch Hạ"] },
    ];
    expect(matchReporters("UBND xã Thạch Hạ, UBND cấp huyện", units).reporters).toEqual([
      unit("UBND xã Thạch Hạ"),
      DISTRICT,
    ]);
  });
});

describe("matchReporters: properties", () => {
  it("matches every unit's name and each alias to that unit alone", () => {
    for (const each of HA_TINH_2024_UNITS) {
      for (const spelling of [each.name, ...each.aliases]) {
        expect([spelling, matchReporters(spelling, HA_TINH_2024_UNITS)]).toEqual([
          spelling,
          { reporters: [unit(each.name)], warnings: [] },
        ]);
      }
    }
  });

  it("does not depend on case, spacing or Unicode form", () => {
    const leads = [...SEED_LEADS, ...OTHER_LEADS].map(([lead]) => lead);
    fc.assert(
      fc.property(
        fc.constantFrom(...leads),
        fc.constantFrom(" ", "  ", "\n", " \t "),
        fc.constantFrom<(text: string) => string>(
          (text) => text.toUpperCase(),
          (text) => text.toLowerCase(),
          (text) => text.normalize("NFD"),
          (text) => text,
        ),
        (lead, gap, transform) => {
          const variant = transform(` ${lead.replace(/ /g, gap)} `);
          const expected = matchReporters(lead, HA_TINH_2024_UNITS);
          const actual = matchReporters(variant, HA_TINH_2024_UNITS);
          expect(actual.reporters).toEqual(expected.reporters);
          expect(actual.warnings.map((w) => w.code)).toEqual(expected.warnings.map((w) => w.code));
        },
      ),
    );
  });

  it("reads a list of units, in any spelling, as those units in order", () => {
    const spelled = fc
      .constantFrom(...HA_TINH_2024_UNITS)
      .chain((each) => fc.constantFrom(each.name, ...each.aliases).map((spelling) => ({ name: each.name, spelling })));
    fc.assert(
      fc.property(
        fc.uniqueArray(spelled, { minLength: 1, maxLength: 6, selector: (entry) => entry.name }),
        fc.constantFrom(", ", "; ", " và ", ",\n"),
        (entries, separator) => {
          const lead = entries.map((entry) => entry.spelling).join(separator);
          expect(matchReporters(lead, HA_TINH_2024_UNITS)).toEqual({
            reporters: entries.map((entry) => unit(entry.name)),
            warnings: [],
          });
        },
      ),
    );
  });

  it("reads the districts named in any order as the district category", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(["huyện", "thị xã", "thành phố"], { minLength: 3, maxLength: 3 }),
        fc.constantFrom("UBND các ", "UBND ", ""),
        (order, prefix) => {
          expect(matchReporters(prefix + order.join(", "), HA_TINH_2024_UNITS).reporters).toEqual([DISTRICT]);
        },
      ),
    );
  });
});
