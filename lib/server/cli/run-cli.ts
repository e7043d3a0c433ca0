/**
 * The `hallway` command line (scripts/hallway.ts is its entry point): picks
 * the command, runs it, and turns any error into a message and an exit
 * status (errors.ts). Commands live in commands/, one file each, and call
 * services; nothing here queries the database itself.
 *
 * Development tools (tools/synth) add their commands through `extra`, so
 * the product's command line does not depend on them.
 */
import { PROGRAMME_FORMATS } from "@/lib/core/programme/detect-format";
import { demoCommand } from "./commands/demo";
import { detectCommand } from "./commands/detect";
import { importCommand } from "./commands/import-programme";
import { speakersCommand } from "./commands/speakers";
import { writeupsCommand } from "./commands/writeups";
import { reportError, UsageError } from "./errors";

export interface CliCommand {
  run: (args: string[]) => Promise<void>;
  /** Usage lines, without the "npm run hallway -- " prefix. */
  usage: string[];
}

const COMMANDS: Record<string, CliCommand> = {
  import: { run: importCommand, usage: [`import <file|-> [--conference <slug>] [--format <${PROGRAMME_FORMATS.join("|")}>] [--dry-run]`] },
  detect: { run: detectCommand, usage: ["detect <file.md> [--conference <slug> ...] [--links]"] },
  speakers: { run: speakersCommand, usage: ["speakers merge <keep-slug> <duplicate-slug>"] },
  writeups: { run: writeupsCommand, usage: ["writeups import <file.md ...> --author <email>", "writeups export --author <email> <dir|file.zip>"] },
  demo: { run: demoCommand, usage: ["demo [--reset [--yes]]"] },
};

export function usageOf(commands: Record<string, CliCommand>): string {
  return ["Usage:", ...Object.values(commands).flatMap((c) => c.usage.map((line) => `  npm run hallway -- ${line}`))].join("\n");
}

/** Runs one command line (without "node script"); resolves to the exit status. */
export async function runCli(argv: string[], extra: Record<string, CliCommand> = {}): Promise<number> {
  const commands = { ...COMMANDS, ...extra };
  const usage = usageOf(commands);
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "help" || name === "--help") {
      console.log(usage);
      return 0;
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    await command.run(rest);
    return 0;
  } catch (error) {
    return reportError(error, usage);
  }
}
