import { describe, expect, it } from "@jest/globals";
import { HA_TINH_2024_UNITS } from "./units";
import { LEVELS } from "./types";
import { matchKey } from "../text/matchKey";

const names = HA_TINH_2024_UNITS.map((unit) => unit.name);
const atLevel = (level: string): string[] =>
  HA_TINH_2024_UNITS.filter((unit) => unit.level === level).map((unit) => unit.name);

describe("HA_TINH_2024_UNITS", () => {
  it("holds the 13 district-level units of Hà Tĩnh", () => {
    expect(atLevel("district")).toEqual([
      "UBND thành phố Hà Tĩnh",
      "UBND thị xã Hồng Lĩnh",
      "UBND thị xã Kỳ Anh",
      "UBND huyện Đức Thọ",
      "UBND huyện Nghi Xuân",
      "UBND huyện Can Lộc",
      "UBND huyện Thạch Hà",
      "UBND huyện Cẩm Xuyên",
      "UBND huyện Kỳ Anh",
      "UBND huyện Hương Sơn",
      "UBND huyện Hương Khê",
      "UBND huyện Vũ Quang",
      "UBND huyện Lộc Hà",
    ]);
  });

  it("holds no commune: their names are not in the plan and are left to the coordinator", () => {
    expect(atLevel("commune")).toEqual([]);
  });

  it.each([
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Kế hoạch và Đầu tư",
    "Sở Tài chính",
    "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Tài nguyên và Môi trường",
    "Sở Thông tin và Truyền thông",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Ngoại vụ",
    "Sở Giao thông vận tải",
    "Sở Xây dựng",
    "Thanh tra tỉnh",
    "Văn phòng UBND tỉnh",
    "Công an tỉnh",
    "Cục Thuế tỉnh",
    "Cục Hải quan Hà Tĩnh",
  ])("holds %s at province level", (name) => {
    expect(atLevel("province")).toContain(name);
  });

  it("gives every unit a known level and a unique name", () => {
    for (const unit of HA_TINH_2024_UNITS) expect(LEVELS).toContain(unit.level);
    expect(new Set(names.map(matchKey)).size).toBe(names.length);
  });

  it("never gives two units the same name or short name, whatever the case or diacritics", () => {
    const owner = new Map<string, string>();
    for (const unit of HA_TINH_2024_UNITS) {
      for (const spelling of new Set([unit.name, ...unit.aliases].map(matchKey))) {
        expect([spelling, owner.get(spelling) ?? unit.name]).toEqual([spelling, unit.name]);
        owner.set(spelling, unit.name);
      }
    }
  });

  it("uses no bare place name that two units share", () => {
    const aliases = HA_TINH_2024_UNITS.flatMap((unit) => unit.aliases.map(matchKey));
    expect(aliases).not.toContain("ky anh");
    expect(aliases).not.toContain("ha tinh");
  });
});
