/**
 * Reads the DockerCon Europe 2017 session catalog (../shared/fixtures/
 * dockercon-eu-2017/sessions.json) into a normalized Programme.
 *
 * The catalog is hand-collected, not a schedule export: days are free text
 * ("Tue 17 Oct 2017, starts ~09:00", "2017-10-17"), kinds are descriptive
 * ("keynote/general session", "breakout"), affiliations carry the role in
 * parentheses ("Docker (CEO)"), and two sessions have no known title.
 */
import type { Programme, ProgrammeSpeaker, ProgrammeTalk, TalkKind } from "@/lib/core/programme/types";
import { slugify } from "@/lib/core/text/slugify";

interface CatalogSession {
  id: string;
  title: string | null;
  kind: string | null;
  track: string | null;
  day: string | null;
  speakers: { name: string; affiliation: string | null }[];
}

const MONTHS: Record<string, string> = { Jan: "01", Feb: "02", Mar: "03", Apr: "04", May: "05", Jun: "06", Jul: "07", Aug: "08", Sep: "09", Oct: "10", Nov: "11", Dec: "12" };
// Copenhagen was on CEST (UTC+2) until 29 October 2017.
const OFFSET = "+02:00";

function kindOf(kind: string | null): TalkKind {
  const k = (kind ?? "").toLowerCase();
  if (k.includes("keynote") || k.includes("general session")) return "keynote";
  if (k.includes("workshop")) return "workshop";
  if (k.includes("panel")) return "panel";
  if (k.includes("summit") && !k.includes("talk")) return "other";
  return "talk";
}

function parseDay(day: string | null): { day?: string; startsAt?: string; endsAt?: string } {
  if (!day) return {};
  const iso = day.match(/^(\d{4}-\d{2}-\d{2})/);
  const text = day.match(/(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/);
  const date = iso?.[1] ?? (text ? `${text[3]}-${MONTHS[text[2]!]}-${text[1]!.padStart(2, "0")}` : undefined);
  if (!date) return {};
  const range = day.match(/(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})/);
  const start = range?.[1] ?? day.match(/starts ~?(\d{2}:\d{2})/)?.[1];
  return {
    day: date,
    ...(start ? { startsAt: `${date}T${start}:00${OFFSET}` } : {}),
    ...(range?.[2] ? { endsAt: `${date}T${range[2]}:00${OFFSET}` } : {}),
  };
}

/** "Docker (CEO)" → Docker, CEO; "Finnish Rail (VR)" keeps its acronym. */
function splitAffiliation(raw: string | null): { affiliation?: string; role?: string } {
  if (!raw) return {};
  const m = raw.match(/^(.*?)\s*\(([^)]+)\)$/);
  if (!m || /^[A-Z]{1,5}$/.test(m[2]!)) return { affiliation: raw };
  return { affiliation: m[1]!, role: m[2]! };
}

export function parseDockerconCatalog(sessions: CatalogSession[]): Programme {
  const speakers = new Map<string, ProgrammeSpeaker>();
  const talks: ProgrammeTalk[] = sessions.map((s) => {
    const keys = s.speakers.map((p) => {
      const key = slugify(p.name);
      const known = speakers.get(key);
      const parts = splitAffiliation(p.affiliation);
      if (!known) speakers.set(key, { key, name: p.name, ...parts });
      else if (!known.affiliation && parts.affiliation) Object.assign(known, parts);
      return key;
    });
    const names = s.speakers.map((p) => p.name);
    const title = s.title ?? `Untitled talk by ${names.join(" and ")}`;
    return {
      sourceId: s.id,
      title,
      kind: kindOf(s.kind),
      ...(s.track ? { track: s.track } : {}),
      ...parseDay(s.day),
      speakerKeys: keys,
    };
  });
  return {
    conference: {
      slug: "dockercon-eu-2017",
      name: "DockerCon Europe 2017",
      startsOn: "2017-10-16",
      endsOn: "2017-10-19",
      timezone: "Europe/Copenhagen",
      location: "Copenhagen, Denmark",
      venue: "Bella Center",
      description: "Docker's European conference: general sessions, breakout tracks, workshops and the Moby Summit.",
    },
    speakers: [...speakers.values()],
    talks,
  };
}
