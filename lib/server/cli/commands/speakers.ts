/** `hallway speakers merge <keep-slug> <duplicate-slug>`. */
import { mergeSpeakers } from "@/lib/server/services/merge-speakers";
import { UsageError } from "../errors";
import { withDb } from "../with-db";

export async function speakersCommand(args: string[]) {
  const [action, keep, duplicate, ...rest] = args;
  if (action !== "merge" || !keep || !duplicate || rest.length) throw new UsageError("speakers merge takes the slug to keep and the duplicate's slug");
  const summary = await withDb((db) => mergeSpeakers(db, keep, duplicate), { jobs: true });
  console.log(
    `Merged ${summary.merged.name} (${summary.merged.slug}) into ${summary.kept.name} (${summary.kept.slug}): ` +
      `${summary.talks} talks, ${summary.mentions} mentions, ${summary.writeupsRerendered} writeups re-rendered; /speakers/${summary.merged.slug} now redirects.`,
  );
}
