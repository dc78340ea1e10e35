/** The process surface main() needs, so tests can run it without a real terminal. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  stdin: { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard input as text; tests supply it, the real process reads it on demand. */
  readStdin?: (limit: number) => Promise<string | Uint8Array>;
}

export function realIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
