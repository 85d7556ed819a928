/**
 * The vocabulary the target parser knows: the nouns a PAR plan counts, and the words that say
 * whether a target is a rate to hold or progress that builds up over the year. It is data, kept
 * apart from the algorithm so that adding a noun never touches the parser.
 */
import { matchKey } from "../text/matchKey";

/** A countable noun: the label a target gets, and the ways the plan writes it. */
interface CountNoun {
  label: string;
  /** Spellings in the source; the label itself is always one. Commas and spaces are interchangeable. */
  variants?: string[];
  /** Things that happen (events, products) rather than things that are: their counts build up over the year. */
  event?: boolean;
}

const COUNT_NOUNS: CountNoun[] = [
  { label: "biên chế công chức" },
  { label: "biên chế viên chức" },
  { label: "biên chế" },
  { label: "cơ quan, đơn vị, địa phương" },
  { label: "cơ quan, đơn vị" },
  { label: "cơ quan hành chính nhà nước" },
  { label: "cơ quan" },
  { label: "đơn vị sự nghiệp công lập" },
  { label: "đơn vị sự nghiệp" },
  { label: "đơn vị, địa phương" },
  { label: "đơn vị" },
  { label: "địa phương" },
  { label: "sở, ban, ngành", variants: ["sở, ban, ngành", "sở, ngành"] },
  { label: "sáng kiến", event: true },
  { label: "giải pháp", event: true },
  { label: "mô hình", event: true },
  { label: "cuộc", event: true },
  { label: "hội nghị", event: true },
  { label: "lớp", event: true },
  { label: "đợt", event: true },
  { label: "chuyến", event: true },
  { label: "buổi", event: true },
  { label: "lần", event: true },
  { label: "trường THCS", variants: ["trường trung học cơ sở"] },
  { label: "trường THPT", variants: ["trường trung học phổ thông"] },
  { label: "trường tiểu học" },
  { label: "trường mầm non" },
  { label: "trường học" },
  { label: "trường" },
  { label: "văn bản QPPL", variants: ["văn bản quy phạm pháp luật"] },
  { label: "văn bản" },
  { label: "hồ sơ công việc" },
  { label: "hồ sơ" },
  { label: "TTHC nội bộ", variants: ["thủ tục hành chính nội bộ"] },
  { label: "TTHC", variants: ["thủ tục hành chính"] },
  { label: "dịch vụ công", variants: ["DVC"] },
  { label: "người dân, doanh nghiệp", variants: ["người dân, tổ chức, doanh nghiệp", "người dân, tổ chức"] },
  { label: "doanh nghiệp" },
  { label: "người dân" },
  { label: "cán bộ, công chức, viên chức", variants: ["CBCCVC"] },
  { label: "cán bộ, công chức", variants: ["CBCC"] },
  { label: "công chức" },
  { label: "viên chức" },
  { label: "cán bộ" },
  { label: "UBND cấp huyện", variants: ["UBND huyện", "Ủy ban nhân dân cấp huyện"] },
  { label: "UBND cấp xã", variants: ["UBND xã", "Ủy ban nhân dân cấp xã"] },
  { label: "xã, phường, thị trấn" },
  { label: "xã", variants: ["cấp xã"] },
  { label: "huyện", variants: ["cấp huyện"] },
  { label: "trung tâm văn hóa - truyền thông", variants: ["trung tâm văn hóa truyền thông"] },
  { label: "trung tâm" },
  { label: "quy trình" },
  { label: "quy định" },
  { label: "chi phí tuân thủ" },
  { label: "chi phí" },
  { label: "chi hỗ trợ trực tiếp" },
  { label: "kinh phí" },
  { label: "Quyết định" },
  { label: "nội dung" },
  { label: "cơ sở dữ liệu", variants: ["CSDL"] },
  { label: "hoạt động kiểm tra" },
  { label: "giao dịch" },
  { label: "nhà, đất", variants: ["cơ sở nhà, đất"] },
  { label: "tài khoản" },
  { label: "thôn, tổ dân phố" },
];

/** A compiled noun: a sticky regular expression over the match key. */
interface CompiledNoun {
  label: string;
  event: boolean;
  pattern: RegExp;
}

// Words may be separated by spaces, commas or a hyphen, which the plan uses interchangeably.
const WORD_GAP = "(?:\\s*[,\\-–]\\s*|\\s+)";
const WORD_END = "(?![a-z0-9])";

function compileNoun(noun: CountNoun): CompiledNoun[] {
  const spellings = [noun.label, ...(noun.variants ?? [])];
  return spellings.map((spelling) => {
    const words = matchKey(spelling)
      .split(/[\s,\-–]+/)
      .filter(Boolean)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\&]/g, "\\$&"));
    return { label: noun.label, event: noun.event ?? false, pattern: new RegExp(words.join(WORD_GAP) + WORD_END, "y") };
  });
}

/** Every spelling of every noun, longest first, so that `biên chế công chức` wins over `biên chế`. */
const NOUNS: CompiledNoun[] = COUNT_NOUNS.flatMap(compileNoun).sort(
  (a, b) => b.pattern.source.length - a.pattern.source.length,
);

/** Finds the noun that starts exactly at `at` in the key, longest spelling first. */
function nounAt(key: string, at: number): { noun: CompiledNoun; end: number } | null {
  for (const noun of NOUNS) {
    noun.pattern.lastIndex = at;
    const match = noun.pattern.exec(key);
    if (match) return { noun, end: at + match[0].length };
  }
  return null;
}

/** A word or phrase that is evidence of a target's kind, searched in the match key. */
interface Cue {
  cue: string;
  pattern: RegExp;
}

/**
 * Words that say a target is progress that builds up over the year (inspections done, people
 * trained, certifications completed), searched in the match key.
 */
const CUMULATIVE_CUES: Cue[] = [
  "trong năm",
  "được kiểm tra",
  "kiểm tra, đánh giá",
  "tập huấn",
  "đào tạo",
  "bồi dưỡng",
  "hoàn thành",
  "cắt giảm",
  "triển khai hệ thống",
  "từng bước",
].map(cuePattern);

/** Words that say a target is a rate or share that must hold whenever it is measured. */
const LEVEL_CUES: Cue[] = [
  "tỷ lệ",
  "tỉ lệ",
  "hài lòng",
  "trực tuyến",
  "duy trì",
  "không phải cung cấp lại",
  "có trình độ",
  "giao tiếp được",
  "môi trường số",
  "môi trường mạng",
  "điện tử hóa",
  "số hóa",
  "kết nối liên thông",
].map(cuePattern);

function cuePattern(cue: string): Cue {
  const words = matchKey(cue)
    .split(/[\s,]+/)
    .filter(Boolean);
  return { cue, pattern: new RegExp(`(?<![a-z0-9])${words.join(WORD_GAP)}(?![a-z0-9])`) };
}

/** What the target parser knows of the plan's vocabulary: its countable nouns and the evidence of a target's kind. */
export const parseTargetLexicon = { nounAt, cumulativeCues: CUMULATIVE_CUES, levelCues: LEVEL_CUES };
