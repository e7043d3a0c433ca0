/**
 * `hallway synth [--conferences N] [--talks N] [--speakers N] [--writeups N]`:
 * fills a fresh database with deterministic synthetic data for the
 * benchmarks. scripts/hallway.ts adds it to the command line; the product's
 * command line (lib/server/cli) doesn't know it.
 */
import { parseArgs } from "node:util";
import { UsageError } from "@/lib/server/cli/errors";
import { progressBar, type Progress } from "@/lib/server/cli/io";
import { withDb } from "@/lib/server/cli/with-db";
import type { CliCommand } from "@/lib/server/cli/run-cli";
import { hasSynthData, synthesize } from "./synthesize";

async function synthCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      conferences: { type: "string", default: "200" },
      talks: { type: "string", default: "50000" },
      speakers: { type: "string", default: "30000" },
      writeups: { type: "string", default: "100000" },
    },
  });
  const sizes = Object.fromEntries(
    Object.entries(values).map(([name, raw]) => {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1 || n > 10_000_000) throw new UsageError(`--${name} must be a whole number from 1 to 10000000, not "${raw}"`);
      return [name, n];
    }),
  ) as { conferences: number; talks: number; speakers: number; writeups: number };
  const started = Date.now();
  const bars = new Map<string, Progress | undefined>();
  const result = await withDb(async (db) => {
    if (await hasSynthData(db)) throw new UsageError("this database already has synthetic data; use a fresh DATABASE_URL");
    return synthesize(db, sizes, (stage, done, total) => {
      if (!bars.has(stage)) bars.set(stage, progressBar(stage.padEnd(13)));
      bars.get(stage)?.(done, total);
    });
  });
  console.log(
    `Synthesized ${result.conferences} conferences, ${result.talks} talks, ${result.speakers} speakers and ${result.writeups} writeups in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

export const SYNTH_COMMAND: CliCommand = {
  run: synthCommand,
  usage: ["synth [--conferences 200] [--talks 50000] [--speakers 30000] [--writeups 100000]"],
};
