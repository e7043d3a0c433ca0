/**
 * The Hallway programme format: the zod schema shared by the importer
 * (Hallway JSON and, row by row, Hallway CSV), the programme forms and the
 * command line. A file looks like prisma/seed/container-camp-au-2017.json:
 *
 *   { "hallway": 1,
 *     "conference": { "name", "slug"?, "startsOn"?, "endsOn"?, "timezone"?, "location"?, "venue"?, "url"?, "description"? },
 *     "speakers": [{ "id", "name", "affiliation"?, "role"?, "bio"?, "links"?: [{ "label", "url" }] }],
 *     "talks": [{ "id"?, "title", "subtitle"?, "kind"?, "level"?, "track"?, "room"?, "day"?, "start"?, "end"?,
 *                 "abstract"?, "url"?, "links"?, "speakers": [speaker ids] }] }
 *
 * - kind is one of TALK_KINDS and defaults to "talk".
 * - day is YYYY-MM-DD. start/end are "HH:MM" on `day` in the conference
 *   time zone, or full ISO date-times with an offset ("2017-05-22T09:00:00+10:00").
 * - Speaker ids and talk ids are unique; a talk's speakers must be listed in
 *   `speakers`; end is not before start; an "HH:MM" start needs a day.
 * Objects are strict: an unknown field (a typo such as "speaker") is an error.
 * Messages are written to follow "field 'x' is 'value', …" (see ProgrammeError).
 *
 * The forms that feed an import (the admin upload, the speaker merge) have
 * their schemas here too, built from the same rules, so a limit is written
 * once; only their messages differ, being written for a person at a form.
 */
import { z } from "zod";
import { TALK_KINDS } from "../core/programme/types";
import { isValidTimeZone, parseClock, parseIsoDate, parseIsoDateTime } from "../core/programme/zoned-time";

/**
 * Programme files must be smaller than this (50 MB), in UTF-8 bytes: the
 * parser, the upload form and the command line all refuse at this size.
 * (Here rather than in parse-schedule.ts, which imports this module.)
 */
export const MAX_PROGRAMME_BYTES = 50_000_000;

/** Lower-case words of letters and digits joined by "-". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CONFERENCE_SLUG_MAX = 120;
/** Longer than any IANA zone name; refused before asking Intl. */
export const TIME_ZONE_MAX = 60;
export const SPEAKER_SLUG_INPUT_MAX = 200;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const requiredText = z.string().trim().min(1, "empty");

export const isoDateSchema = z
  .string()
  .trim()
  .refine((v) => parseIsoDate(v) !== null, "not a date (YYYY-MM-DD)");

/** "HH:MM" (local, on the talk's day) or an ISO date-time with an offset. */
export const talkTimeSchema = z
  .string()
  .trim()
  .refine((v) => parseClock(v) !== null || parseIsoDateTime(v)?.offset !== undefined, {
    message: "not a time (HH:MM) or a date and time with an offset (YYYY-MM-DDTHH:MM+HH:MM)",
  });

export const linkSchema = z.object({
  label: requiredText,
  url: z.url({ protocol: /^https?$/, message: "not an http(s) URL" }),
});

export const slugSchema = z.string().trim().regex(SLUG_PATTERN, "not a slug (lower-case words joined by '-')");

/** A conference's slug, from a file, the command line's --conference or the upload form. */
export const conferenceSlugSchema = slugSchema.max(CONFERENCE_SLUG_MAX, `longer than ${CONFERENCE_SLUG_MAX} characters`);

const timeZoneSchema = (message: string) => z.string().trim().max(TIME_ZONE_MAX, message).refine(isValidTimeZone, message);

export const hallwayConferenceSchema = z.strictObject({
  slug: conferenceSlugSchema.optional(),
  name: requiredText,
  startsOn: isoDateSchema.optional(),
  endsOn: isoDateSchema.optional(),
  timezone: timeZoneSchema("not an IANA time zone (such as Europe/Brussels)").optional(),
  location: optionalText,
  venue: optionalText,
  url: z.url({ protocol: /^https?$/, message: "not an http(s) URL" }).optional(),
  description: optionalText,
});

export const hallwaySpeakerSchema = z.strictObject({
  id: z.union([requiredText, z.number().transform(String)]),
  name: requiredText,
  affiliation: optionalText,
  role: optionalText,
  bio: optionalText,
  links: z.array(linkSchema).optional(),
});

export const hallwayTalkSchema = z.strictObject({
  id: z.union([requiredText, z.number().transform(String)]).optional(),
  title: requiredText,
  subtitle: optionalText,
  kind: z.enum(TALK_KINDS, { message: `not one of ${TALK_KINDS.join(", ")}` }).default("talk"),
  level: optionalText,
  track: optionalText,
  room: optionalText,
  day: isoDateSchema.optional(),
  start: talkTimeSchema.optional(),
  end: talkTimeSchema.optional(),
  abstract: optionalText,
  url: z.url({ protocol: /^https?$/, message: "not an http(s) URL" }).optional(),
  links: z.array(linkSchema).optional(),
  speakers: z.array(z.union([requiredText, z.number().transform(String)])).default([]),
});

/** Minutes for comparison: "HH:MM" on the day, or the instant of a date-time. */
function comparable(value: string, day: string | undefined): number | null {
  const clock = parseClock(value);
  if (clock !== null) {
    const dayMs = day ? parseIsoDate(day) : null;
    return dayMs === null ? null : dayMs / 60000 + clock;
  }
  const dt = parseIsoDateTime(value);
  if (!dt || dt.offset === undefined) return null;
  return dt.dateMs / 60000 + dt.minutes - dt.offset;
}

export const hallwayProgrammeSchema = z
  .strictObject({
    hallway: z.literal(1, { message: "not 1 (the only Hallway format version)" }),
    conference: hallwayConferenceSchema,
    speakers: z.array(hallwaySpeakerSchema).default([]),
    talks: z.array(hallwayTalkSchema),
  })
  .superRefine((programme, ctx) => {
    const speakerAt = new Map<string, number>();
    programme.speakers.forEach((s, i) => {
      const first = speakerAt.get(s.id);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["speakers", i, "id"], message: `a duplicate of speakers[${first}]` });
      } else speakerAt.set(s.id, i);
    });
    const talkAt = new Map<string, number>();
    programme.talks.forEach((t, i) => {
      if (t.id !== undefined) {
        const first = talkAt.get(t.id);
        if (first !== undefined) {
          ctx.addIssue({ code: "custom", path: ["talks", i, "id"], message: `a duplicate of talks[${first}]` });
        } else talkAt.set(t.id, i);
      }
      t.speakers.forEach((id, j) => {
        if (!speakerAt.has(id)) {
          ctx.addIssue({ code: "custom", path: ["talks", i, "speakers", j], message: "not the id of a speaker in speakers" });
        }
      });
      for (const field of ["start", "end"] as const) {
        const value = t[field];
        if (value && parseClock(value) !== null && !t.day) {
          ctx.addIssue({ code: "custom", path: ["talks", i, field], message: "a time without a day (add 'day' or use a full date-time)" });
        }
      }
      if (t.start && t.end) {
        const a = comparable(t.start, t.day);
        const b = comparable(t.end, t.day);
        if (a !== null && b !== null && b < a) {
          ctx.addIssue({ code: "custom", path: ["talks", i, "end"], message: `before start '${t.start}'` });
        }
      }
    });
    const { startsOn, endsOn } = programme.conference;
    if (startsOn && endsOn && endsOn < startsOn) {
      ctx.addIssue({ code: "custom", path: ["conference", "endsOn"], message: `before startsOn '${startsOn}'` });
    }
  });

export type HallwayProgramme = z.infer<typeof hallwayProgrammeSchema>;
export type HallwayProgrammeInput = z.input<typeof hallwayProgrammeSchema>;
export type HallwayConference = z.infer<typeof hallwayConferenceSchema>;
export type HallwaySpeaker = z.infer<typeof hallwaySpeakerSchema>;
export type HallwayTalk = z.infer<typeof hallwayTalkSchema>;

// The admin forms' schemas: lib/validations/programme-upload.ts and speaker-merge.ts.
