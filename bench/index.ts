/**
 * `npm run bench`: prints the product's performance figures. Nothing here is asserted: timings on a
 * shared 2-core machine vary, so tests never depend on them.
 */
import { benchConsolidate } from "./consolidate";
import { benchExcelWriter } from "./excelWriter";
import { benchPane } from "./pane";
import { benchSummary } from "./summary";
import { benchValidate } from "./validate";
import { benchXlsxWorkbook } from "./xlsxWorkbook";

const BENCHES: { name: string; run: () => Promise<string[]> }[] = [
  { name: "xlsx workbook", run: () => benchXlsxWorkbook() },
  { name: "Excel writer", run: () => benchExcelWriter() },
  { name: "validate", run: () => benchValidate() },
  { name: "summary", run: () => benchSummary() },
  { name: "consolidate", run: () => benchConsolidate() },
  { name: "pane", run: () => benchPane() },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const bench of BENCHES) {
    if (only.length > 0 && !only.some((o) => bench.name.toLowerCase().includes(o.toLowerCase()))) continue;
    const lines = await bench.run();
    process.stdout.write(lines.join("\n") + "\n\n");
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
