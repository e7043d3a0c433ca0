/**
 * Hallway JSON (the documented, hand-typed format; schema and rules in
 * lib/validations/programme.ts) → Programme.
 *
 * Validation is the shared zod schema; its first problem becomes a
 * ProgrammeError with the JSON path, the field, the value and the record
 * ("talk 'Foo' ($.talks[3].start): field 'start' is '25:99', not a time …"),
 * plus how many more problems there are. Speaker ids are the speaker keys and
 * sourceIds; talk ids are talk sourceIds. "HH:MM" times are read on the talk's
 * day in conference.timezone (else options.conference.timezone, else UTC).
 */
import type { z } from "zod";
import type { Programme, ProgrammeConference, ProgrammeTalk } from "./types";
import { hallwayProgrammeSchema, type HallwayProgramme } from "../../validations/programme";
import { finishProgramme, type ParseOptions } from "./programme-builder";
import { describeRecord, quoteValue, ProgrammeError, type ProgrammeErrorLocation } from "./programme-error";
import { jsonPath, parseJson } from "./source-position";
import { formatInstant, formatWithOffset, instantOf, localDay, localToInstant, parseClock, parseIsoDate, parseIsoDateTime } from "./zoned-time";

export function parseHallwayJson(text: string, options: ParseOptions = {}): Programme {
  return programmeFromHallway(parseJson(text), options);
}

export function programmeFromHallway(data: unknown, options: ParseOptions = {}): Programme {
  const result = hallwayProgrammeSchema.safeParse(data);
  if (!result.success) throw programmeErrorFromZod(result.error, data);
  return hallwayToProgramme(result.data, options);
}

/** A validated Hallway programme → the normalized Programme. */
export function hallwayToProgramme(h: HallwayProgramme, options: ParseOptions = {}): Programme {
  const zone = h.conference.timezone ?? options.conference?.timezone;
  const conference: ProgrammeConference = { ...h.conference, timezone: zone };
  const speakers = h.speakers.map((s) => ({
    key: s.id,
    sourceId: s.id,
    name: s.name,
    affiliation: s.affiliation,
    role: s.role,
    bio: s.bio,
    links: s.links,
  }));
  const talks: ProgrammeTalk[] = h.talks.map((t) => {
    const start = t.start ? toInstant(t.start, t.day, zone) : undefined;
    const end = t.end ? toInstant(t.end, t.day, zone) : undefined;
    return {
      sourceId: t.id,
      title: t.title,
      subtitle: t.subtitle,
      abstract: t.abstract,
      kind: t.kind,
      level: t.level,
      track: t.track,
      room: t.room,
      day: t.day ?? start?.day,
      startsAt: start?.iso,
      endsAt: end?.iso,
      url: t.url,
      links: t.links,
      speakerKeys: [...new Set(t.speakers)],
    };
  });
  return finishProgramme(conference, speakers.map(dropUndefined), talks, options);
}

function toInstant(value: string, day: string | undefined, zone: string | undefined): { iso: string; day: string } | undefined {
  const clock = parseClock(value);
  if (clock !== null) {
    const dayMs = day ? parseIsoDate(day) : null;
    if (dayMs === null) return undefined;
    const ms = localToInstant(dayMs, clock, zone);
    return { iso: formatInstant(ms, zone), day: localDay(ms, zone) };
  }
  const parsed = parseIsoDateTime(value);
  if (!parsed) return undefined;
  const ms = instantOf(parsed, zone);
  if (zone) return { iso: formatInstant(ms, zone), day: localDay(ms, zone) };
  const iso = formatWithOffset(ms, parsed.offset ?? null);
  return { iso, day: iso.slice(0, 10) };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The first zod issue as a ProgrammeError. `locate` maps an issue path to a
 * line and record name (the CSV reader knows rows); by default the JSON path
 * and the talk or speaker title are used.
 */
export function programmeErrorFromZod(
  error: z.ZodError,
  data: unknown,
  locate?: (path: readonly PropertyKey[]) => ProgrammeErrorLocation,
): ProgrammeError {
  const issue = error.issues[0];
  if (!issue) return new ProgrammeError("the programme is not valid");
  const path = issue.path;
  const field = [...path].reverse().find((p): p is string => typeof p === "string") ?? "value";
  const value = valueAt(data, path);
  const lastIsField = typeof path[path.length - 1] === "string";
  const label = lastIsField ? `field '${field}'` : `field '${field}${path.slice(path.lastIndexOf(field) + 1).map((p) => `[${String(p)}]`).join("")}'`;
  let reason: string;
  if (value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    reason = `${label} is missing`;
  } else if (issue.code === "unrecognized_keys") {
    reason = `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
  } else {
    const message = issue.code === "invalid_type" ? `not ${article(issue.expected)}` : issue.message;
    reason = `${label} is ${quoteValue(value)}, ${message}`;
  }
  const more = error.issues.length - 1;
  if (more > 0) reason += ` (and ${more} more problem${more > 1 ? "s" : ""})`;
  const location = locate?.(path) ?? { path: jsonPath(path.filter((p): p is string | number => typeof p !== "symbol")), subject: subjectFor(data, path) };
  return new ProgrammeError(reason, { ...location, field });
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

function subjectFor(data: unknown, path: readonly PropertyKey[]): string | undefined {
  const [section, index] = path;
  if (typeof index !== "number") return section === "conference" ? "conference" : undefined;
  const record = valueAt(data, [section ?? "", index]) as Record<string, unknown> | undefined;
  if (section === "talks") return describeRecord("talk", record?.title);
  if (section === "speakers") return describeRecord("speaker", record?.name ?? record?.id);
  return undefined;
}
