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
import { createWriteup, type MentionInput } from "@/lib/server/services/save-writeup";
import type { Programme } from "@/lib/core/programme/types";
import { parseDockerconCatalog } from "./dockercon-catalog";
import { locate, reportToMarkdown } from "./trip-report";
import containerCamp from "./container-camp-au-2017.json";

export const DEMO_AUTHOR = { email: "demo@hallway.example", name: "Demo Attendee", username: "demo" } as const;

export function sharedDir(): string {
  return path.resolve(process.env.HALLWAY_SHARED_DIR ?? path.join(process.cwd(), "..", "shared"));
}

interface Labels {
  talks: { id: string; mentions: { text: string; offset: number }[] }[];
  speakers: { name: string; mentions: { text: string; offset: number }[] }[];
}

function containerCampProgramme(): Programme {
  return {
    conference: containerCamp.conference,
    speakers: containerCamp.speakers.map((s) => ({ key: s.id, ...s })),
    talks: containerCamp.talks.map((t) => ({
      title: t.title,
      kind: t.kind as Programme["talks"][number]["kind"],
      ...("level" in t && t.level ? { level: t.level } : {}),
      ...("abstract" in t && t.abstract ? { abstract: t.abstract } : {}),
      speakerKeys: t.speakers,
    })),
  };
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
  const labelsFile = path.join(shared, "fixtures/mentions/seed-dockercon-eu-2017.labels.json");
  if (!existsSync(reportFile) || !existsSync(labelsFile)) {
    notes.push(`demo writeup skipped: ${reportFile} not found`);
    return { seeded: true, notes };
  }
  const report = reportToMarkdown(readFileSync(reportFile, "utf8"));
  const labels = JSON.parse(readFileSync(labelsFile, "utf8")) as Labels;
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: "dockercon-eu-2017" } });
  const talks = await db.talk.findMany({ where: { conferenceId: conference.id }, select: { id: true, sourceId: true } });
  const speakers = await db.speaker.findMany({ select: { id: true, name: true } });
  const talkBySource = new Map(talks.map((t) => [t.sourceId, t.id]));
  const speakerByName = new Map(speakers.map((s) => [s.name, s.id]));

  // Until mention detection lands, the demo's links come from the gold labels.
  const mentions: MentionInput[] = [];
  for (const talk of labels.talks) {
    const talkId = talkBySource.get(talk.id);
    for (const m of talk.mentions) {
      const at = locate(report.body, m.text, m.offset, report.headerLength);
      if (talkId && at) mentions.push({ kind: "talk", talkId, ...at, text: m.text, source: "confirmed", reason: "seed label" });
    }
  }
  for (const speaker of labels.speakers) {
    const speakerId = speakerByName.get(speaker.name);
    for (const m of speaker.mentions) {
      const at = locate(report.body, m.text, m.offset, report.headerLength);
      if (speakerId && at) mentions.push({ kind: "speaker", speakerId, ...at, text: m.text, source: "confirmed", reason: "seed label" });
    }
  }

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
