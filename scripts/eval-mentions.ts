/**
 * `npm run eval:mentions [--min=0.75] [--narrow] [--no-links] [--verbose] [--show-held-out]`:
 * the entry point; tools/eval-mentions/evaluate-mentions.ts does the work.
 */
import { evaluateMentions, parseEvalArgs } from "../tools/eval-mentions/evaluate-mentions";

evaluateMentions(parseEvalArgs(process.argv.slice(2)))
  .then(({ failed }) => {
    // Below the targets on the held-out split: fail, so a regression can't pass quietly.
    if (failed.length > 0) process.exitCode = 1;
  })
  .catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
