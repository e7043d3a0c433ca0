/**
 * iCalendar (.ics) programmes → Programme. Many conferences publish only a
 * calendar, so the talk's facts hide in free text:
 *
 * - Speakers: "Title (talk by NAME)" in SUMMARY or DESCRIPTION (also workshop,
 *   panel, demo, tutorial, keynote … by), "Speaker(s): NAMES" / "Presented by
 *   NAMES" lines in DESCRIPTION, and "Keynote: NAME - Title" / "Keynote: NAME,
 *   Role". "A & B", "A and B" and "A, B and C" are several people; "NAME,
 *   Organisation" is one person with an affiliation. Text that does not look
 *   like a name ("Discussion: From data…") gives no speaker. The by-phrase is
 *   removed from the title, and so is a "Keynote: NAME" prefix.
 * - Kind: the by-phrase word ("workshop by" → workshop), else title words
 *   (Keynote, Lightning, Panel, Workshop). Breaks, registration, meals and
 *   similar are kept as kind "other"; so is any entry without speakers when
 *   the calendar names speakers elsewhere (then it is an organiser's slot).
 *   Entries with an empty SUMMARY are placeholders and are skipped.
 * - Times: UTC ("Z") and TZID times (IANA, or a VTIMEZONE in the file) are
 *   instants; floating times are read in the conference zone. The zone is
 *   X-WR-TIMEZONE, else the first IANA TZID, else options.conference.timezone;
 *   with none, times stay UTC and `day` is the UTC date. All-day (DATE)
 *   events get a `day` and no times; multi-day ones widen the conference dates.
 * - UID → sourceId (a duplicate UID is an error; RECURRENCE-ID overrides are
 *   skipped, RRULE is not expanded). URL → url; a DESCRIPTION that is only a
 *   URL is used as the url, not as the abstract. LOCATION → room.
 *   X-WR-CALNAME → conference name, minus a trailing "Schedule"/"Programme".
 */
import ICAL from "ical.js";
import type { Programme, ProgrammeTalk, TalkKind } from "./types";
import { normalizeName } from "../text/normalize";
import { htmlToMarkdown } from "./html-to-markdown";
import { absoluteUrl, finishProgramme, kindFromType, SpeakerRegistry, TalkIds, text, uniqueKeys, type ParseOptions } from "./programme-builder";
import { describeRecord, invalidField, missingField, ProgrammeError, type ProgrammeErrorLocation } from "./programme-error";
import { stripBom } from "./source-position";
import {
  dayFromMs,
  formatInstant,
  instantOf,
  isValidTimeZone,
  localDay,
  parseIsoDate,
  parseIsoDateTime,
  type ParsedDateTime,
} from "./zoned-time";

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalProperty = InstanceType<typeof ICAL.Property>;

const BY_PHRASE =
  /\s*\((talk|workshop|tutorial|panel|keynote|demo|presentation|session|lightning talk|lightning|training|discussion)s?\s+by\s+([^()]+)\)\s*/i;
const SPEAKER_LINE = /^[ \t]*(?:speakers?|presenters?|presented by|hosts?|facilitators?)\s*[:\-–]\s*(.+)$/im;
const KEYNOTE_PREFIX = /^keynote\s*[:\-–]\s*(.+)$/i;
const NOT_A_TALK =
  /\b(break|lunch|breakfast|dinner|coffee|tea|registration|reception|social|party|day ends|end of day|end of conference|opening|closing|setup|set up|tidy|pack up|doors open|welcome|plenary|meal|snacks?|sprints?|open space|jobs fair|agm)\b/i;

export function parseIcal(textIn: string, options: ParseOptions = {}): Programme {
  const source = stripBom(textIn);
  if (!/^\s*BEGIN:VCALENDAR/i.test(source)) {
    throw new ProgrammeError("not an iCalendar file: it does not start with BEGIN:VCALENDAR", { line: 1 });
  }
  let calendar: IcalComponent;
  try {
    calendar = new ICAL.Component(ICAL.parse(source) as unknown[]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // ical.js ends its messages with the offending line in quotes.
    const quoted = /"([^"]+)"\s*$|'([^']+)'\s*$/.exec(reason);
    const needle = quoted?.[1] ?? quoted?.[2];
    const line = needle ? findLine(source, needle.slice(0, 40)) : undefined;
    throw new ProgrammeError(`not a valid iCalendar file: ${reason}`, { line });
  }
  if (calendar.name !== "vcalendar") {
    throw new ProgrammeError(`the calendar starts with BEGIN:${calendar.name.toUpperCase()}, not BEGIN:VCALENDAR`, { line: 1 });
  }

  const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  for (const vtz of calendar.getAllSubcomponents("vtimezone")) {
    const tzid = text(vtz.getFirstPropertyValue("tzid"));
    if (tzid) zones.set(tzid, new ICAL.Timezone(vtz));
  }
  const events = calendar.getAllSubcomponents("vevent");

  let zone = text(calendar.getFirstPropertyValue("x-wr-timezone"));
  if (zone && !isValidTimeZone(zone)) zone = undefined;
  if (!zone) {
    for (const event of events) {
      const tzid = paramText(event.getFirstProperty("dtstart"), "tzid");
      if (tzid && isValidTimeZone(tzid)) {
        zone = tzid;
        break;
      }
    }
  }
  zone ??= options.conference?.timezone;

  const locate = (index: number, field?: string): ProgrammeErrorLocation => ({
    line: eventLine(source, index, field),
    path: `/VCALENDAR/VEVENT[${index + 1}]`,
  });

  const instant = (event: IcalComponent, field: "dtstart" | "dtend", index: number, subject: string) => {
    const prop = event.getFirstProperty(field);
    if (!prop) return undefined;
    const raw = prop.jCal[3];
    const value = typeof raw === "string" ? raw : undefined;
    const isDate = prop.type === "date";
    const parsed = value === undefined ? null : isDate ? dateOnly(value) : parseIsoDateTime(value);
    if (parsed === null) {
      throw invalidField(field.toUpperCase(), value ?? raw, isDate ? "not a date" : "not a date and time", {
        ...locate(index, field.toUpperCase()),
        subject,
      });
    }
    if (isDate) return { allDay: true, ms: parsed.dateMs };
    const tzid = paramText(prop, "tzid");
    if (parsed.offset === undefined && tzid && !isValidTimeZone(tzid)) {
      const vtz = zones.get(tzid);
      const time = prop.getFirstValue();
      if (vtz && time instanceof ICAL.Time) {
        const wall = instantOf({ ...parsed, offset: 0 }, undefined);
        return { allDay: false, ms: wall - vtz.utcOffset(time) * 1000 };
      }
    }
    const parsedZone = parsed.offset === undefined && tzid && isValidTimeZone(tzid) ? tzid : zone;
    return { allDay: false, ms: instantOf(parsed, parsedZone) };
  };

  // First pass: titles and speakers, because an entry's kind depends on
  // whether the calendar names speakers anywhere.
  interface Draft {
    index: number;
    event: IcalComponent;
    uid?: string;
    title: string;
    kind?: TalkKind;
    names: Person[];
    abstract?: string;
    url?: string;
  }
  const drafts: Draft[] = [];
  events.forEach((event, index) => {
    if (event.getFirstProperty("recurrence-id")) return;
    const summary = text(event.getFirstPropertyValue("summary"));
    if (!summary) return;
    const description = text(event.getFirstPropertyValue("description"));
    const extracted = extractSpeakers(summary, description);
    const urlProp = absoluteUrl(text(event.getFirstPropertyValue("url")));
    const descriptionIsUrl = extracted.description !== undefined && /^https?:\/\/\S+$/.test(extracted.description);
    drafts.push({
      index,
      event,
      uid: text(event.getFirstPropertyValue("uid")),
      title: extracted.title,
      kind: extracted.kind,
      names: extracted.people,
      abstract: descriptionIsUrl ? undefined : htmlToMarkdown(extracted.description),
      url: urlProp ?? (descriptionIsUrl ? absoluteUrl(extracted.description) : undefined),
    });
  });
  const calendarNamesSpeakers = drafts.some((d) => d.names.length > 0);

  const speakers = new SpeakerRegistry();
  const talks: ProgrammeTalk[] = [];
  const ids = new TalkIds();
  let firstDay: string | undefined;
  let lastDay: string | undefined;
  const widen = (day: string) => {
    if (!firstDay || day < firstDay) firstDay = day;
    if (!lastDay || day > lastDay) lastDay = day;
  };

  const uidCount = new Map<string, number>();
  for (const d of drafts) if (d.uid) uidCount.set(d.uid, (uidCount.get(d.uid) ?? 0) + 1);

  for (const d of drafts) {
    const subject = describeRecord("event", d.title);
    const start = instant(d.event, "dtstart", d.index, subject);
    if (!start) throw missingField("DTSTART", { ...locate(d.index), subject });
    // A UID shared by entries at different times (PyCon UK 2015's generator
    // made colliding random UIDs) is told apart by DTSTART; the same UID at
    // the same time is a real duplicate.
    let sourceId = d.uid;
    if (d.uid && (uidCount.get(d.uid) ?? 0) > 1) sourceId = `${d.uid}/${formatInstant(start.ms, undefined)}`;
    ids.check(sourceId, "UID", subject, () => locate(d.index, "UID"));
    let end = instant(d.event, "dtend", d.index, subject);
    if (!end) {
      const duration = d.event.getFirstPropertyValue("duration");
      if (duration instanceof ICAL.Duration) end = { allDay: start.allDay, ms: start.ms + duration.toSeconds() * 1000 };
    }
    if (end && end.ms < start.ms) {
      throw invalidField("DTEND", d.event.getFirstProperty("dtend")?.jCal[3], "before DTSTART", { ...locate(d.index, "DTEND"), subject });
    }

    let day: string;
    let startsAt: string | undefined;
    let endsAt: string | undefined;
    if (start.allDay) {
      day = dayFromMs(start.ms);
      widen(day);
      // DTEND of an all-day event is exclusive: 18th–21st means the 18th to the 20th.
      if (end && end.ms > start.ms) widen(dayFromMs(end.ms - 86400000));
    } else {
      day = localDay(start.ms, zone);
      startsAt = formatInstant(start.ms, zone);
      widen(day);
      if (end) {
        endsAt = formatInstant(end.ms, zone);
        widen(localDay(Math.max(start.ms, end.ms - 1), zone));
      }
    }

    const keys = d.names.map((p) => speakers.add({ name: p.name, affiliation: p.affiliation, role: p.role }));
    const kind = d.kind ?? kindFromTitle(d.title, d.names.length > 0, calendarNamesSpeakers);
    talks.push({
      sourceId,
      title: d.title,
      abstract: d.abstract,
      kind,
      room: text(d.event.getFirstPropertyValue("location")),
      day,
      startsAt,
      endsAt,
      url: d.url,
      speakerKeys: uniqueKeys(keys),
    });
  }

  const calName = text(calendar.getFirstPropertyValue("x-wr-calname"));
  const name = calName?.replace(/\s+(schedule|programme|program|agenda|calendar|timetable)$/i, "").trim();
  return finishProgramme(
    {
      name: name ?? "",
      timezone: zone,
      description: text(calendar.getFirstPropertyValue("x-wr-caldesc")),
      startsOn: firstDay,
      endsOn: lastDay,
    },
    speakers.speakers,
    talks,
    options,
  );
}

interface Person {
  name: string;
  affiliation?: string;
  role?: string;
}

interface Extracted {
  title: string;
  description?: string;
  kind?: TalkKind;
  people: Person[];
}

/** Pulls speaker names out of a SUMMARY and DESCRIPTION and cleans the title. */
export function extractSpeakers(summary: string, description?: string): Extracted {
  let title = summary.replace(/\s+/g, " ").trim();
  let desc = description;
  let kind: TalkKind | undefined;
  const people: Person[] = [];

  const by = BY_PHRASE.exec(title);
  if (by) {
    const found = splitPeople(by[2] ?? "");
    people.push(...found);
    kind = kindFromType(by[1]);
    title = (title.slice(0, by.index) + " " + title.slice(by.index + by[0].length)).replace(/\s+/g, " ").trim();
  }
  if (people.length === 0 && desc) {
    const inDesc = BY_PHRASE.exec(desc);
    const line = inDesc ? undefined : SPEAKER_LINE.exec(desc);
    const match = inDesc ?? line;
    if (match) {
      const found = splitPeople((inDesc ? inDesc[2] : line?.[1]) ?? "");
      if (found.length > 0) {
        people.push(...found);
        if (inDesc) kind ??= kindFromType(inDesc[1]);
        desc = (desc.slice(0, match.index) + "\n" + desc.slice(match.index + match[0].length)).trim() || undefined;
      }
    }
  }

  const keynote = KEYNOTE_PREFIX.exec(title);
  if (keynote) {
    kind = "keynote";
    let rest = keynote[1] ?? "";
    if (people.length > 0) {
      for (const p of people) {
        if (normalizeName(rest).startsWith(`${normalizeName(p.name)} `) && rest.length > p.name.length) {
          rest = rest.slice(p.name.length).replace(/^[\s,:\-–]+/, "");
          title = rest || title;
          break;
        }
      }
    } else {
      const dashed = /^(.+?)\s+[-–]\s+(.+)$/.exec(rest);
      const comma = /^([^,]+),\s*([^,]+)$/.exec(rest);
      if (dashed && isPlausibleName(dashed[1] ?? "", 2)) {
        people.push({ name: (dashed[1] ?? "").trim() });
        title = (dashed[2] ?? "").trim();
      } else if (comma && isPlausibleName(comma[1] ?? "", 2) && (comma[2] ?? "").split(/\s+/).length <= 5) {
        people.push({ name: (comma[1] ?? "").trim(), role: (comma[2] ?? "").trim() });
        title = `Keynote: ${(comma[1] ?? "").trim()}`;
      }
    }
  }
  return { title: title || summary.trim(), description: desc, kind, people };
}

/** "A & B", "A and B", "A, B and C" → people; "A, University of X" → A with an affiliation. */
export function splitPeople(textIn: string): Person[] {
  const value = textIn.replace(/\s+/g, " ").trim();
  if (!value) return [];
  const lastComma = value.lastIndexOf(",");
  const listy = /\s(?:&|and)\s/i.test(lastComma === -1 ? value : value.slice(lastComma));
  let people: Person[];
  if (lastComma !== -1 && !listy) {
    const [name, ...rest] = value.split(",");
    people = [{ name: (name ?? "").trim(), affiliation: rest.join(",").trim() || undefined }];
  } else {
    people = value
      .split(/\s*(?:,|&|\band\b)\s*/i)
      .map((n) => n.trim())
      .filter(Boolean)
      .map((name) => ({ name }));
  }
  return people.every((p) => isPlausibleName(p.name, 1)) ? people : [];
}

function isPlausibleName(value: string, minWords: number): boolean {
  const name = value.trim();
  if (!name || name.length > 60 || /[:;!?@\d()[\]{}"]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < minWords || words.length > 5) return false;
  // Each word but particles (de, van, von, da, …) starts with a capital letter.
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(de|da|van|von|der|den|del|della|di|du|la|le|ter|ten|bin|al|y|e)$/i.test(w));
}

function kindFromTitle(title: string, hasSpeakers: boolean, calendarNamesSpeakers: boolean): TalkKind {
  if (/^keynote\b/i.test(title)) return "keynote";
  if (NOT_A_TALK.test(title)) return "other";
  if (/\blightning\b/i.test(title)) return "lightning";
  if (/\bpanel\b/i.test(title)) return "panel";
  if (/\b(workshop|tutorial)\b/i.test(title)) return "workshop";
  if (calendarNamesSpeakers && !hasSpeakers) return "other";
  return "talk";
}

function paramText(prop: IcalProperty | null, name: string): string | undefined {
  const value = prop?.getParameter(name);
  return typeof value === "string" ? value : Array.isArray(value) ? text(value[0]) : undefined;
}

function dateOnly(value: string): ParsedDateTime | null {
  const ms = parseIsoDate(value);
  return ms === null ? null : { dateMs: ms, minutes: 0, seconds: 0 };
}

function findLine(source: string, needle: string): number | undefined {
  const at = source.indexOf(needle);
  if (at === -1) return undefined;
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < at; i = source.indexOf("\n", i + 1)) line++;
  return line;
}

/** Line of the index-th VEVENT (or of its `field` property); only computed for errors. */
function eventLine(source: string, index: number, field?: string): number | undefined {
  const lines = source.split(/\r\n|\n|\r/);
  let seen = -1;
  for (let i = 0; i < lines.length; i++) {
    if (/^BEGIN:VEVENT\s*$/i.test(lines[i] ?? "")) {
      seen++;
      if (seen !== index) continue;
      if (!field) return i + 1;
      for (let j = i + 1; j < lines.length && !/^END:VEVENT/i.test(lines[j] ?? ""); j++) {
        if (new RegExp(`^${field}[;:]`, "i").test(lines[j] ?? "")) return j + 1;
      }
      return i + 1;
    }
  }
  return undefined;
}
