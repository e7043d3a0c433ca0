/**
 * `npm start` / `npm run dev`: the entry point; lib/server/cli/start.ts does
 * the work (migrate, demo content, build if stale, serve).
 */
import { startHallway } from "@/lib/server/cli/start";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

startHallway({ dev: process.argv.includes("--dev") }).catch((error: unknown) => {
  console.error(`hallway: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
