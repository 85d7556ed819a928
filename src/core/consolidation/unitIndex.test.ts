import type { Unit } from "../framework/types";
import { unitIndex } from "./unitIndex";

const units: Unit[] = [
  { name: "Sở Thông tin và Truyền thông", level: "province", aliases: ["Sở TTTT"] },
  { name: "Sở TTTT", level: "province", aliases: [] },
  { name: "UBND huyện Đức Thọ", level: "district", aliases: ["Đức Thọ"] },
];

describe("unitIndex", () => {
  it.each([
    ["sở thông tin  và truyền thông", "Sở Thông tin và Truyền thông"],
    ["UBND HUYEN DUC THO", "UBND huyện Đức Thọ"],
    ["Đức Thọ", "UBND huyện Đức Thọ"],
    // A full name wins over another unit's short name.
    ["Sở TTTT", "Sở TTTT"],
  ])("finds %p as %p", (name, expected) => {
    expect(unitIndex(units).find(name)?.name).toBe(expected);
  });

  it("finds nothing for a name not in the list", () => {
    expect(unitIndex(units).find("UBND huyện Lộc Hà")).toBeUndefined();
  });

  it("gives a unit's keys: its name and short names, folded", () => {
    expect([...unitIndex(units).keysOf("UBND huyện Đức Thọ")]).toEqual(["ubnd huyen duc tho", "duc tho"]);
    expect([...unitIndex(units).keysOf("Phòng mới")]).toEqual(["phong moi"]);
  });
});
