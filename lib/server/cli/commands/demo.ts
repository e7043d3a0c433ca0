/** `hallway demo [--reset [--yes]]`: load the demo content, or delete it and load it again. */
import { parseArgs } from "node:util";
import { planDemoReset, resetDemo, seedDemo, type DemoSummary } from "@/prisma/seed/seed-demo";
import { NeedsConfirmation, UsageError } from "../errors";
import { plural } from "../io";
import { withDb } from "../with-db";

function printDemo(s: DemoSummary) {
  console.log(`Loaded the demo: ${plural(s.conferences, "conference")}, ${plural(s.talks, "talk")}, ${plural(s.speakers, "speaker")}, ${plural(s.authors, "author")}.`);
  for (const w of s.writeups) console.log(`  /writeups/${w.slug}: ${plural(w.talks, "talk")} and ${plural(w.speakers, "speaker")} linked`);
}

export async function demoCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { reset: { type: "boolean", default: false }, yes: { type: "boolean", default: false } } });
  if (values.yes && !values.reset) throw new UsageError("--yes goes with --reset");
  await withDb(async (db) => {
    if (!values.reset) {
      const result = await seedDemo(db);
      if (!result.summary) throw new NeedsConfirmation(result.notes.join("; "));
      return printDemo(result.summary);
    }
    if (!values.yes) {
      const plan = await planDemoReset(db);
      const lines = [
        "demo --reset deletes, then loads the demo again:",
        ...plan.conferences.map((c) => `  the conference ${c.name} (${c.slug}) and its ${plural(c.talks, "talk")}`),
        `  ${plural(plan.speakers, "speaker")} who speak only at these conferences`,
        ...plan.authors.map((a) => `  the demo author ${a.name} <${a.email}> and ${a.writeups === 1 ? "their writeup" : `their ${plural(a.writeups, "writeup")}`}`),
        ...(plan.otherWriteups.length
          ? [`It keeps ${plural(plan.otherWriteups.length, "other writeup")} that link${plan.otherWriteups.length === 1 ? "s" : ""} the demo, without those links: ${plan.otherWriteups.map((w) => `/writeups/${w.slug}`).join(", ")}`]
          : []),
        "Nothing else is touched. Run it again with --yes to go ahead.",
      ];
      throw new NeedsConfirmation(lines.join("\n"));
    }
    const { deleted, loaded } = await resetDemo(db);
    console.log(`Deleted ${plural(deleted.conferences.length, "demo conference")}, ${plural(deleted.speakers, "speaker")} and ${plural(deleted.authors.length, "demo author")} with their writeups.`);
    printDemo(loaded);
  });
}
