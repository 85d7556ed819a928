/**
 * Where each worksheet of an .xlsx lives inside the archive, found the way Excel finds it: the package
 * relationship names the workbook part, whose relationships name each sheet's part.
 */
import { xmlAttributes } from "./xmlAttributes";
import type { ZipArchive } from "./zipArchive";

export interface SheetPart {
  name: string;
  /** Archive path, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

export interface WorkbookParts {
  /** Archive path of the workbook part, e.g. `xl/workbook.xml`. */
  workbook: string;
  sheets: SheetPart[];
}

const MAX_PART_BYTES = 32 * 1024 * 1024;

/** Resolves a relationship target against the folder of the part that holds the relationship. */
function resolveTarget(baseFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = baseFolder === "" ? [] : baseFolder.split("/");
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

function relationships(zip: ZipArchive, relsPath: string): Map<string, { type: string; target: string }> {
  const map = new Map<string, { type: string; target: string }>();
  if (!zip.has(relsPath)) return map;
  const xml = zip.readText(relsPath, MAX_PART_BYTES);
  for (const tag of xml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const a = xmlAttributes(tag);
    if (a.Id && a.Target) map.set(a.Id, { type: a.Type ?? "", target: a.Target });
  }
  return map;
}

/** The workbook part and its worksheets (not chart sheets), in workbook order; undefined when absent. */
export function workbookParts(zip: ZipArchive): WorkbookParts | undefined {
  const rootRels = relationships(zip, "_rels/.rels");
  const office = [...rootRels.values()].find((r) => r.type.endsWith("/officeDocument"));
  const workbook = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  if (!zip.has(workbook)) return undefined;
  const folder = workbook.includes("/") ? workbook.slice(0, workbook.lastIndexOf("/")) : "";
  const file = workbook.slice(folder.length === 0 ? 0 : folder.length + 1);
  const rels = relationships(zip, `${folder === "" ? "" : `${folder}/`}_rels/${file}.rels`);
  const xml = zip.readText(workbook, MAX_PART_BYTES);
  const sheets: SheetPart[] = [];
  for (const tag of xml.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const a = xmlAttributes(tag);
    const rel = a.id === undefined ? undefined : rels.get(a.id);
    if (!rel || !rel.type.endsWith("/worksheet") || a.name === undefined) continue;
    sheets.push({ name: a.name, path: resolveTarget(folder, rel.target) });
  }
  return { workbook, sheets };
}
