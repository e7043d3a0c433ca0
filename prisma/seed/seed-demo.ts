/**
 * Loads Hallway's demo content into an empty database: Container Camp AU 2017
 * (typed from its programme page), DockerCon Europe 2017 (from the session
 * catalog in ../shared) and a DockerCon trip report published by a demo
 * attendee, linked to the talks and speakers it mentions.
 *
 * It runs only when the database has no conference, so a restart never
 * duplicates or overwrites anything a user changed.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/server/db";
import { importProgramme } from "@/lib/server/services/import-programme";
import { createWriteup } from "@/lib/server/services/save-writeup";
import { detectWriteupMentions } from "@/lib/server/services/writeup-mentions";
import type { Programme } from "@/lib/core/programme/types";
import { parseSchedule } from "@/lib/core/schedule/parse-schedule";
import { parseDockerconCatalog } from "./dockercon-catalog";
import { reportToMarkdown } from "./trip-report";

export const DEMO_AUTHOR = { email: "demo@hallway.example", name: "Demo Attendee", username: "demo" } as const;

export function sharedDir(): string {
  return path.resolve(process.env.HALLWAY_SHARED_DIR ?? path.join(process.cwd(), "..", "shared"));
}

function containerCampProgramme(): Programme {
  const file = path.join(process.cwd(), "prisma/seed/container-camp-au-2017.json");
  return parseSchedule(readFileSync(file, "utf8"), { filename: file, format: "hallway-json" });
}

export interface SeedResult {
  seeded: boolean;
  notes: string[];
}

export async function seedDemo(db: Db, log: (line: string) => void = () => undefined): Promise<SeedResult> {
  if ((await db.conference.count()) > 0) return { seeded: false, notes: ["database already has content"] };
  const notes: string[] = [];
  const shared = sharedDir();

  await importProgramme(db, containerCampProgramme());
  log("seed: Container Camp AU 2017");

  const catalogFile = path.join(shared, "fixtures/dockercon-eu-2017/sessions.json");
  if (!existsSync(catalogFile)) {
    notes.push(`DockerCon EU 2017 skipped: ${catalogFile} not found (set HALLWAY_SHARED_DIR)`);
    return { seeded: true, notes };
  }
  await importProgramme(db, parseDockerconCatalog(JSON.parse(readFileSync(catalogFile, "utf8"))));
  log("seed: DockerCon Europe 2017");

  const reportFile = path.join(shared, "seeds/001_196a8f7977896cb2.txt");
  if (!existsSync(reportFile)) {
    notes.push(`demo writeup skipped: ${reportFile} not found`);
    return { seeded: true, notes };
  }
  const report = reportToMarkdown(readFileSync(reportFile, "utf8"));
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: "dockercon-eu-2017" } });
  // The demo's links come from the same detector that links every published writeup.
  const { mentions } = await detectWriteupMentions(db, report.body, [conference.slug]);

  const author = await db.user.upsert({
    where: { email: DEMO_AUTHOR.email },
    update: {},
    create: { ...DEMO_AUTHOR, bio: "Goes to container conferences and writes them up.", role: "author" },
  });
  await createWriteup(db, {
    authorId: author.id,
    title: report.title,
    body: report.body,
    conferenceIds: [conference.id],
    status: "published",
    mentions,
  });
  log(`seed: writeup "${report.title}" with ${mentions.length} links`);
  return { seeded: true, notes };
}
