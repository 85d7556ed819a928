/**
 * Opens an .xlsx in headless LibreOffice Calc, recalculates every formula, and hands back what a person
 * would see (each sheet as CSV text, as displayed) and the recalculated workbook (.xlsx bytes with fresh
 * cached values, to read with the XlsxAdapter for typed values).
 *
 * LibreOffice cannot run two instances on one profile, so conversions run one at a time, each with a
 * throwaway profile that forces recalculation on load. A missing LibreOffice is an error, never a skip:
 * the tests that use this harness fail with a message saying what to install.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import { delimiter, join } from "path";
import { pathToFileURL } from "url";

export interface LibreOfficeResult {
  /** Sheet name → rows of cell text as LibreOffice displays it (number formats applied). */
  sheets: Record<string, string[][]>;
  /** The workbook as LibreOffice saved it after recalculating. */
  xlsx: Buffer;
}

export interface LibreOfficeOptions {
  /** Path to soffice; default: $SOFFICE_PATH, then soffice on PATH, then the usual install folders. */
  soffice?: string;
  /** Per conversion; default 90 s. */
  timeoutMs?: number;
}

const INSTALL_HINT =
  "LibreOffice (soffice) was not found. Install LibreOffice Calc (Debian/Ubuntu: sudo apt-get install -y libreoffice-calc) " +
  "or set SOFFICE_PATH. CI installs it; the LibreOffice tests never skip.";

/** Calc → CSV, UTF-8, quoted text, cells formatted as shown, every sheet to its own file (LibreOffice ≥ 7.2). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";
const XLSX_FILTER = "xlsx:Calc MS Excel 2007 XML";

// OOXMLRecalcMode / ODFRecalcMode 0 = always recalculate on load, whatever the file's cached values say.
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Finds soffice, or throws the install hint. */
export function findSoffice(explicit?: string): string {
  const candidates = explicit
    ? [explicit]
    : [
        process.env.SOFFICE_PATH,
        ...(process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, "soffice")),
        "/usr/bin/soffice",
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
      ];
  const found = candidates.find((c): c is string => typeof c === "string" && c !== "" && existsSync(c));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  while (i < body.length) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs jobs one after another: one soffice at a time in this process. */
function serially<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

function convert(soffice: string, profile: string, filter: string, input: string, outDir: string, timeoutMs: number) {
  return new Promise<void>((resolve, reject) => {
    execFile(
      soffice,
      [
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--nodefault",
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--convert-to",
        filter,
        "--outdir",
        outDir,
        input,
      ],
      { timeout: timeoutMs, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.killed ? `timed out after ${timeoutMs} ms` : error.message;
          reject(new Error(`LibreOffice conversion (${filter}) failed: ${why}\n${stdout}\n${stderr}`));
        } else resolve();
      },
    );
  });
}

/**
 * Recalculates an .xlsx (a path or bytes) in LibreOffice and returns every sheet as displayed text plus
 * the recalculated .xlsx. Throws (never skips) when LibreOffice is missing or a conversion fails.
 */
export async function recalculateWithLibreOffice(
  input: string | Uint8Array,
  options: LibreOfficeOptions = {},
): Promise<LibreOfficeResult> {
  const soffice = findSoffice(options.soffice);
  const timeoutMs = options.timeoutMs ?? 90_000;
  return serially(async () => {
    const root = mkdtempSync(join(tmpdir(), "par-libreoffice-"));
    try {
      const profile = join(root, "profile");
      mkdirSync(join(profile, "user"), { recursive: true });
      writeFileSync(join(profile, "user", "registrymodifications.xcu"), REGISTRY);
      const source = join(root, "book.xlsx");
      writeFileSync(source, typeof input === "string" ? readFileSync(input) : input);
      const csvDir = join(root, "csv");
      const xlsxDir = join(root, "xlsx");
      mkdirSync(csvDir);
      mkdirSync(xlsxDir);
      await convert(soffice, profile, CSV_FILTER, source, csvDir, timeoutMs);
      await convert(soffice, profile, XLSX_FILTER, source, xlsxDir, timeoutMs);
      const sheets: Record<string, string[][]> = {};
      for (const file of readdirSync(csvDir)) {
        const match = /^book-(.*)\.csv$/s.exec(file);
        if (!match) continue;
        sheets[match[1]] = parseCsv(readFileSync(join(csvDir, file), "utf8"));
      }
      const recalculated = join(xlsxDir, "book.xlsx");
      if (Object.keys(sheets).length === 0 || !existsSync(recalculated)) {
        throw new Error(`LibreOffice produced no output for the workbook (files: ${readdirSync(root).join(", ")})`);
      }
      return { sheets, xlsx: readFileSync(recalculated) };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}
