/**
 * Catalogs for the real shared fixtures (../shared), for the real-data
 * mention tests in tests/real/mentions and `scripts/eval-mentions.ts`. The report texts are read at run time and
 * never copied into the repo (they are copyrighted).
 *
 * Schedules go through the project's own parsers (parseFrabXml, parseIcal),
 * so the figures measure what an import would give. A file that is missing
 * or doesn't parse fails loudly, naming the file: a quiet fallback would
 * score the detector against a different catalog than the product builds.
 * The catalog keeps what an importer would keep: the schedule's own id as
 * talk id, the title's slug, its addresses (talk-addresses.ts: so links to
 * the schedule page, the recording or a URL with the programme's id count), the day,
 * and speakers by the schedule's person id or name.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Catalog, CatalogSpeaker, CatalogTalk } from "../../../lib/core/mentions/types";
import type { Programme, TalkKind } from "../../../lib/core/programme/types";
import { parseFrabXml } from "../../../lib/core/programme/parse-frab-xml";
import { parseIcal } from "../../../lib/core/programme/parse-ical";
import { slugify } from "../../../lib/core/text/slugify";
import { talkAddressesOf } from "../../../lib/core/mentions/talk-addresses";

import { repoRoot, sharedDir, sharedPath } from "../shared";

export { repoRoot, sharedDir, sharedPath };
/** The labelled reports are what these catalogs serve; without them there is nothing to evaluate. */
export const hasShared = (): boolean => existsSync(sharedPath("fixtures", "mentions"));

/** Reads a fixture, or fails naming it and saying what is wrong. */
function readFixture(file: string): string {
  if (!existsSync(file)) throw new Error(`fixture ${file} is missing (set HALLWAY_SHARED_DIR to the folder that holds fixtures/)`);
  return readFileSync(file, "utf8");
}

/** Parses a fixture, or fails naming it, with the parser's message and the cause attached. */
function parseFixture<T>(file: string, what: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new Error(`fixture ${file} could not be read as ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

// ---------------------------------------------------------------- DockerCon

interface DockerconSession {
  id: string;
  title: string | null;
  kind: string;
  track: string | null;
  day: string | null;
  speakers: { name: string; affiliation: string | null }[];
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function loadDockerconCatalog(): Catalog {
  const file = sharedPath("fixtures", "dockercon-eu-2017", "sessions.json");
  const sessions = parseFixture(file, "JSON", () => JSON.parse(readFixture(file)) as unknown);
  if (!Array.isArray(sessions)) throw new Error(`fixture ${file} is not a list of sessions`);
  const speakers = new Map<string, CatalogSpeaker>();
  const talks: CatalogTalk[] = (sessions as DockerconSession[]).map((s) => ({
    id: s.id,
    slug: s.id,
    conference: "dockercon-eu-2017",
    // Two sessions have no known title: they keep their speakers but can only be found through them.
    title: s.title ?? "",
    kind: dockerconKind(s.kind),
    day: dockerconDay(s.day),
    track: s.track,
    speakerIds: s.speakers.map((p) => {
      const slug = slugify(p.name);
      if (!speakers.has(slug)) speakers.set(slug, { id: slug, slug, name: p.name });
      return slug;
    }),
  }));
  return {
    conferences: [{ slug: "dockercon-eu-2017", name: "DockerCon Europe 2017", startsOn: "2017-10-16", endsOn: "2017-10-19" }],
    talks,
    speakers: [...speakers.values()],
  };
}

function dockerconKind(kind: string): TalkKind {
  if (/keynote|general session/i.test(kind)) return "keynote";
  if (/workshop/i.test(kind)) return "workshop";
  if (/panel/i.test(kind)) return "panel";
  if (/summit$/i.test(kind)) return "other";
  return "talk";
}

/** "Tue 17 Oct 2017, starts ~09:00" or "2017-10-17" → "2017-10-17". */
function dockerconDay(day: string | null): string | null {
  if (!day) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(day)) return day.slice(0, 10);
  const m = /(\d{1,2}) (\w{3}) (\d{4})/.exec(day);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

// ---------------------------------------------------------------- schedules

export async function loadProgrammeCatalog(relativePath: string): Promise<Catalog> {
  const file = sharedPath("fixtures", "schedules", relativePath);
  const text = readFixture(file);
  const slug = path.basename(relativePath).replace(/-schedule\.\w+$/, "").replace(/\.\w+$/, "");
  if (file.endsWith(".xml")) return programmeToCatalog(parseFixture(file, "a frab XML schedule", () => parseFrabXml(text)), slug);
  if (file.endsWith(".ics")) return programmeToCatalog(parseFixture(file, "an iCalendar schedule", () => parseIcal(text)), slug);
  throw new Error(`fixture ${file}: no schedule parser for this kind of file (.xml or .ics)`);
}

export function programmeToCatalog(programme: Programme, conferenceSlug: string): Catalog {
  const speakerId = new Map<string, string>();
  const speakers: CatalogSpeaker[] = [];
  for (const s of programme.speakers) {
    const id = s.sourceId ?? s.key;
    speakerId.set(s.key, id);
    speakers.push({ id, slug: slugify(s.name) || id, name: s.name });
  }
  // What an import keeps and load-catalog reads back: the title's slug, and the
  // talk's addresses (its page, its slides and recording, the programme's ids).
  const talks: CatalogTalk[] = programme.talks.map((t, i) => ({
    id: t.sourceId ?? t.url ?? String(i),
    slug: slugify(t.title),
    conference: conferenceSlug,
    title: t.title,
    subtitle: t.subtitle ?? null,
    kind: t.kind,
    day: t.day ?? null,
    track: t.track ?? null,
    room: t.room ?? null,
    startsAt: t.startsAt ?? null,
    speakerIds: t.speakerKeys.map((k) => speakerId.get(k) ?? k),
    ...talkAddressesOf(t),
  }));
  const c = programme.conference;
  return {
    conferences: [{ slug: conferenceSlug, name: c.name, acronym: c.acronym ?? null, startsOn: c.startsOn ?? null, endsOn: c.endsOn ?? null }],
    talks,
    speakers,
  };
}

