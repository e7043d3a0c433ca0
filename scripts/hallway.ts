/**
 * The `hallway` command line's entry point; the commands are in
 * lib/server/cli (run `npm run hallway -- help` for the list).
 *
 * It works on whatever DATABASE_URL names, applying migrations first, so a
 * brand-new SQLite file is ready to use. Errors say what was wrong and where,
 * and exit with status 2 for bad input, 1 for anything else (other
 * DomainError codes: EXIT_STATUS in lib/core/errors.ts).
 */
import { runCli } from "@/lib/server/cli/run-cli";
import { SYNTH_COMMAND } from "@/tools/synth/command";

process.env.CHECKPOINT_DISABLE = "1";

process.exitCode = await runCli(process.argv.slice(2), { synth: SYNTH_COMMAND });
