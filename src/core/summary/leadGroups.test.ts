import fc from "fast-check";
import { HA_TINH_2024_UNITS } from "../framework/units";
import { matchReporters } from "../framework/matchReporters";
import type { Reporter } from "../framework/types";
import { cellHasLeadGroup, decodeLeadGroups, encodeLeadGroups, leadGroups } from "./leadGroups";

const units = HA_TINH_2024_UNITS;
const groupsOf = (lead: string) => leadGroups(matchReporters(lead, units).reporters, lead);

describe("leadGroups", () => {
  it.each([
    ["Sở Nội vụ", ["Sở Nội vụ"]],
    ["Sở Nội vụ chủ trì đối với nhân rộng mô hình hay", ["Sở Nội vụ"]],
    [
      "Sở Nội vụ chủ trì đối với nhân rộng mô hình hay; Sở Khoa học và Công nghệ chủ trì đối với áp dụng các sáng kiến CCHC",
      ["Sở Nội vụ", "Sở Khoa học và Công nghệ"],
    ],
    ["Sở TTTT", ["Sở Thông tin và Truyền thông"]],
    ["VP UBND tỉnh", ["Văn phòng UBND tỉnh"]],
    ["UBND các huyện, thị xã, thành phố", ["UBND cấp huyện"]],
    ["Sở, ban, ngành cấp tỉnh; UBND các huyện, thành phố, thị xã", ["Các sở, ban, ngành", "UBND cấp huyện"]],
    ["Các Sở, ban, ngành; UBND cấp huyện, UBND cấp xã", ["Các sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"]],
    ["Bộ phận một cửa cấp tỉnh, cấp huyện, cấp xã", ["Các sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"]],
    ["Ban Dân tộc tỉnh", ["Ban Dân tộc tỉnh"]],
    ["  Ban   Dân tộc;tỉnh ", ["Ban Dân tộc,tỉnh"]],
    ["", ["(Không ghi cơ quan chủ trì)"]],
  ])("groups %j as %j", (lead, expected) => {
    expect(groupsOf(lead)).toEqual(expected);
  });

  it("names every lead of the 2024 plan with at least one group and never the empty string", () => {
    const leads = ["Sở Nội vụ, Thành viên Đoàn kiểm tra CCHC tỉnh", "Sở Tài chính (TT Tư vấn dịch vụ tài chính)"];
    for (const lead of leads) {
      const groups = groupsOf(lead);
      expect(groups.length).toBeGreaterThan(0);
      expect(groups).not.toContain("");
    }
  });

  it("keeps one group per name, ignoring case, in the order written", () => {
    const reporters: Reporter[] = [
      { kind: "unit", name: "Sở Nội vụ" },
      { kind: "category", level: "district" },
      { kind: "unit", name: "sở nội vụ" },
    ];
    expect(leadGroups(reporters, "")).toEqual(["Sở Nội vụ", "UBND cấp huyện"]);
  });
});

describe("encodeLeadGroups / decodeLeadGroups / cellHasLeadGroup", () => {
  it("writes ;A;B; and reads it back", () => {
    expect(encodeLeadGroups(["Sở Nội vụ", "UBND cấp huyện"])).toBe(";Sở Nội vụ;UBND cấp huyện;");
    expect(decodeLeadGroups(";Sở Nội vụ;UBND cấp huyện;")).toEqual(["Sở Nội vụ", "UBND cấp huyện"]);
    expect(encodeLeadGroups([])).toBe("");
  });

  it.each([
    [";Sở Nội vụ;UBND cấp huyện;", "Sở Nội vụ", true],
    [";Sở Nội vụ;UBND cấp huyện;", "sở nội VỤ", true],
    [";Sở Nội vụ;UBND cấp huyện;", "UBND cấp huyện", true],
    [";Sở Nội vụ và Sở Tư pháp;", "Sở Nội vụ", false],
    ["Sở Nội vụ", "Sở Nội vụ", false],
  ])("%j holds %j: %s", (cell, group, expected) => {
    expect(cellHasLeadGroup(cell, group)).toBe(expected);
  });

  it("round-trips any names and finds exactly the encoded ones", () => {
    const name = fc
      .string({ minLength: 1, maxLength: 12 })
      .map((s) => s.replace(/\s+/g, " ").trim())
      .filter((s) => s !== "" && !s.includes(";"));
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 5, selector: (s) => s.toLowerCase() }), name, (names, other) => {
        const cell = encodeLeadGroups(names);
        expect(decodeLeadGroups(cell)).toEqual(names.map((n) => n.normalize("NFC")));
        for (const n of decodeLeadGroups(cell)) expect(cellHasLeadGroup(cell, n)).toBe(true);
        const isEncoded = names.some((n) => n.normalize("NFC").toLowerCase() === other.normalize("NFC").toLowerCase());
        if (!isEncoded && !other.includes(";")) {
          expect(cellHasLeadGroup(cell, other.normalize("NFC"))).toBe(false);
        }
      }),
    );
  });
});
