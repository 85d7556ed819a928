import { main } from "../../src/cli/main";

/** Runs `par-tracker` in-process and captures what it prints, as a user's terminal would see it. */
export async function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd,
    isTty: false,
  });
  return { code, stdout, stderr };
}
