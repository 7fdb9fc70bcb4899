/**
 * The `prefab` command line. `run(argv, io)` is the whole program as a function (the
 * tests call it directly); `main()` binds it to the real process for `bin/prefab.js`.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { fmtCommand } from "./fmt.js";
import { type CliIO, EXIT_OK, EXIT_USAGE, nodeIO, UsageError } from "./io.js";
import { lintCommand, parseTheme } from "./lint.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";

export const HELP = `prefab — tools for Prefab UI envelopes (protocol 0.2 and 0.3)

Usage:
  prefab validate <file|-> [--quiet]     check an envelope; one line per issue, exit 1 on any error
  prefab lint <file|-> [--theme light|dark|both] [--strict] [--quiet]
                                         accessibility warnings (labels, alt text, chart
                                         titles, colour contrast); exit 0 unless --strict
  prefab fmt <file|-> [--write] [--compact]
                                         upgrade to 0.3 and pretty-print (or rewrite the file)
  prefab schema [--out <dir>] [--tokens] print the envelope JSON Schema, or write
                                         envelope.schema.json and manifest.json into <dir>

Options:
  -q, --quiet     validate: hide warnings; lint: print only the summary (and parse errors)
  --theme         lint: theme(s) for contrast checks (default: the envelope's mode, else both)
  --strict        lint: exit 1 when there is any finding
  -w, --write     fmt: rewrite the file in place (refused when it has errors)
  -c, --compact   fmt: drop props equal to the renderer defaults
  -o, --out       schema: output directory
  --tokens        schema: print the approximate token cost per component on stderr
  -h, --help      show this help
  -v, --version   show the version

Use "-" to read the envelope from standard input.
`;

/** The package version, read at run time so the built and source CLIs agree. */
export function version(): string {
  // Both src/cli/main.ts and dist/cli/main.js sit two levels below package.json.
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

const options = {
  quiet: { type: "boolean", short: "q" },
  write: { type: "boolean", short: "w" },
  compact: { type: "boolean", short: "c" },
  out: { type: "string", short: "o" },
  tokens: { type: "boolean" },
  theme: { type: "string" },
  strict: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function oneInput(command: string, positionals: string[]): string {
  const [source, ...extra] = positionals;
  if (source === undefined) throw new UsageError(`${command} needs a file (or - for standard input)`);
  if (extra.length > 0) throw new UsageError(`${command} takes one file, got ${positionals.length}`);
  return source;
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: true,
    });
    if (values.version) {
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.stdout(HELP);
      return command === undefined && !values.help ? EXIT_USAGE : EXIT_OK;
    }
    switch (command) {
      case "validate":
        return await validateCommand(io, oneInput(command, rest), { quiet: values.quiet ?? false });
      case "lint": {
        const theme = parseTheme(values.theme);
        return await lintCommand(io, oneInput(command, rest), {
          ...(theme !== undefined ? { theme } : {}),
          quiet: values.quiet ?? false,
          strict: values.strict ?? false,
        });
      }
      case "fmt":
        return await fmtCommand(io, oneInput(command, rest), {
          write: values.write ?? false,
          compact: values.compact ?? false,
        });
      case "schema":
        if (rest.length > 0) throw new UsageError("schema takes no file; use --out <dir>");
        return await schemaCommand(io, {
          ...(values.out !== undefined ? { out: values.out } : {}),
          tokens: values.tokens ?? false,
        });
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    // parseArgs signals bad flags with coded TypeErrors; they are usage mistakes too.
    const code = (e as { code?: unknown }).code;
    if (e instanceof UsageError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))) {
      io.stderr(`prefab: ${(e as Error).message}\nRun "prefab --help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (typeof code === "string" && (code === "ENOENT" || code === "EISDIR" || code === "EACCES")) {
      io.stderr(`prefab: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

/** Entry point for `bin/prefab.js`. */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  io: CliIO = nodeIO(),
): Promise<void> {
  process.exitCode = await run(argv, io);
}
