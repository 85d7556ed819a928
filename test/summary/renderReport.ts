/**
 * Renders an .xlsx to PDF with headless LibreOffice (in the vi-VN locale, so numbers print with a decimal
 * comma as in Vietnam), then each page to PNG with pdftoppm (Debian's poppler-utils), and reads the page
 * sizes with pdfinfo. Missing tools are an error with what to install, never a skip.
 */
import { execFile } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { findSoffice } from "../helpers/libreoffice";

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
<item oor:path="/org.openoffice.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const POPPLER_HINT =
  "pdftoppm/pdfinfo (poppler-utils) not found: install it (Debian/Ubuntu: sudo apt-get install -y poppler-utils).";

function run(command: string, args: string[], timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      if (error) {
        const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
        reject(
          new Error(missing && command !== "soffice" ? POPPLER_HINT : `${command} failed: ${error.message}\n${stderr}`),
        );
      } else resolve(stdout);
    });
  });
}

export interface RenderedReport {
  pdf: Buffer;
  /** PNG file paths, one per page, in `outDir`. */
  pages: string[];
  /** Page sizes in points, from pdfinfo (`842 x 595` is A4 landscape). */
  pageSizes: { width: number; height: number }[];
}

let queue: Promise<unknown> = Promise.resolve();

/** Renders the workbook's printable sheets to `outDir/<name>.pdf` and `outDir/<name>-<page>.png`. */
export function renderReport(xlsx: Uint8Array, outDir: string, name: string, dpi = 110): Promise<RenderedReport> {
  const job = async (): Promise<RenderedReport> => {
    const soffice = findSoffice();
    const root = mkdtempSync(join(tmpdir(), "par-render-"));
    try {
      const profile = join(root, "profile");
      mkdirSync(join(profile, "user"), { recursive: true });
      writeFileSync(join(profile, "user", "registrymodifications.xcu"), REGISTRY);
      const source = join(root, `${name}.xlsx`);
      writeFileSync(source, xlsx);
      await run(soffice, [
        "--headless",
        "--norestore",
        "--nolockcheck",
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--convert-to",
        "pdf",
        "--outdir",
        root,
        source,
      ]);
      const pdfPath = join(root, `${name}.pdf`);
      const pdf = readFileSync(pdfPath);
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, `${name}.pdf`), pdf);
      for (const old of readdirSync(outDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))) {
        rmSync(join(outDir, old));
      }
      await run("pdftoppm", ["-png", "-r", String(dpi), pdfPath, join(outDir, name)]);
      const pages = readdirSync(outDir)
        .filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))
        .sort()
        .map((f) => join(outDir, f));
      const info = await run("pdfinfo", ["-f", "1", "-l", "999", pdfPath]);
      const pageSizes = [...info.matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
        width: Number(m[1]),
        height: Number(m[2]),
      }));
      return { pdf, pages, pageSizes };
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  const result = queue.then(job, job);
  queue = result.catch(() => undefined);
  return result;
}
