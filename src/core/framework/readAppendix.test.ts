import { readAppendix } from "./readAppendix";
import { parseFramework } from "./parseFramework";
import { textToGrid } from "./textToGrid";
import type { Framework } from "./types";
import { HA_TINH_2024_UNITS } from "./units";

const HEADER = [
  "TT",
  "1- Mục tiêu/Chỉ tiêu/nội dung",
  "2- Nhiệm vụ",
  "3- Hoạt động",
  "4- Kết quả, sản phẩm",
  "5- Chủ trì",
  "6- Phối hợp",
  "7- Thời gian hoàn thành",
  "8- Kinh phí",
];

/** One table row: cells by column, padded to the nine columns. */
function row(...cells: string[]): string {
  return [...cells, ...Array(Math.max(0, 9 - cells.length)).fill("")].join("\t");
}

function table(...rows: string[]): string {
  return ["PHỤ LỤC", "KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024", "", HEADER.join("\t"), ...rows].join(
    "\n",
  );
}

function parse(text: string): { framework: Framework; warnings: string[]; skipped: string[] } {
  const result = parseFramework({ text }, { units: HA_TINH_2024_UNITS });
  if (!result.ok) throw new Error(result.error.message.en);
  return {
    framework: result.framework,
    warnings: result.warnings.map((w) => w.code),
    skipped: result.skipped.map((s) => `${s.location.line}: ${s.text}`),
  };
}

function activities(
  framework: Framework,
): Record<
  string,
  { task: string; text: string; output: string; lead: string; partners: string; deadline: string; funding: string }
> {
  const result: ReturnType<typeof activities> = {};
  for (const section of framework.sections)
    for (const objective of section.objectives)
      for (const task of objective.tasks)
        for (const a of task.activities) {
          result[a.id] = {
            task: task.id,
            text: a.text,
            output: a.output,
            lead: a.lead,
            partners: a.partners,
            deadline: a.deadline.text,
            funding: a.funding,
          };
        }
  return result;
}

const SECTION_I = row("I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");

describe("readAppendix: one table-driven test per quirk of the source", () => {
  it("joins a row cut by a page break, mid-cell and mid-phrase, with a space", () => {
    const { framework } = parse(
      table(
        SECTION_I,
        row(
          "1",
          "1.1. Phân đầu 50 % cán",
          "2.1. Tuyên truyền,",
          "3.1. Xây dựng kế",
          "Quyết",
          "Sở Nội vụ",
          "Các Sở, ban,",
          "Quý",
          "Theo dự",
        ),
        "",
        row(
          "",
          "bộ, công chức dưới 40 tuổi",
          "khuyến khích",
          "hoạch đào tạo",
          "định",
          "",
          "ngành, UBND cấp huyện",
          "I/2024",
          "toán được cấp",
        ),
      ),
    );
    expect(framework.sections[0].objectives[0].text).toBe("Phân đầu 50 % cán bộ, công chức dưới 40 tuổi");
    expect(activities(framework)["I:3.1"]).toEqual({
      task: "I.1:2.1",
      text: "Xây dựng kế hoạch đào tạo",
      output: "Quyết định",
      lead: "Sở Nội vụ",
      partners: "Các Sở, ban, ngành, UBND cấp huyện",
      deadline: "Quý I/2024",
      funding: "Theo dự toán được cấp",
    });
    expect(framework.sections[0].objectives[0].tasks[0].activities[0].deadline.due).toBe("2024-03-31");
  });

  it("starts a new activity on a row with an empty TT, with its own output and deadline, inheriting lead, partners and funding", () => {
    const { framework } = parse(
      table(
        SECTION_I,
        row(
          "1",
          "1.1. Nâng cao chất lượng",
          "2.3. Xây dựng kế hoạch tuyên truyền",
          "3.4. Xây dựng dự thảo",
          "Kế hoạch",
          "Sở Thông tin và Truyền thông",
          "Các sở, ban ngành cấp tỉnh",
          "Tháng 01/2024",
          "Theo dự toán được cấp",
        ),
        "",
        row(
          "",
          "",
          "",
          "3.5. Tổ chức thực hiện Kế hoạch tuyên truyền",
          "Các hình thức tuyên truyền đa dạng",
          "",
          "",
          "Thường xuyên",
          "",
        ),
      ),
    );
    expect(activities(framework)["I:3.5"]).toEqual({
      task: "I.1:2.3",
      text: "Tổ chức thực hiện Kế hoạch tuyên truyền",
      output: "Các hình thức tuyên truyền đa dạng",
      lead: "Sở Thông tin và Truyền thông",
      partners: "Các sở, ban ngành cấp tỉnh",
      deadline: "Thường xuyên",
      funding: "Theo dự toán được cấp",
    });
    expect(framework.sections[0].objectives[0].tasks[0].activities[1].reporters).toEqual([
      { kind: "unit", name: "Sở Thông tin và Truyền thông" },
    ]);
  });

  it("makes each numbered item of a cell its own activity, sharing the row's cells", () => {
    const { framework } = parse(
      table(
        SECTION_I,
        row(
          "4",
          "1.4. Tối thiểu 35% cơ quan đơn vị được kiểm tra CCHC",
          "2.11. Tổ chức kiểm tra CCHC",
          "3.17 Ban hành Kế hoạch Kiểm tra CCHC 3.18. Thông báo lịch kiểm tra 3.19. Biên bản kiểm tra",
          "Kế hoạch, Biên bản",
          "Sở Nội vụ",
          "Các đơn vị được kiểm tra",
          "Quý II, III/2024",
          "Theo dự toán được cấp",
        ),
      ),
    );
    const all = activities(framework);
    expect(Object.keys(all)).toEqual(["I:3.17", "I:3.18", "I:3.19"]);
    expect(all["I:3.17"].text).toBe("Ban hành Kế hoạch Kiểm tra CCHC");
    expect(new Set(Object.values(all).map((a) => `${a.output}|${a.lead}|${a.deadline}|${a.funding}`)).size).toBe(1);
  });

  it("gives each activity its own output when the output cell enumerates exactly one per activity", () => {
    const { framework } = parse(
      table(
        SECTION_I,
        row(
          "1",
          "1.1. Mục tiêu",
          "2.1. Nhiệm vụ",
          "3.1. Lập kế hoạch 3.2. Báo cáo kết quả",
          "- Kế hoạch - Báo cáo",
          "Sở Nội vụ",
          "Sở Tư pháp",
          "Năm 2024",
        ),
      ),
    );
    expect(activities(framework)["I:3.1"].output).toBe("Kế hoạch");
    expect(activities(framework)["I:3.2"].output).toBe("Báo cáo");
  });

  it("removes leftover HTML and keeps the paragraphs' text", () => {
    const { framework } = parse(
      table(
        SECTION_I,
        row(
          "8",
          "<p>1.8. Mức độ hài lòng đạt từ 94% trở lên.</p>",
          "2.8. Nâng cao mức độ hài lòng",
          "<p>3.11. Nâng cao hiệu quả</p> <p>3.12. Triển khai sáng kiến</p>",
          "<p>Báo cáo; Quyết định</p>",
          "Sở Nội vụ",
          "",
          "Thường xuyên",
        ),
      ),
    );
    const all = activities(framework);
    expect(all["I:3.11"].text).toBe("Nâng cao hiệu quả");
    expect(all["I:3.12"].text).toBe("Triển khai sáng kiến");
    expect(all["I:3.12"].output).toBe("Báo cáo; Quyết định");
    expect(framework.sections[0].objectives[0].text).toBe("Mức độ hài lòng đạt từ 94% trở lên.");
  });

  it("reads inconsistent numbering (2.10 without a dot, 2.12:, 2.5 twice in a section) and keeps IDs distinct", () => {
    const { framework, warnings } = parse(
      table(
        row("III", "CẢI CÁCH TTHC"),
        row(
          "5",
          "1.5. Số hóa kết quả",
          "2.5. Nâng cao tỷ lệ số hóa",
          "3.5. Số hóa hồ sơ",
          "Tỷ lệ",
          "Sở Nội vụ",
          "",
          "Thường xuyên",
        ),
        row(
          "6",
          "1.6. Dịch vụ công",
          "2.5. Đẩy mạnh DVC 2.6. Nâng cao tỷ lệ",
          "3.7. Rà soát DVC 3.8. Nâng cao tỷ lệ hồ sơ",
          "Báo cáo",
          "Sở Nội vụ",
          "",
          "Thường xuyên",
        ),
        row("", "", "2.10 Nghiên cứu sáng kiến", "3.9. Viết sáng kiến", "Sáng kiến", "Sở Nội vụ", "", "Năm 2024"),
        row("", "", "2.12: Tiếp tục bảo đảm", "3.9. Đánh giá cấp độ", "Quyết định", "Sở Nội vụ", "", "Năm 2024"),
      ),
    );
    const objectives = framework.sections[0].objectives;
    expect(objectives.map((o) => o.tasks.map((t) => t.id))).toEqual([
      ["III.5:2.5"],
      ["III.6:2.5", "III.6:2.6", "III.6:2.10", "III.6:2.12"],
    ]);
    // An activity number that repeats in its section gets a suffix, with a warning.
    expect(objectives[1].tasks[3].activities.map((a) => a.id)).toEqual(["III:3.9_2"]);
    expect(warnings).toEqual(expect.arrayContaining(["appendix.duplicateId", "appendix.repeatedNumber"]));
  });

  it("assigns the activities of a row with several tasks to the task whose text is closest", () => {
    const { framework } = parse(
      table(
        row("III", "CẢI CÁCH TTHC"),
        row(
          "9",
          "1.9. Tối thiểu 70% người dân",
          "2.9. Tiếp tục đẩy mạnh số hóa hồ sơ, trả kết quả giải quyết TTHC 2.10. Đẩy mạnh chứng thực điện tử 2.11. Kết nối chia sẻ các dữ liệu dùng chung",
          "3.14. Triển khai chứng thực điện tử 3.15. Kiểm tra danh tính số 3.16. Thực hiện số hoá thành phần hồ sơ, kết quả giải quyết TTHC",
          "Kết quả",
          "Bộ phận một cửa cấp tỉnh, cấp huyện, cấp xã",
          "",
          "Thường xuyên",
        ),
      ),
    );
    expect(framework.sections[0].objectives[0].tasks.map((t) => [t.number, t.activities.map((a) => a.number)])).toEqual(
      [
        ["2.9", ["3.16"]],
        ["2.10", ["3.14"]],
        ["2.11", ["3.15"]],
      ],
    );
  });

  it("reads a section title shifted one cell to the right, and lettered parts as VII.A, VII.B", () => {
    const { framework } = parse(
      table(
        row("IV", "", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
        row(
          "1",
          "1.1. Kiện toàn cơ cấu tổ chức",
          "2.1. Rà soát",
          "3.1. Ban hành Quyết định",
          "Quyết định",
          "Sở Nội vụ",
          "",
          "Thường xuyên",
        ),
        row("VII", "XÂY DỰNG CHÍNH QUYỀN SỐ VÀ ÁP DỤNG ISO"),
        "",
        row("A", "Xây dựng và phát triển chính quyền điện tử"),
        row(
          "1",
          "1.1. Triển khai hội nghị trực tuyến",
          "2.1. Triển khai",
          "3.1. Triển khai",
          "Hệ thống",
          "VP UBND tỉnh",
          "",
          "Năm 2024",
        ),
        row("B", "Áp dụng ISO 9001:2015"),
        row(
          "1",
          "1.1. 100% cơ quan duy trì hệ thống",
          "2.1. Duy trì",
          "3.1. Áp dụng",
          "Hệ thống",
          "Sở Khoa học và Công nghệ",
          "",
          "Quý I-IV năm 2024",
        ),
      ),
    );
    expect(framework.sections.map((s) => [s.id, s.title, s.parentTitle])).toEqual([
      ["IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY", undefined],
      ["VII.A", "Xây dựng và phát triển chính quyền điện tử", "XÂY DỰNG CHÍNH QUYỀN SỐ VÀ ÁP DỤNG ISO"],
      ["VII.B", "Áp dụng ISO 9001:2015", "XÂY DỰNG CHÍNH QUYỀN SỐ VÀ ÁP DỤNG ISO"],
    ]);
    expect(Object.keys(activities(framework))).toEqual(["IV:3.1", "VII.A:3.1", "VII.B:3.1"]);
    expect(framework.sections[2].objectives[0].id).toBe("VII.B.1");
  });

  it("passes over empty rows inside the table and says so once, with their lines", () => {
    const text = table(
      SECTION_I,
      "",
      row("1", "1.1. Mục tiêu", "2.1. Nhiệm vụ", "3.1. Hoạt động", "Báo cáo", "Sở Nội vụ", "", "Năm 2024"),
      "\t\t\t",
      "",
    );
    const result = parseFramework({ text }, { units: HA_TINH_2024_UNITS });
    if (!result.ok) throw new Error(result.error.message.en);
    const empty = result.warnings.filter((w) => w.code === "appendix.emptyRows");
    expect(empty).toHaveLength(1);
    expect(empty[0].message.en).toContain("3 empty rows");
    expect(empty[0].message.vi).toContain("6, 8, 9");
    expect(Object.keys(activities(result.framework))).toEqual(["I:3.1"]);
  });

  it("ends the table at the ruler line and lists what follows as skipped", () => {
    const { framework, skipped } = parse(
      table(
        SECTION_I,
        row("1", "1.1. Mục tiêu", "2.1. Nhiệm vụ", "3.1. Hoạt động", "Kết quả", "Sở Nội vụ", "", "Năm 2024"),
        "---\t--\t---\t--\t--\t------\t---\t-------\t-----",
        "Nơi nhận: Sở Nội vụ",
      ),
    );
    expect(Object.keys(activities(framework))).toEqual(["I:3.1"]);
    expect(skipped).toEqual(["8: Nơi nhận: Sở Nội vụ"]);
  });

  it("keeps broken words and typos as written, and still reads the deadline", () => {
    const { framework } = parse(
      table(
        row("II", "CẢI CÁCH THỂ CHẾ"),
        row(
          "1",
          "1.1. Phân đầu từ 90% trở lên",
          "2.1. Ban hành",
          "3.1. Rà soát",
          "Danh mục",
          "Sở Tư pháp",
          "",
          "Thườn g xuyên",
        ),
      ),
    );
    const activity = framework.sections[0].objectives[0].tasks[0].activities[0];
    expect(activity.deadline).toEqual({ text: "Thườn g xuyên", due: null, kind: "ongoing" });
    expect(framework.sections[0].objectives[0].text).toBe("Phân đầu từ 90% trở lên");
  });

  it("takes an empty lead, partners or deadline of a new task row from the row above (a merged cell), with a warning", () => {
    const { framework, warnings } = parse(
      table(
        row("VI", "CẢI CÁCH TÀI CHÍNH CÔNG"),
        row(
          "2",
          "1.2. Tỷ lệ xử lý nhà, đất đạt trên 85%",
          "2.3. Đôn đốc điều chỉnh",
          "3.3. Đơn đốc, hướng dẫn",
          "Công văn",
          "Sở Tài chính",
          "Các sở, ngành",
          "Năm 2024",
        ),
        row("", "", "2.4. Đôn đốc thực hiện", "3.4. Đơn đốc, hướng dẫn", "Công văn"),
      ),
    );
    expect(activities(framework)["VI:3.4"]).toMatchObject({
      lead: "Sở Tài chính",
      partners: "Các sở, ngành",
      deadline: "Năm 2024",
      funding: "",
    });
    expect(warnings.filter((w) => w === "appendix.inheritedAcrossTask")).toHaveLength(3);
  });

  it("makes an activity for a task that has none, so the row's output, lead and deadline are kept", () => {
    const { framework, warnings } = parse(
      table(
        SECTION_I,
        row("1", "1.1. Mục tiêu", "2.1. Ban hành kế hoạch", "", "Kế hoạch", "Sở Nội vụ", "", "Quý I/2024"),
      ),
    );
    expect(activities(framework)["I:2.1"]).toMatchObject({
      task: "I.1:2.1",
      text: "Ban hành kế hoạch",
      output: "Kế hoạch",
      deadline: "Quý I/2024",
    });
    expect(warnings).toContain("appendix.taskWithoutActivity");
  });

  it("numbers a pasted table without numbering in order", () => {
    const { framework } = parse(
      table(
        row("I", "CÔNG TÁC CHỈ ĐẠO"),
        row(
          "1",
          "Nâng cao chất lượng",
          "Ban hành kế hoạch",
          "Xây dựng dự thảo",
          "Kế hoạch",
          "Sở Nội vụ",
          "",
          "Năm 2024",
        ),
        row("", "", "", "Trình ban hành", "Quyết định", "Sở Nội vụ", "", "Quý I/2024"),
        row("", "", "Tổ chức hội nghị", "Gửi giấy mời", "Giấy mời", "Sở Nội vụ", "", "Năm 2024"),
        row("2", "Cải thiện chỉ số", "Triển khai", "Văn bản chỉ đạo", "Công văn", "Sở Nội vụ", "", "Năm 2024"),
      ),
    );
    expect(
      framework.sections[0].objectives.map((o) => [o.id, o.tasks.map((t) => [t.id, t.activities.map((a) => a.id)])]),
    ).toEqual([
      [
        "I.1",
        [
          ["I.1:2.1", ["I:3.1", "I:3.2"]],
          ["I.1:2.2", ["I:3.3"]],
        ],
      ],
      ["I.2", [["I.2:2.3", ["I:3.4"]]]],
    ]);
  });

  it("skips a repeated header row and a column-numbering row", () => {
    const { framework, skipped } = parse(
      table(
        row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"),
        SECTION_I,
        row("1", "1.1. Mục tiêu", "2.1. Nhiệm vụ", "3.1. Hoạt động", "Kết quả", "Sở Nội vụ", "", "Năm 2024"),
        HEADER.join("\t"),
        row("", "", "", "3.2. Hoạt động khác", "Kết quả", "Sở Nội vụ", "", "Năm 2024"),
      ),
    );
    expect(Object.keys(activities(framework))).toEqual(["I:3.1", "I:3.2"]);
    expect(skipped).toHaveLength(2);
  });

  it("matches headers by meaning: reordered, without prefixes, in other case, without diacritics; missing optional columns warn", () => {
    const text = [
      ["hoat dong", "STT", "NHIỆM VỤ", "Mục tiêu", "Chủ trì", "Thời hạn hoàn thành"].join("\t"),
      ["", "I", "CÔNG TÁC CHỈ ĐẠO"].join("\t"),
      ["3.1. Xây dựng", "1", "2.1. Ban hành", "1.1. Nâng cao", "Sở Nội vụ", "Năm 2024"].join("\t"),
    ].join("\n");
    const { framework, warnings } = parse(text);
    expect(activities(framework)["I:3.1"]).toMatchObject({
      task: "I.1:2.1",
      lead: "Sở Nội vụ",
      deadline: "Năm 2024",
      output: "",
    });
    expect(warnings.filter((w) => w === "appendix.columnMissing")).toHaveLength(3);
  });

  it("refuses a grid that is not an appendix, and one that lacks a required column, naming the line", () => {
    const notAppendix = readAppendix(textToGrid("Kế hoạch\nCải cách hành chính\n"));
    expect(notAppendix.ok).toBe(false);
    const missing = readAppendix(textToGrid(["x", ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp"].join("\t")].join("\n")));
    expect(missing).toMatchObject({ ok: false, error: { location: { line: 2 } } });
    if (!missing.ok) expect(missing.error.message.en).toContain("Mục tiêu");
    const empty = readAppendix(textToGrid([HEADER.join("\t"), "", row("I", "CÔNG TÁC")].join("\n")));
    expect(empty.ok).toBe(false);
  });
});
