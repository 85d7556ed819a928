import { parseFramework } from "./parseFramework";
import { frameworkVersion } from "./frameworkVersion";
import type { Grid } from "./grid";
import { HA_TINH_2024_UNITS } from "./units";

const HEADER = "TT\tMục tiêu\tNhiệm vụ\tHoạt động\tKết quả\tChủ trì\tPhối hợp\tThời gian hoàn thành\tKinh phí";
const PLAN = [
  "Về việc ban hành Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2024",
  "II. CÁC CHỈ TIÊU CHỦ YẾU",
  "1. Chỉ đạo điều hành CCHC",
  "1.1. Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC trong năm 2024; 100% các đơn vị, địa phương ban hành kế hoạch kiểm tra.",
  "1.2. 100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện được xác lập trên môi trường mạng.",
  "III. NHIỆM VỤ, GIẢI PHÁP CHUNG",
  HEADER,
  "I\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC",
  "1\t1.1. Nâng cao chất lượng công tác chỉ đạo điều hành\t2.1. Ban hành Kế hoạch\t3.1. Xây dựng dự thảo\tVăn bản\tSở Nội vụ\t\tTrước 25/12/2023",
  "2\t1.2. Tối thiểu 35% cơ quan đơn vị được kiểm tra CCHC trong năm 2024\t2.2. Tổ chức kiểm tra CCHC\t3.2. Ban hành Kế hoạch Kiểm tra\tKế hoạch\tSở Nội vụ\t\tQuý II, III/2024",
].join("\n");

describe("parseFramework", () => {
  it("links main targets to the objectives they restate and adds the figures the appendix lacks", () => {
    const result = parseFramework({ text: PLAN }, { units: HA_TINH_2024_UNITS });
    if (!result.ok) throw new Error(result.error.message.en);
    const { framework } = result;
    expect([framework.id, framework.year]).toEqual(["hatinh-2024", 2024]);
    expect(framework.version).toBe(frameworkVersion(framework));
    // 35% restates I.2; the 100% of plans is not in the appendix and becomes CT1.1 in I.2.
    expect(framework.mainTargets[0]).toEqual(
      expect.objectContaining({ id: "CT1.1", objectiveId: "I.2", targetId: "CT1.1" }),
    );
    expect(framework.sections[0].objectives[1].targets.map((t) => [t.id, t.value])).toEqual([
      ["I.2", 35],
      ["CT1.1", 100],
    ]);
    // Nothing restates 1.2: no link, but its figures still join the closest objective, with a warning.
    expect(framework.mainTargets[1].objectiveId).toBeUndefined();
    expect(framework.mainTargets[1].targetId).toBe("CT1.2");
    expect(result.warnings.map((w) => w.code)).toContain("mainTarget.weakLink");
    expect(framework.sections[0].objectives[1].targets[0].reporters).toEqual([{ kind: "unit", name: "Sở Nội vụ" }]);
  });

  it("reads a worksheet grid like text, and has no main targets without the plan's part II", () => {
    const grid: Grid = {
      kind: "sheet",
      sheet: "Phụ lục",
      rows: PLAN.split("\n")
        .slice(6)
        .map((line, i) => ({ line: i + 1, cells: line.split("\t") })),
    };
    const result = parseFramework({ grid }, { units: HA_TINH_2024_UNITS });
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.framework.mainTargets).toEqual([]);
    expect(result.framework.year).toBe(2024);
    expect(result.framework.sections[0].objectives.map((o) => o.id)).toEqual(["I.1", "I.2"]);
  });

  it("refuses an empty input, and a table whose year nothing tells", () => {
    expect(parseFramework({ text: " \n\t\n" }, { units: [] })).toMatchObject({ ok: false });
    const noYear = [
      HEADER,
      "I\tCÔNG TÁC",
      "1\t1.1. Mục tiêu\t2.1. Nhiệm vụ\t3.1. Hoạt động\t\tSở Nội vụ\t\tThường xuyên",
    ].join("\n");
    const result = parseFramework({ text: noYear }, { units: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("year");
    expect(parseFramework({ text: noYear }, { units: [], defaultYear: 2025 })).toMatchObject({
      ok: true,
      framework: { year: 2025 },
    });
  });
});
