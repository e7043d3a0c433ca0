/**
 * `npm run eval:mentions [--min=0.75] [--narrow] [--no-links] [--verbose]`:
 * the entry point; tools/eval-mentions/evaluate-mentions.ts does the work.
 */
import { evaluateMentions, parseEvalArgs } from "../tools/eval-mentions/evaluate-mentions";

evaluateMentions(parseEvalArgs(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
