/**
 * What a command needs from the outside world. Commands take this object instead of
 * touching `process`, so tests run them as plain functions with in-memory streams.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";

export interface CliIO {
  /** The whole of standard input (read only when a command is given `-`). */
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  /** Standard output: the command's result (JSON, reports). */
  stdout(text: string): void;
  /** Standard error: diagnostics and tables that must not pollute piped output. */
  stderr(text: string): void;
}

/** Exit codes: 0 ok, 1 the input has errors, 2 the command line itself is wrong. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export function nodeIO(): CliIO {
  return {
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin)
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
      return Buffer.concat(chunks).toString("utf8");
    },
    readFile: (path) => readFile(path, "utf8"),
    writeFile: (path, text) => writeFile(path, text, "utf8"),
    mkdir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

/** Read a command's input: a file path, or `-` for standard input. */
export async function readInput(io: CliIO, source: string): Promise<string> {
  return source === "-" ? io.readStdin() : io.readFile(source);
}

/** The name shown in summaries: the file path, or `<stdin>`. */
export const inputName = (source: string): string => (source === "-" ? "<stdin>" : source);

export class UsageError extends Error {}
