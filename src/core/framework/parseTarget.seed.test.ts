/**
 * Every objective of the seed plan's appendix (Hà Tĩnh, 2024) and every main target of its part II,
 * with the targets a coordinator would read in each. The texts are as the appendix parser hands them
 * over: rows split at page breaks are joined with a line break, `<p>` leftovers are kept.
 */
import { describe, expect, it } from "@jest/globals";
import { parseTargets, type ParsedTarget } from "./parseTarget";

function t(
  text: string,
  measure: ParsedTarget["measure"],
  comparator: ParsedTarget["comparator"],
  value: number,
  unitLabel: string,
  kind: ParsedTarget["kind"],
  extra: Partial<ParsedTarget> = {},
): ParsedTarget {
  return { text, measure, comparator, value, direction: "increase", unitLabel, kind, ...extra };
}

interface SeedCase {
  id: string;
  text: string;
  targets: ParsedTarget[];
  warnings: string[];
}

const SEED: SeedCase[] = [
  {
    id: "I.1",
    text: "1.1. Nâng cao chất lượng công tác chỉ đạo điều hành; tổ chức thực hiện có hiệu quả, đảm bảo chất lượng các nội dung, nhiệm vụ trong kế hoạch CCHC của tỉnh",
    targets: [],
    warnings: [],
  },
  {
    id: "I.2",
    text: "1.2. Cải thiện, nâng cao thứ hạng chỉ số CCHC của tỉnh và các chỉ số liên quan",
    targets: [],
    warnings: [],
  },
  {
    id: "I.3",
    text: "1.3. Phân đầu ít nhất có 03 sáng kiến (hoặc giải pháp mới) về CCHC áp dụng có hiệu quả đáp\nứng yêu cầu của Hội đồng thẩm định CCHC Trung ương",
    targets: [
      t(
        "Phân đầu ít nhất có 03 sáng kiến (hoặc giải pháp mới) về CCHC áp dụng có hiệu quả đáp ứng yêu cầu của Hội đồng thẩm định CCHC Trung ương",
        "count",
        "atLeast",
        3,
        "sáng kiến",
        "cumulative",
      ),
    ],
    warnings: [],
  },
  {
    id: "I.4",
    text: "1.4. Tối thiểu 35% cơ quan đơn vị được kiểm tra CCHC trong năm 2024",
    targets: [
      t(
        "Tối thiểu 35% cơ quan đơn vị được kiểm tra CCHC trong năm 2024",
        "percent",
        "atLeast",
        35,
        "cơ quan, đơn vị",
        "cumulative",
      ),
    ],
    warnings: [],
  },
  {
    id: "I.5",
    text: "1.5. Tiếp tục đổi mới phương pháp, cách thức công tác thẩm định, đánh giá CCHC tại các đơn vị, địa phương",
    targets: [],
    warnings: [],
  },
  {
    id: "I.6",
    text: "1.6. Nâng cao năng lực cho cán bộ, công chức trong tham mưu, triển khai CCHC",
    targets: [],
    warnings: [],
  },
  {
    id: "I.7",
    text: "1.7. Tham quan học tập kinh nghiệm CCHC tại các đơn vị, địa phương\ntrên địa bàn tỉnh",
    targets: [],
    warnings: [],
  },
  {
    id: "II.1",
    text: "1.1. Phần đầu từ 90% trở lên nội dung tại các văn bản quy phạm pháp luật của Trung ương giao HĐND tỉnh và UBND tỉnh quy định chi tiết được triển khai, thực hiện kịp thời, chất lượng",
    targets: [
      t(
        "Phần đầu từ 90% trở lên nội dung tại các văn bản quy phạm pháp luật của Trung ương giao HĐND tỉnh và UBND tỉnh quy định chi tiết được triển khai, thực hiện kịp thời, chất lượng",
        "percent",
        "atLeast",
        90,
        "nội dung",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "II.2",
    text: "1.2. Tối thiểu 95 % văn bản QPPL của HĐND, UBND tỉnh được rà soát để sửa đổi, bổ sung hoặc thay thế cho phù hợp với quy định",
    targets: [
      t(
        "Tối thiểu 95 % văn bản QPPL của HĐND, UBND tỉnh được rà soát để sửa đổi, bổ sung hoặc thay thế cho phù hợp với quy định",
        "percent",
        "atLeast",
        95,
        "văn bản QPPL",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "II.3",
    text: "1.3. Phân đầu đảm bảo tối thiểu 90% văn bản QPPL của Trung ương, của tỉnh được tổ chức thực hiện kịp thời, hiệu quả",
    targets: [
      t(
        "Phân đầu đảm bảo tối thiểu 90% văn bản QPPL của Trung ương, của tỉnh được tổ chức thực hiện kịp thời, hiệu quả",
        "percent",
        "atLeast",
        90,
        "văn bản QPPL",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "II.4",
    text: "1.4. Hoàn thiện hệ thống văn bản quy phạm pháp luật của địa phương",
    targets: [],
    warnings: [],
  },
  {
    id: "III.1",
    text: "1.1. Ban hành Kế hoạch hoạt động kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông",
    targets: [],
    warnings: [],
  },
  {
    id: "III.2",
    text: "1.2. Thực hiện quy trình đánh giá tác động đối với dự thảo văn\nbản QPPL có quy định về TTHC",
    targets: [],
    warnings: [],
  },
  {
    id: "III.3",
    text: "1.3. 100% thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước được rà soát, công bố, công khai; rà soát, đơn giản hóa TTHC nội bộ để cắt giảm 20% quy định và 20% chi phí tuân thủ TTHC nội bộ",
    targets: [
      t(
        "100% thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước được rà soát, công bố, công khai",
        "percent",
        "atLeast",
        100,
        "TTHC nội bộ",
        "level",
      ),
      t(
        "rà soát, đơn giản hóa TTHC nội bộ để cắt giảm 20% quy định",
        "percent",
        "atLeast",
        20,
        "quy định",
        "cumulative",
        { direction: "decrease" },
      ),
      t("20% chi phí tuân thủ TTHC nội bộ", "percent", "atLeast", 20, "chi phí tuân thủ", "cumulative", {
        direction: "decrease",
      }),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "III.4",
    text: "1.4. 100% TTHC được công bố, công khai sau khi Bộ, ngành công bố TTHC liên quan",
    targets: [
      t(
        "100% TTHC được công bố, công khai sau khi Bộ, ngành công bố TTHC liên quan",
        "percent",
        "atLeast",
        100,
        "TTHC",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "III.5",
    text: "1.5. Tiếp tục triển khai thực hiện số hóa kết quả giải quyết thủ tục hành chính thuộc thẩm quyền\ngiải quyết của sở, ban, ngành, UBND cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng: cấp sở 90%, cấp huyện 80%, cấp xã 75% số hồ sơ tiếp nhận",
    targets: [
      t(
        "Tiếp tục triển khai thực hiện số hóa kết quả giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của sở, ban, ngành, UBND cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng: cấp sở 90%, cấp huyện 80%, cấp xã 75% số hồ sơ tiếp nhận",
        "percent",
        "atLeast",
        75,
        "hồ sơ",
        "level",
        { levels: { province: 90, district: 80, commune: 75 } },
      ),
    ],
    warnings: [],
  },
  {
    id: "III.6",
    text: "1.6. 100% TTHC đủ điều kiện được cung cấp dịch vụ công (DVC) trực tuyến (toàn trình, một phần) và được cập nhật lên cơ sở dữ liệu TTHC và công khai trên Cổng dịch vụ công quốc gia - Tỷ lệ nộp hồ sơ trực tuyến đạt 70%; tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%.",
    targets: [
      t(
        "100% TTHC đủ điều kiện được cung cấp dịch vụ công (DVC) trực tuyến (toàn trình, một phần) và được cập nhật lên cơ sở dữ liệu TTHC và công khai trên Cổng dịch vụ công quốc gia",
        "percent",
        "atLeast",
        100,
        "TTHC",
        "level",
      ),
      t("Tỷ lệ nộp hồ sơ trực tuyến đạt 70%", "percent", "atLeast", 70, "hồ sơ", "level"),
      t("tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%", "percent", "atLeast", 90, "hồ sơ", "level"),
    ],
    warnings: [],
  },
  {
    id: "III.7",
    text: "1.7. Tối thiểu 80% TTHC có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu tương ứng: cấp tỉnh 50%, cấp huyện 45%, cấp xã 40% trở lên.",
    targets: [
      t(
        "Tối thiểu 80% TTHC có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó",
        "percent",
        "atLeast",
        80,
        "TTHC",
        "level",
      ),
      t(
        "tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu tương ứng: cấp tỉnh 50%, cấp huyện 45%, cấp xã 40% trở lên",
        "percent",
        "atLeast",
        40,
        "giao dịch",
        "level",
        { levels: { province: 50, district: 45, commune: 40 } },
      ),
    ],
    warnings: [],
  },
  {
    id: "III.8",
    text: "1.8. Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt từ 94% trở lên.",
    targets: [
      t(
        "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt từ 94% trở lên",
        "percent",
        "atLeast",
        94,
        "người dân, doanh nghiệp",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "III.9",
    text: "1.9. Tối thiểu 70% người dân, doanh nghiệp khi thực hiện thủ tục hành chính không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công thủ tục hành chính trước đó, mà cơ quan nhà nước có thẩm quyền giải quyết thủ tục hành chính đang quản lý, hoặc thông tin, giấy tờ, tài liệu đã được cơ quan nhà nước kết nối, chia sẻ",
    targets: [
      t(
        "Tối thiểu 70% người dân, doanh nghiệp khi thực hiện thủ tục hành chính không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công thủ tục hành chính trước đó, mà cơ quan nhà nước có thẩm quyền giải quyết thủ tục hành chính đang quản lý, hoặc thông tin, giấy tờ, tài liệu đã được cơ quan nhà nước kết nối, chia sẻ",
        "percent",
        "atLeast",
        70,
        "người dân, doanh nghiệp",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "III.10",
    text: "1.10. Tăng cường công tác kiểm tra đột xuất, định kỳ về việc giải quyết TTHC của các cơ qua, đơn vị, địa phương",
    targets: [],
    warnings: [],
  },
  {
    id: "III.11",
    text: "1.11. Tăng cường công tác đối thoại của lãnh đạo UBND tỉnh với người dân, doanh nghiệp (phần đầu ít nhất từ 02 đến 03 cuộc trong năm)",
    targets: [
      t(
        "Tăng cường công tác đối thoại của lãnh đạo UBND tỉnh với người dân, doanh nghiệp (phần đầu ít nhất từ 02 đến 03 cuộc trong năm)",
        "count",
        "between",
        2,
        "cuộc",
        "cumulative",
        { max: 3 },
      ),
    ],
    warnings: [],
  },
  {
    id: "IV.1",
    text: "1.1. Kiện toàn cơ cấu tổ chức các cơ quan, đơn vị",
    targets: [],
    warnings: [],
  },
  {
    id: "IV.2",
    text: "1.2. Quy định chức năng, nhiệm vụ, quyền hạn các cơ quan, đơn vị đảm bảo đúng quy định",
    targets: [],
    warnings: [],
  },
  {
    id: "IV.3",
    text: "1.3. Phân đầu năm 2024 giảm 28 biên chế công chức; giảm 531 biên chế viên chức so với năm 2023",
    targets: [
      t("Phân đầu năm 2024 giảm 28 biên chế công chức", "count", "atLeast", 28, "biên chế công chức", "cumulative", {
        direction: "decrease",
      }),
      t("giảm 531 biên chế viên chức so với năm 2023", "count", "atLeast", 531, "biên chế viên chức", "cumulative", {
        direction: "decrease",
      }),
    ],
    warnings: [],
  },
  {
    id: "V.1",
    text: "1.1. Phân đầu 50 % cán\nbộ, công chức dưới 40 tuổi (lãnh đạo, quản lý cấp sở, ngành, ủy ban nhân dân cấp huyện) giao tiếp được với người nước ngoài bằng Tiếng Anh hoặc ngoại ngữ thông dụng khác",
    targets: [
      t(
        "Phân đầu 50 % cán bộ, công chức dưới 40 tuổi (lãnh đạo, quản lý cấp sở, ngành, ủy ban nhân dân cấp huyện) giao tiếp được với người nước ngoài bằng Tiếng Anh hoặc ngoại ngữ thông dụng khác",
        "percent",
        "atLeast",
        50,
        "cán bộ, công chức",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "V.2",
    text: "1.2. 85% cán bộ, công\nchức cấp xã có trình độ đại học trở lên và được chuẩn hoá về lý luận chính trị, chuyên môn, nghiệp vụ, kỹ năng làm việc (trừ các chức danh có quy định khác của cơ quan có thẩm quyền)",
    targets: [
      t(
        "85% cán bộ, công chức cấp xã có trình độ đại học trở lên và được chuẩn hoá về lý luận chính trị, chuyên môn, nghiệp vụ, kỹ năng làm việc (trừ các chức danh có quy định khác của cơ quan có thẩm quyền)",
        "percent",
        "atLeast",
        85,
        "cán bộ, công chức",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "V.3",
    text: "1.3. Tiếp tục hoàn chỉnh Đề án vị trí việc làm trong các cơ quan, đơn vị theo quy định",
    targets: [],
    warnings: [],
  },
  {
    id: "V.4",
    text: "1.4. Thực hiện tinh giản biên chế theo quy định",
    targets: [],
    warnings: [],
  },
  {
    id: "VI.1",
    text: "<p>1.1. 100% đơn vị sự nghiệp công lập được giao quyền tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP của Chính phủ</p> <p>100% cơ quan hành chính nhà nước được giao quyền tự chủ, tự chịu trách nhiệm theo Nghị định số 130/2005/NĐ-CP của Chính phủ, Nghị định số 117/2013/NĐ-CP của Chính phủ</p>",
    targets: [
      t(
        "100% đơn vị sự nghiệp công lập được giao quyền tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP của Chính phủ",
        "percent",
        "atLeast",
        100,
        "đơn vị sự nghiệp công lập",
        "level",
      ),
      t(
        "100% cơ quan hành chính nhà nước được giao quyền tự chủ, tự chịu trách nhiệm theo Nghị định số 130/2005/NĐ-CP của Chính phủ, Nghị định số 117/2013/NĐ-CP của Chính phủ",
        "percent",
        "atLeast",
        100,
        "cơ quan hành chính nhà nước",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed", "target.kind-assumed"],
  },
  {
    id: "VI.2",
    text: "<p>1.2. Tỷ lệ sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý đạt trên 85%</p>",
    targets: [
      t(
        "Tỷ lệ sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý đạt trên 85%",
        "percent",
        "moreThan",
        85,
        "nhà, đất",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "VI.3",
    text: "1.3. Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp từ ngân sách nhà nước của các đơn vị sự nghiệp công lập nhóm 3 so với năm trước liền kề",
    targets: [
      t(
        "Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp từ ngân sách nhà nước của các đơn vị sự nghiệp công lập nhóm 3 so với năm trước liền kề",
        "percent",
        "atLeast",
        2.5,
        "chi hỗ trợ trực tiếp",
        "level",
        { direction: "decrease" },
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "VI.4",
    text: "1.4. Có ít nhất 02 đơn vị sự nghiệp công lập tăng mức độ tự chủ",
    targets: [
      t(
        "Có ít nhất 02 đơn vị sự nghiệp công lập tăng mức độ tự chủ",
        "count",
        "atLeast",
        2,
        "đơn vị sự nghiệp công lập",
        "cumulative",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "VII.A.1",
    text: "1.1. Triển khai hệ thống hội nghị trực tuyến đồng bộ từ cấp tỉnh đến 100% cấp xã và kết nối với hệ thống hội nghị trực tuyến quốc gia",
    targets: [
      t(
        "Triển khai hệ thống hội nghị trực tuyến đồng bộ từ cấp tỉnh đến 100% cấp xã và kết nối với hệ thống hội nghị trực tuyến quốc gia",
        "percent",
        "atLeast",
        100,
        "xã",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "VII.A.2",
    text: "1.2. Tỷ lệ cơ sở dữ liệu của các sở, ngành được kết nối liên thông để phục vụ quản lý nhà nước, cung cấp dịch vụ công đạt 70%",
    targets: [
      t(
        "Tỷ lệ cơ sở dữ liệu của các sở, ngành được kết nối liên thông để phục vụ quản lý nhà nước, cung cấp dịch vụ công đạt 70%",
        "percent",
        "atLeast",
        70,
        "cơ sở dữ liệu",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "VII.A.3",
    text: "1.3. Tỷ lệ xã, phường, thị trấn được đào tạo, tập huấn, tuyên truyền nâng cao nhận thức, kỹ năng số đạt 100%",
    targets: [
      t(
        "Tỷ lệ xã, phường, thị trấn được đào tạo, tập huấn, tuyên truyền nâng cao nhận thức, kỹ năng số đạt 100%",
        "percent",
        "atLeast",
        100,
        "xã, phường, thị trấn",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "VII.A.4",
    text: "1.4. Từng bước triển khai 30% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ\nquan quản lý (trừ hoạt động kiểm tra hoặc thông tin tư liệu của hoạt động kiểm tra thuộc phạm vi bí mật nhà nước)",
    targets: [
      t(
        "Từng bước triển khai 30% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý (trừ hoạt động kiểm tra hoặc thông tin tư liệu của hoạt động kiểm tra thuộc phạm vi bí mật nhà nước)",
        "percent",
        "atLeast",
        30,
        "hoạt động kiểm tra",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "VII.A.5",
    text: "1.5. Nâng cao hiệu quả hoạt động Công Thông tin điện tử tỉnh",
    targets: [],
    warnings: [],
  },
  {
    id: "VII.A.6",
    text: "1.6. Nâng cao năng lực bảo đảm an toàn thông tin trong các cơ quan nhà nước",
    targets: [],
    warnings: [],
  },
  {
    id: "VII.B.1",
    text: "1.1. 100% cơ quan, đơn vị duy trì, cải tiến hệ thống đáp ứng yêu cầu TCVN ISO 9001:2015",
    targets: [
      t(
        "100% cơ quan, đơn vị duy trì, cải tiến hệ thống đáp ứng yêu cầu TCVN ISO 9001:2015",
        "percent",
        "atLeast",
        100,
        "cơ quan, đơn vị",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "VII.B.2",
    text: "1.2. 13 Trung tâm Văn hóa truyền thông cấp huyện hoàn thành xây dựng, áp dụng và\ncông bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 trong năm 2024",
    targets: [
      t(
        "13 Trung tâm Văn hóa truyền thông cấp huyện hoàn thành xây dựng, áp dụng và công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 trong năm 2024",
        "count",
        "atLeast",
        13,
        "trung tâm văn hóa - truyền thông",
        "cumulative",
      ),
    ],
    warnings: [],
  },
  {
    id: "VII.B.3",
    text: "1.3. 27% trường trung học cơ sở (40 trường) và 10% trường tiểu học công lập trên địa bàn tỉnh (23 trường) hoàn thành xây dựng, áp dụng và công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 trong năm 2024",
    targets: [
      t("27% trường trung học cơ sở (40 trường)", "percent", "atLeast", 27, "trường THCS", "cumulative", {
        equivalentCount: 40,
      }),
      t(
        "10% trường tiểu học công lập trên địa bàn tỉnh (23 trường) hoàn thành xây dựng, áp dụng và công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 trong năm 2024",
        "percent",
        "atLeast",
        10,
        "trường tiểu học",
        "cumulative",
        { equivalentCount: 23 },
      ),
    ],
    warnings: [],
  },
  {
    id: "VII.B.4",
    text: "1.4. 33 UBND xã đạt chuẩn Nông thôn mới hoàn thành xây dựng mở rộng hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 trong năm 2024",
    targets: [
      t(
        "33 UBND xã đạt chuẩn Nông thôn mới hoàn thành xây dựng mở rộng hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 trong năm 2024",
        "count",
        "atLeast",
        33,
        "UBND cấp xã",
        "cumulative",
      ),
    ],
    warnings: [],
  },
  {
    id: "VII.B.5",
    text: "1.5. Thí điểm xây dựng áp dụng tiêu chuẩn TCVN ISO 18091:2020 Hệ thống quản lý chất lượng - Hướng dẫn áp dụng TCVN ISO 9001:2015 tại 02 UBND cấp huyện trên địa bàn tỉnh (theo chỉ đạo, hướng dẫn của Bộ Khoa học và Công nghệ nếu có)",
    targets: [
      t(
        "Thí điểm xây dựng áp dụng tiêu chuẩn TCVN ISO 18091:2020 Hệ thống quản lý chất lượng - Hướng dẫn áp dụng TCVN ISO 9001:2015 tại 02 UBND cấp huyện trên địa bàn tỉnh (theo chỉ đạo, hướng dẫn của Bộ Khoa học và Công nghệ nếu có)",
        "count",
        "atLeast",
        2,
        "UBND cấp huyện",
        "cumulative",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "VII.B.6",
    text: "1.6. 100% Quyết định công bố Danh mục, quy trình nội bộ thủ tục hành chính thuộc thẩm quyền giải quyết của các Sở, ban, ngành cấp tỉnh, UBND cấp\nhuyện, xã do UBND tỉnh ban hành được soát xét, kiểm tra đáp ứng yêu cầu",
    targets: [
      t(
        "100% Quyết định công bố Danh mục, quy trình nội bộ thủ tục hành chính thuộc thẩm quyền giải quyết của các Sở, ban, ngành cấp tỉnh, UBND cấp huyện, xã do UBND tỉnh ban hành được soát xét, kiểm tra đáp ứng yêu cầu",
        "percent",
        "atLeast",
        100,
        "Quyết định",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "VII.B.7",
    text: "1.7. Xây dựng quy trình nội bộ dùng chung cho các cơ quan hành chính nhà nước cấp tỉnh, huyện đáp ứng yêu cầu TCVN ISO 9001:2015, điện tử hóa 100% các quy trình đã xây dựng",
    targets: [
      t(
        "Xây dựng quy trình nội bộ dùng chung cho các cơ quan hành chính nhà nước cấp tỉnh, huyện đáp ứng yêu cầu TCVN ISO 9001:2015, điện tử hóa 100% các quy trình đã xây dựng",
        "percent",
        "atLeast",
        100,
        "quy trình",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "VII.B.8",
    text: "1.8. Đảm bảo 25% tổng số cơ quan, đơn vị áp dụng Hệ thống quản lý chất lượng được kiểm tra, đánh giá trong năm",
    targets: [
      t(
        "Đảm bảo 25% tổng số cơ quan, đơn vị áp dụng Hệ thống quản lý chất lượng được kiểm tra, đánh giá trong năm",
        "percent",
        "atLeast",
        25,
        "cơ quan, đơn vị",
        "cumulative",
      ),
    ],
    warnings: [],
  },
  {
    id: "VII.B.9",
    text: "1.9. Đảm bảo 30% các cơ quan, đơn vị được tham gia tập huấn hoặc đào tạo nghiệp vụ về ISO hành chính trong năm",
    targets: [
      t(
        "Đảm bảo 30% các cơ quan, đơn vị được tham gia tập huấn hoặc đào tạo nghiệp vụ về ISO hành chính trong năm",
        "percent",
        "atLeast",
        30,
        "cơ quan, đơn vị",
        "cumulative",
      ),
    ],
    warnings: [],
  },
  {
    id: "CT1.1",
    text: "1.1. Nâng cao chất lượng công tác chỉ đạo điều hành; tổ chức thực hiện có hiệu quả, đảm bảo chất lượng các nội dung, nhiệm vụ trong kế hoạch CCHC của tỉnh; 100% các sở, ban, ngành cấp tỉnh, các cơ quan Trung ương đóng trên địa bàn tỉnh, UBND cấp huyện, UBND cấp xã ban hành kế hoạch và triển khai có hiệu quả kế hoạch CCHC năm 2024.",
    targets: [
      t(
        "100% các sở, ban, ngành cấp tỉnh, các cơ quan Trung ương đóng trên địa bàn tỉnh, UBND cấp huyện, UBND cấp xã ban hành kế hoạch và triển khai có hiệu quả kế hoạch CCHC năm 2024",
        "percent",
        "atLeast",
        100,
        "sở, ban, ngành",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT1.2",
    text: "1.2. Phần đầu ít nhất có 03 sáng kiến (hoặc giải pháp mới) về CCHC áp dụng có hiệu quả, đáp ứng yêu cầu của Hội đồng thẩm định CCHC Trung ương.",
    targets: [
      t(
        "Phần đầu ít nhất có 03 sáng kiến (hoặc giải pháp mới) về CCHC áp dụng có hiệu quả, đáp ứng yêu cầu của Hội đồng thẩm định CCHC Trung ương",
        "count",
        "atLeast",
        3,
        "sáng kiến",
        "cumulative",
      ),
    ],
    warnings: [],
  },
  {
    id: "CT1.3",
    text: "1.3. Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC trong năm 2024; 100% các đơn vị, địa phương ban hành và tổ chức thực hiện kế hoạch kiểm tra, tự kiểm tra CCHC các đơn vị trực thuộc, đảm bảo thực chất và đúng quy định.",
    targets: [
      t(
        "Tối thiểu 35% cơ quan, đơn vị được kiểm tra CCHC trong năm 2024",
        "percent",
        "atLeast",
        35,
        "cơ quan, đơn vị",
        "cumulative",
      ),
      t(
        "100% các đơn vị, địa phương ban hành và tổ chức thực hiện kế hoạch kiểm tra, tự kiểm tra CCHC các đơn vị trực thuộc, đảm bảo thực chất và đúng quy định",
        "percent",
        "atLeast",
        100,
        "đơn vị, địa phương",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT2.1",
    text: "2.1. Phần đầu từ 90% trở lên nội dung tại các văn bản quy phạm pháp luật của Trung ương giao HĐND tỉnh và UBND tỉnh quy định chi tiết được triển khai, thực hiện kịp thời, chất lượng.",
    targets: [
      t(
        "Phần đầu từ 90% trở lên nội dung tại các văn bản quy phạm pháp luật của Trung ương giao HĐND tỉnh và UBND tỉnh quy định chi tiết được triển khai, thực hiện kịp thời, chất lượng",
        "percent",
        "atLeast",
        90,
        "nội dung",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT2.2",
    text: "2.2. Phần đầu từ 95% văn bản QPPL của HĐND, UBND tỉnh được sửa đổi, bổ sung hoặc thay thế theo kết quả rà soát.",
    targets: [
      t(
        "Phần đầu từ 95% văn bản QPPL của HĐND, UBND tỉnh được sửa đổi, bổ sung hoặc thay thế theo kết quả rà soát",
        "percent",
        "atLeast",
        95,
        "văn bản QPPL",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT2.3",
    text: "2.3. Phần đầu từ 90% văn bản QPPL của Trung ương, của tỉnh được tổ chức thực hiện kịp thời, hiệu quả.",
    targets: [
      t(
        "Phần đầu từ 90% văn bản QPPL của Trung ương, của tỉnh được tổ chức thực hiện kịp thời, hiệu quả",
        "percent",
        "atLeast",
        90,
        "văn bản QPPL",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT3.1",
    text: "3.1. Tiếp tục triển khai thực hiện số hóa kết quả giải quyết TTHC thuộc thẩm quyền giải quyết của sở, ban, ngành, UBND cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng: cấp tỉnh 90%, cấp huyện 80%, cấp xã 75% số hồ sơ tiếp nhận.",
    targets: [
      t(
        "Tiếp tục triển khai thực hiện số hóa kết quả giải quyết TTHC thuộc thẩm quyền giải quyết của sở, ban, ngành, UBND cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng: cấp tỉnh 90%, cấp huyện 80%, cấp xã 75% số hồ sơ tiếp nhận",
        "percent",
        "atLeast",
        75,
        "hồ sơ",
        "level",
        { levels: { province: 90, district: 80, commune: 75 } },
      ),
    ],
    warnings: [],
  },
  {
    id: "CT3.2",
    text: "3.2. 100% TTHC đủ điều kiện được cung cấp dịch vụ công (DVC) trực tuyến (toàn trình, một phần) và được cập nhật lên cơ sở dữ liệu quốc gia về TTHC và công khai trên Cổng dịch vụ công quốc gia; tỷ lệ nộp hồ sơ trực tuyến đạt 70%; tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%.",
    targets: [
      t(
        "100% TTHC đủ điều kiện được cung cấp dịch vụ công (DVC) trực tuyến (toàn trình, một phần) và được cập nhật lên cơ sở dữ liệu quốc gia về TTHC và công khai trên Cổng dịch vụ công quốc gia",
        "percent",
        "atLeast",
        100,
        "TTHC",
        "level",
      ),
      t("tỷ lệ nộp hồ sơ trực tuyến đạt 70%", "percent", "atLeast", 70, "hồ sơ", "level"),
      t("tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%", "percent", "atLeast", 90, "hồ sơ", "level"),
    ],
    warnings: [],
  },
  {
    id: "CT3.3",
    text: "3.3. Tối thiểu 70% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công TTHC trước đó, mà cơ quan nhà nước có thẩm quyền giải quyết TTHC đang quản lý, hoặc thông tin, giấy tờ, tài liệu đã được cơ quan nhà nước kết nối, chia sẻ.",
    targets: [
      t(
        "Tối thiểu 70% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công TTHC trước đó, mà cơ quan nhà nước có thẩm quyền giải quyết TTHC đang quản lý, hoặc thông tin, giấy tờ, tài liệu đã được cơ quan nhà nước kết nối, chia sẻ",
        "percent",
        "atLeast",
        70,
        "người dân, doanh nghiệp",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "CT3.4",
    text: "3.4. 100% TTHC nội bộ giữa các cơ quan hành chính nhà nước được rà soát, công bố, công khai.",
    targets: [
      t(
        "100% TTHC nội bộ giữa các cơ quan hành chính nhà nước được rà soát, công bố, công khai",
        "percent",
        "atLeast",
        100,
        "TTHC nội bộ",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT3.5",
    text: "3.5. Tối thiểu 80% TTHC có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu tương ứng: cấp tỉnh 50%, cấp huyện 45%, cấp xã 40% trở lên.",
    targets: [
      t(
        "Tối thiểu 80% TTHC có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó",
        "percent",
        "atLeast",
        80,
        "TTHC",
        "level",
      ),
      t(
        "tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu tương ứng: cấp tỉnh 50%, cấp huyện 45%, cấp xã 40% trở lên",
        "percent",
        "atLeast",
        40,
        "giao dịch",
        "level",
        { levels: { province: 50, district: 45, commune: 40 } },
      ),
    ],
    warnings: [],
  },
  {
    id: "CT3.6",
    text: "3.6. Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt từ 94% trở lên.",
    targets: [
      t(
        "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt từ 94% trở lên",
        "percent",
        "atLeast",
        94,
        "người dân, doanh nghiệp",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "CT3.7",
    text: "3.7. Phần đầu trong năm tổ chức ít nhất từ 02 đến 03 cuộc đối thoại/diễn đàn của lãnh đạo UBND tỉnh với người dân, doanh nghiệp, hiệp hội.",
    targets: [
      t(
        "Phần đầu trong năm tổ chức ít nhất từ 02 đến 03 cuộc đối thoại/diễn đàn của lãnh đạo UBND tỉnh với người dân, doanh nghiệp, hiệp hội",
        "count",
        "between",
        2,
        "cuộc",
        "cumulative",
        { max: 3 },
      ),
    ],
    warnings: [],
  },
  {
    id: "CT4.1",
    text: "4.1. Hoàn thành việc kiện toàn, sắp xếp đối với 100% đơn vị sự nghiệp công lập có phương án sắp xếp, kiện toàn theo Đề án sắp xếp, kiện toàn cơ cấu tổ chức các đơn vị sự nghiệp thuộc thẩm quyền quản lý của UBND tỉnh sau khi được cấp có thẩm quyền phê duyệt.",
    targets: [
      t(
        "Hoàn thành việc kiện toàn, sắp xếp đối với 100% đơn vị sự nghiệp công lập có phương án sắp xếp, kiện toàn theo Đề án sắp xếp, kiện toàn cơ cấu tổ chức các đơn vị sự nghiệp thuộc thẩm quyền quản lý của UBND tỉnh sau khi được cấp có thẩm quyền phê duyệt",
        "percent",
        "atLeast",
        100,
        "đơn vị sự nghiệp công lập",
        "cumulative",
      ),
    ],
    warnings: [],
  },
  {
    id: "CT4.2",
    text: "4.2. Phần đầu năm 2024, giảm 28 biên chế công chức; giảm 531 biên chế viên chức so với năm 2023.",
    targets: [
      t("Phần đầu năm 2024, giảm 28 biên chế công chức", "count", "atLeast", 28, "biên chế công chức", "cumulative", {
        direction: "decrease",
      }),
      t("giảm 531 biên chế viên chức so với năm 2023", "count", "atLeast", 531, "biên chế viên chức", "cumulative", {
        direction: "decrease",
      }),
    ],
    warnings: [],
  },
  {
    id: "CT5.1",
    text: "5.1. Phần đầu 50% cán bộ, công chức dưới 40 tuổi (lãnh đạo, quản lý cấp sở, ngành, ủy ban nhân dân cấp huyện) giao tiếp được với người nước ngoài bằng Tiếng Anh hoặc ngoại ngữ thông dụng khác.",
    targets: [
      t(
        "Phần đầu 50% cán bộ, công chức dưới 40 tuổi (lãnh đạo, quản lý cấp sở, ngành, ủy ban nhân dân cấp huyện) giao tiếp được với người nước ngoài bằng Tiếng Anh hoặc ngoại ngữ thông dụng khác",
        "percent",
        "atLeast",
        50,
        "cán bộ, công chức",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "CT5.2",
    text: "5.2. 85% cán bộ, công chức cấp xã có trình độ đại học trở lên và được chuẩn hoá về lý luận chính trị, chuyên môn, nghiệp vụ, kỹ năng làm việc (trừ các chức danh có quy định khác của cơ quan có thẩm quyền).",
    targets: [
      t(
        "85% cán bộ, công chức cấp xã có trình độ đại học trở lên và được chuẩn hoá về lý luận chính trị, chuyên môn, nghiệp vụ, kỹ năng làm việc (trừ các chức danh có quy định khác của cơ quan có thẩm quyền)",
        "percent",
        "atLeast",
        85,
        "cán bộ, công chức",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "CT6.1",
    text: "6.1. Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp từ ngân sách nhà nước của các đơn vị sự nghiệp công lập nhóm 3 so với năm trước liền kề.",
    targets: [
      t(
        "Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp từ ngân sách nhà nước của các đơn vị sự nghiệp công lập nhóm 3 so với năm trước liền kề",
        "percent",
        "atLeast",
        2.5,
        "chi hỗ trợ trực tiếp",
        "level",
        { direction: "decrease" },
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT6.2",
    text: "6.2. 100% đơn vị sự nghiệp công lập được giao quyền tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP của Chính phủ.",
    targets: [
      t(
        "100% đơn vị sự nghiệp công lập được giao quyền tự chủ tài chính theo Nghị định số 60/2021/NĐ-CP của Chính phủ",
        "percent",
        "atLeast",
        100,
        "đơn vị sự nghiệp công lập",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT6.3",
    text: "6.3. 100% cơ quan hành chính nhà nước được giao quyền tự chủ, tự chịu trách nhiệm theo Nghị định số 130/2005/NĐ-CP của Chính phủ, Nghị định số 117/2013/NĐ-CP của Chính phủ.",
    targets: [
      t(
        "100% cơ quan hành chính nhà nước được giao quyền tự chủ, tự chịu trách nhiệm theo Nghị định số 130/2005/NĐ-CP của Chính phủ, Nghị định số 117/2013/NĐ-CP của Chính phủ",
        "percent",
        "atLeast",
        100,
        "cơ quan hành chính nhà nước",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT6.4",
    text: "6.4. Có ít nhất 02 đơn vị sự nghiệp công lập tăng mức độ tự chủ so với năm trước liền kề.",
    targets: [
      t(
        "Có ít nhất 02 đơn vị sự nghiệp công lập tăng mức độ tự chủ so với năm trước liền kề",
        "count",
        "atLeast",
        2,
        "đơn vị sự nghiệp công lập",
        "cumulative",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT6.5",
    text: "6.5. Tỷ lệ sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý đạt trên 85%.",
    targets: [
      t(
        "Tỷ lệ sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý đạt trên 85%",
        "percent",
        "moreThan",
        85,
        "nhà, đất",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "CT7.1",
    text: "7.1. Triển khai hệ thống hội nghị trực tuyến đồng bộ từ cấp tỉnh đến 100% cấp xã và kết nối với hệ thống hội nghị trực tuyến quốc gia.",
    targets: [
      t(
        "Triển khai hệ thống hội nghị trực tuyến đồng bộ từ cấp tỉnh đến 100% cấp xã và kết nối với hệ thống hội nghị trực tuyến quốc gia",
        "percent",
        "atLeast",
        100,
        "xã",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT7.2",
    text: "7.2. Tỷ lệ cơ sở dữ liệu của các sở, ngành được kết nối liên thông để phục vụ quản lý nhà nước, cung cấp dịch vụ công đạt 70%.",
    targets: [
      t(
        "Tỷ lệ cơ sở dữ liệu của các sở, ngành được kết nối liên thông để phục vụ quản lý nhà nước, cung cấp dịch vụ công đạt 70%",
        "percent",
        "atLeast",
        70,
        "cơ sở dữ liệu",
        "level",
      ),
    ],
    warnings: [],
  },
  {
    id: "CT7.3",
    text: "7.3. Từng bước triển khai 30% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý (trừ hoạt động kiểm tra hoặc thông tin tư liệu của hoạt động kiểm tra thuộc phạm vi bí mật nhà nước).",
    targets: [
      t(
        "Từng bước triển khai 30% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý (trừ hoạt động kiểm tra hoặc thông tin tư liệu của hoạt động kiểm tra thuộc phạm vi bí mật nhà nước)",
        "percent",
        "atLeast",
        30,
        "hoạt động kiểm tra",
        "level",
      ),
    ],
    warnings: ["target.kind-assumed"],
  },
  {
    id: "CT7.4",
    text: "7.4. 100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xác lập trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).",
    targets: [
      t(
        "100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xác lập trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)",
        "percent",
        "atLeast",
        60,
        "hồ sơ công việc",
        "level",
        { levels: { province: 100, district: 90, commune: 60 } },
      ),
    ],
    warnings: [],
  },
];

describe("parseTargets on the seed plan", () => {
  it.each(SEED.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const { targets, warnings } = parseTargets(c.text);
    expect(targets).toEqual(c.targets);
    expect(warnings.map((w) => w.code)).toEqual(c.warnings);
  });

  it("finds the plan's measurable targets: 48 objectives and 26 main targets", () => {
    expect(SEED.filter((c) => !c.id.startsWith("CT"))).toHaveLength(48);
    expect(SEED.filter((c) => c.id.startsWith("CT"))).toHaveLength(26);
    // Every main target of part II is measurable.
    expect(SEED.filter((c) => c.id.startsWith("CT") && c.targets.length === 0)).toEqual([]);
  });
});
