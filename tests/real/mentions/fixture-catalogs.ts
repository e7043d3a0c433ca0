/**
 * Catalogs for the real shared fixtures (../shared), for the real-data
 * mention tests in tests/real/mentions and `scripts/eval-mentions.ts`. The report texts are read at run time and
 * never copied into the repo (they are copyrighted).
 *
 * Schedules go through the schedule parsers in lib/core/schedule when they
 * exist (parseFrabXml, parseIcal); until then a small local reader stands
 * in, so the eval does not depend on that work being finished. Either way
 * the catalog keeps what an importer would keep: the schedule's own id as
 * talk id, its slug and URL (so links to the schedule page count), the day,
 * and speakers by the schedule's person id or name.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { XMLParser } from "fast-xml-parser";
import type { Catalog, CatalogSpeaker, CatalogTalk } from "../../../lib/core/mentions/types";
import type { Programme, TalkKind } from "../../../lib/core/programme/types";
import { normalizeName } from "../../../lib/core/text/normalize";
import { slugify } from "../../../lib/core/text/slugify";

import { repoRoot, sharedDir, sharedPath } from "../shared";

export { repoRoot, sharedDir, sharedPath };
/** The labelled reports are what these catalogs serve; without them there is nothing to evaluate. */
export const hasShared = (): boolean => existsSync(sharedPath("fixtures", "mentions"));

/** Which loader produced a catalog: the project's parser or the stand-in. */
export const loaderUsed: Record<string, "lib/core/schedule" | "local stand-in"> = {};

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
  const sessions = JSON.parse(readFileSync(sharedPath("fixtures", "dockercon-eu-2017", "sessions.json"), "utf8")) as DockerconSession[];
  const speakers = new Map<string, CatalogSpeaker>();
  const talks: CatalogTalk[] = sessions.map((s) => ({
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

type FrabParser = (xml: string) => Programme;
type IcalParser = (text: string) => Programme;

async function optionalParser<T>(file: string, name: string): Promise<T | null> {
  const full = path.join(repoRoot, "lib", "core", "schedule", file);
  if (!existsSync(full)) return null;
  try {
    const mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
    return typeof mod[name] === "function" ? (mod[name] as T) : null;
  } catch {
    return null;
  }
}

export async function loadScheduleCatalog(relativePath: string): Promise<Catalog> {
  const file = sharedPath("fixtures", "schedules", relativePath);
  const text = readFileSync(file, "utf8");
  const slug = path.basename(relativePath).replace(/-schedule\.\w+$/, "").replace(/\.\w+$/, "");
  if (file.endsWith(".xml")) {
    const parse = await optionalParser<FrabParser>("parse-frab-xml.ts", "parseFrabXml");
    let programme: Programme | null = null;
    if (parse) {
      try {
        programme = parse(text);
      } catch {
        programme = null;
      }
    }
    loaderUsed[relativePath] = programme ? "lib/core/schedule" : "local stand-in";
    return frabToCatalog(programme ?? readFrabXml(text), slug, frabSlugs(text));
  }
  const parse = await optionalParser<IcalParser>("parse-ical.ts", "parseIcal");
  let programme: Programme | null = null;
  if (parse) {
    try {
      programme = parse(text);
    } catch {
      programme = null;
    }
  }
  loaderUsed[relativePath] = programme ? "lib/core/schedule" : "local stand-in";
  return programmeToCatalog(programme ?? readIcs(text), slug);
}

/**
 * Frab/Pentabarf events carry a slug that the schedule's own URLs use; older
 * exports (FOSDEM 2020) have no <url>. The importer keeps the slug, so the
 * catalog does too.
 */
function frabSlugs(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<event\b[^>]*\bid="(\d+)"[^>]*>[\s\S]*?<slug>([^<]*)<\/slug>/g)) out.set(m[1]!, m[2]!);
  return out;
}

function frabToCatalog(programme: Programme, conferenceSlug: string, slugs: Map<string, string>): Catalog {
  const catalog = programmeToCatalog(programme, conferenceSlug);
  for (const talk of catalog.talks) {
    const slug = slugs.get(talk.id);
    if (slug) talk.slug = slug;
  }
  return catalog;
}

export function programmeToCatalog(programme: Programme, conferenceSlug: string): Catalog {
  const speakerId = new Map<string, string>();
  const speakers: CatalogSpeaker[] = [];
  for (const s of programme.speakers) {
    const id = s.sourceId ?? s.key;
    speakerId.set(s.key, id);
    speakers.push({ id, slug: slugify(s.name) || id, name: s.name });
  }
  const talks: CatalogTalk[] = programme.talks.map((t, i) => {
    // Only the talk's own page: an event's other links (project sites, videos) are not the talk.
    return {
      id: t.sourceId ?? t.url ?? String(i),
      slug: (t.url ? lastSegment(t.url) : "") || slugify(t.title),
      conference: conferenceSlug,
      title: t.title,
      kind: t.kind,
      day: t.day ?? null,
      track: t.track ?? null,
      speakerIds: t.speakerKeys.map((k) => speakerId.get(k) ?? k),
      urls: t.url ? [t.url] : [],
    };
  });
  const c = programme.conference;
  return {
    conferences: [{ slug: conferenceSlug, name: c.name, startsOn: c.startsOn ?? null, endsOn: c.endsOn ?? null }],
    talks,
    speakers,
  };
}

function lastSegment(url: string): string {
  return url.replace(/[?#].*$/, "").replace(/\/+$/, "").split("/").pop() ?? "";
}

// A stand-in Pentabarf/frab reader: just what the catalog needs.
function readFrabXml(xml: string): Programme {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", parseTagValue: false });
  const doc = parser.parse(xml) as { schedule: Record<string, unknown> };
  const schedule = doc.schedule;
  const conf = schedule.conference as Record<string, unknown>;
  const speakers = new Map<string, { key: string; sourceId: string; name: string }>();
  const talks: Programme["talks"] = [];
  for (const day of asArray(schedule.day)) {
    const date = String((day as Record<string, unknown>)["@date"] ?? "");
    for (const room of asArray((day as Record<string, unknown>).room)) {
      for (const ev of asArray((room as Record<string, unknown>).event)) {
        const e = ev as Record<string, unknown>;
        const keys: string[] = [];
        const persons = (e.persons as Record<string, unknown> | undefined)?.person;
        for (const p of asArray(persons)) {
          const person = p as Record<string, unknown>;
          const id = String(person["@id"] ?? "");
          const name = text(person);
          if (!name) continue;
          if (!speakers.has(id)) speakers.set(id, { key: id, sourceId: id, name });
          keys.push(id);
        }
        const type = text(e.type).toLowerCase();
        const kind: TalkKind = type === "keynote" ? "keynote" : /lightning/.test(type) ? "lightning" : /workshop/.test(type) ? "workshop" : "talk";
        const url = text(e.url);
        talks.push({
          sourceId: String(e["@id"] ?? ""),
          title: text(e.title),
          kind,
          track: text(e.track) || undefined,
          room: text(e.room) || undefined,
          day: date || undefined,
          ...(url ? { url } : {}),
          speakerKeys: keys,
        });
      }
    }
  }
  return {
    conference: { name: text(conf.title), startsOn: text(conf.start) || undefined, endsOn: text(conf.end) || undefined },
    speakers: [...speakers.values()],
    talks,
  };
}

function asArray(x: unknown): unknown[] {
  if (x === undefined || x === null) return [];
  return Array.isArray(x) ? x : [x];
}

function text(x: unknown): string {
  if (x === undefined || x === null) return "";
  if (typeof x === "string" || typeof x === "number") return String(x).trim();
  if (typeof x === "object" && "#text" in (x as Record<string, unknown>)) return String((x as Record<string, unknown>)["#text"]).trim();
  return "";
}

// A stand-in iCalendar reader for the PyCon UK file: speakers live in the
// SUMMARY, "Title (talk by Name)".
function readIcs(ics: string): Programme {
  const unfolded = ics.replace(/\r?\n[ \t]/g, "");
  const speakers = new Map<string, { key: string; name: string }>();
  const talks: Programme["talks"] = [];
  for (const block of unfolded.split("BEGIN:VEVENT").slice(1)) {
    const field = (name: string): string => {
      const m = new RegExp(`^${name}(?:;[^:\\n]*)?:(.*)$`, "m").exec(block);
      return m ? m[1]!.replace(/\\([,;\\])/g, "$1").replace(/\\n/gi, " ").trim() : "";
    };
    const summary = field("SUMMARY");
    if (!summary) continue;
    let title = summary;
    let kind: TalkKind = "other";
    let names: string[] = [];
    const by = /^(.*)\((talk|workshop|panel|keynote)?\s*by ([^)]*)\)\s*$/i.exec(summary);
    if (by) {
      title = by[1]!.trim();
      kind = (by[2]?.toLowerCase() as TalkKind | undefined) ?? "talk";
      names = by[3]!.split(/\s*(?:,|&| and )\s*/).filter(Boolean);
    } else if (/^keynote\b/i.test(summary)) {
      kind = "keynote";
      const who = /^keynote:\s*([^,]+)/i.exec(summary);
      if (who) names = [who[1]!.trim()];
    }
    const keys = names.map((name) => {
      const key = normalizeName(name);
      if (!speakers.has(key)) speakers.set(key, { key, name });
      return key;
    });
    const start = field("DTSTART");
    const url = field("URL");
    talks.push({
      sourceId: url || field("UID"),
      title,
      kind,
      day: start ? londonDay(start) : undefined,
      ...(url ? { url } : {}),
      speakerKeys: keys,
    });
  }
  return { conference: { name: "PyCon UK 2015", startsOn: "2015-09-18", endsOn: "2015-09-22" }, speakers: [...speakers.values()], talks };
}

/** 20150918T143000Z → the local (BST, UTC+1) date. */
function londonDay(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(stamp);
  if (!m) return "";
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]) + 1, Number(m[5])));
  return d.toISOString().slice(0, 10);
}
