import type { Message } from "./message";

/**
 * Messages of the offline manifest check (scripts/check-manifest.ts). Placeholders: {file},
 * {line}, {element} locate a problem; the others name what is wrong.
 */
export const manifestMessages = {
  at: { vi: "{file}, dòng {line}, <{element}>", en: "{file}, line {line}, <{element}>" },
  atLine: { vi: "{file}, dòng {line}", en: "{file}, line {line}" },
  atFile: { vi: "{file}", en: "{file}" },
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  checking: { vi: "Kiểm tra {file} (bản dựng: {dist})", en: "Checking {file} (build: {dist})" },
  passed: { vi: "{file} hợp lệ (cảnh báo: {warnings}).", en: "{file} is valid (warnings: {warnings})." },
  failed: {
    vi: "{file} không hợp lệ: {errors} lỗi, {warnings} cảnh báo.",
    en: "{file} is not valid: errors: {errors}, warnings: {warnings}.",
  },
  unreadable: { vi: "Không đọc được tệp: {detail}", en: "Cannot read the file: {detail}" },
  notWellFormed: { vi: "XML không đúng cú pháp: {detail}", en: "The XML is not well formed: {detail}" },
  wrongRoot: {
    vi: 'Phần tử gốc phải là <OfficeApp xsi:type="TaskPaneApp"> trong không gian tên {ns}',
    en: 'The root element must be <OfficeApp xsi:type="TaskPaneApp"> in namespace {ns}',
  },
  missingElement: { vi: "Thiếu phần tử bắt buộc <{name}>", en: "Required element <{name}> is missing" },
  missingAttribute: { vi: "Thiếu thuộc tính bắt buộc {name}", en: "Required attribute {name} is missing" },
  emptyValue: { vi: "{name} không được để trống", en: "{name} must not be empty" },
  badValue: {
    vi: "{name} có giá trị “{actual}” không hợp lệ; cần {expected}",
    en: "{name} has the value “{actual}”, which is not valid; expected {expected}",
  },
  outOfOrder: {
    vi: "<{name}> phải đứng trước <{next}> (thứ tự theo lược đồ manifest của Microsoft)",
    en: "<{name}> must come before <{next}> (the order Microsoft's manifest schema requires)",
  },
  missingRequirement: {
    vi: 'Thiếu <Set Name="{set}" MinVersion="{version}"/> trong <Requirements><Sets>',
    en: 'Missing <Set Name="{set}" MinVersion="{version}"/> in <Requirements><Sets>',
  },
  wrongRequirementVersion: {
    vi: "Bộ yêu cầu {set} ghi phiên bản tối thiểu “{actual}”, nhưng mã nguồn cần {expected} (src/excel/requirements.ts)",
    en: "Requirement set {set} names minimum version “{actual}”, but the code needs {expected} (src/excel/requirements.ts)",
  },
  undefinedResid: {
    vi: "resid “{resid}” không được định nghĩa trong <Resources><{kind}>",
    en: "resid “{resid}” is not defined in <Resources><{kind}>",
  },
  residWrongKind: {
    vi: "resid “{resid}” được định nghĩa trong <{actual}>, nhưng <{name}> cần một tài nguyên trong <{expected}>",
    en: "resid “{resid}” is defined in <{actual}>, but <{name}> needs a resource in <{expected}>",
  },
  duplicateResid: { vi: "resid “{resid}” được định nghĩa nhiều lần", en: "resid “{resid}” is defined more than once" },
  unusedResid: {
    vi: "Tài nguyên “{resid}” được định nghĩa nhưng không được dùng",
    en: "Resource “{resid}” is defined but never used",
  },
  residTooLong: {
    vi: "resid “{resid}” dài {actual} ký tự; tối đa {max}",
    en: "resid “{resid}” is {actual} characters long; the limit is {max}",
  },
  textTooLong: {
    vi: "{name} dài {actual} ký tự; tối đa {max}",
    en: "{name} is {actual} characters long; the limit is {max}",
  },
  missingEnglish: {
    vi: 'Thiếu bản tiếng Anh (<Override Locale="en-US">)',
    en: 'The English text is missing (<Override Locale="en-US">)',
  },
  notHttps: { vi: "URL “{url}” phải dùng https", en: "URL “{url}” must use https" },
  badUrl: { vi: "“{url}” không phải URL hợp lệ", en: "“{url}” is not a valid URL" },
  localhostOffBase: {
    vi: "URL “{url}” trỏ tới localhost nhưng không phải máy chủ phát triển {base}",
    en: "URL “{url}” points at localhost but not at the dev server {base}",
  },
  localhostInProduction: {
    vi: "URL “{url}” vẫn trỏ tới localhost trong manifest bản phát hành",
    en: "URL “{url}” still points at localhost in the production manifest",
  },
  distMissing: {
    vi: "Không tìm thấy bản dựng {dir}; hãy chạy npm run build trước",
    en: "The build {dir} was not found; run npm run build first",
  },
  fileNotBuilt: {
    vi: "URL “{url}” trỏ tới {file}, nhưng bản dựng không có tệp này",
    en: "URL “{url}” points at {file}, which the build does not produce",
  },
  iconNotPng: { vi: "Biểu tượng {file} không phải ảnh PNG", en: "Icon {file} is not a PNG image" },
  iconWrongSize: {
    vi: "Biểu tượng {file} có kích thước {actual}, cần {expected}",
    en: "Icon {file} is {actual}, expected {expected}",
  },
  iconMissing: { vi: "Thiếu biểu tượng {file} ({expected})", en: "Icon {file} ({expected}) is missing" },
  iconSizeConflict: {
    vi: "Ảnh “{resid}” được dùng ở nhiều kích thước: {sizes}",
    en: "Image “{resid}” is used at several sizes: {sizes}",
  },
  iconUnchecked: {
    vi: "Biểu tượng “{url}” nằm ngoài bản dựng nên không kiểm tra được kích thước",
    en: "Icon “{url}” is outside the build, so its size cannot be checked",
  },
} as const satisfies Record<string, Message>;
