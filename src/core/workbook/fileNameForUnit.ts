/**
 * A safe, readable file name for a unit's workbook (`So-theo-doi_So-Noi-vu_2024-Q1.xlsx`): diacritics
 * folded so the name survives email and every file system, and made unique within one batch.
 */
export function fileNameForUnit(unitName: string, period: string, used: Set<string>): string {
  const folded = unitName
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, (ch) => (ch === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const base = `So-theo-doi_${folded || "don-vi"}_${period}`;
  let name = `${base}.xlsx`;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.xlsx`;
  used.add(name.toLowerCase());
  return name;
}
