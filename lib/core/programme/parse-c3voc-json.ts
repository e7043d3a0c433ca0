/**
 * c3voc schedule JSON (what pretalx and frab export as schedule.json) → Programme.
 *   { schedule: { conference: { title, start, end, time_zone_name, days: [
 *       { date, rooms: { "<room>": [event, …] } } ] } } }
 *
 * It is the frab XML in JSON, read with the same rules: an event's `date` (ISO
 * with offset) wins over day date + `start`; `duration` is HH:MM[:SS];
 * abstract + description become markdown; persons are matched by id, guid or
 * pretalx `code`, else by name (`public_name` or `name`); guid (else id) is
 * the talk sourceId and must be unique. `day` is the day the file files the
 * event under. Real exports do not validate against the c3voc schema (frab's
 * Camp 2019 acronym and slugs fail it), so only what Hallway needs is checked.
 * Errors carry a JSON path: $.schedule.conference.days[1].rooms["Saal 1"][4].
 */
import type { Link, Programme, ProgrammeConference, ProgrammeTalk } from "./types";
import { htmlToMarkdown, joinTexts } from "./html-to-markdown";
import {
  absoluteUrl,
  finishProgramme,
  isNoiseLink,
  kindFromType,
  otherSourceKeys,
  SpeakerRegistry,
  TalkIds,
  text,
  uniqueKeys,
  type ParseOptions,
} from "./programme-builder";
import { describeRecord, invalidField, missingField, type ProgrammeErrorLocation } from "./programme-error";
import { jsonPath, parseJson } from "./source-position";
import {
  dayFromMs,
  formatInstant,
  formatWithOffset,
  instantOf,
  isValidTimeZone,
  localToInstant,
  parseClock,
  parseDuration,
  parseIsoDate,
  parseIsoDateTime,
} from "./zoned-time";

type Json = Record<string, unknown>;

export function parseC3vocJson(text: string, options: ParseOptions = {}): Programme {
  return programmeFromC3voc(parseJson(text), options);
}

/** For callers that have already parsed the JSON (format detection does). */
export function programmeFromC3voc(data: unknown, options: ParseOptions = {}): Programme {
  const schedule = isObject(data) ? data.schedule : undefined;
  if (!isObject(schedule)) throw missingField("schedule", { path: "$" });
  const conf = schedule.conference;
  if (!isObject(conf)) throw missingField("conference", { path: jsonPath(["schedule"]) });
  const confPath = ["schedule", "conference"] as const;
  const at = (parts: (string | number)[], subject = "conference"): ProgrammeErrorLocation => ({
    path: jsonPath(parts),
    subject,
  });

  const name = str(conf.title);
  if (!name && !options.conference?.name) throw missingField("title", at([...confPath]));
  const zoneName = str(conf.time_zone_name);
  if (zoneName && !isValidTimeZone(zoneName)) {
    throw invalidField("time_zone_name", zoneName, "not an IANA time zone (such as Europe/Berlin)", at([...confPath]));
  }
  const zone = zoneName ?? options.conference?.timezone;
  const baseUrl = absoluteUrl(str(schedule.base_url) ?? str(conf.base_url) ?? str(conf.url));
  const conference: ProgrammeConference = {
    name: name ?? "",
    acronym: str(conf.acronym),
    startsOn: validDate(str(conf.start)),
    endsOn: validDate(str(conf.end)),
    timezone: zone,
    url: absoluteUrl(str(conf.url)) ?? baseUrl,
  };

  const speakers = new SpeakerRegistry();
  const talks: ProgrammeTalk[] = [];
  const ids = new TalkIds();
  const days = conf.days;
  if (days !== undefined && !Array.isArray(days)) throw invalidField("days", days, "not a list", at([...confPath]));

  (days ?? []).forEach((day: unknown, di: number) => {
    const dayParts = [...confPath, "days", di];
    if (!isObject(day)) throw invalidField(`days[${di}]`, day, "not an object", at([...confPath]));
    const dateText = str(day.date);
    const dayMs = dateText ? parseIsoDate(dateText) : null;
    if (dayMs === null) throw invalidField("date", dateText, "not a date (YYYY-MM-DD)", at(dayParts, `day ${di + 1}`));
    const dayIso = dayFromMs(dayMs);
    const rooms = day.rooms;
    if (rooms === undefined) return;
    if (!isObject(rooms)) throw invalidField("rooms", rooms, "not an object of room name → events", at(dayParts, `day ${di + 1}`));
    for (const [roomName, events] of Object.entries(rooms)) {
      if (!Array.isArray(events)) throw invalidField(roomName, events, "not a list of events", at([...dayParts, "rooms"], `day ${di + 1}`));
      events.forEach((event: unknown, ei: number) => {
        const parts = [...dayParts, "rooms", roomName, ei];
        if (!isObject(event)) throw invalidField(`${roomName}[${ei}]`, event, "not an event object", at([...dayParts, "rooms"]));
        const title = str(event.title);
        const subject = describeRecord("event", title ?? str(event.id));
        const loc = at(parts, subject);
        if (!title) throw missingField("title", loc);

        const guid = str(event.guid);
        const id = str(event.id);
        ids.check(guid ?? id, guid ? "guid" : "id", subject, () => loc);

        const startText = str(event.start);
        const startMin = startText === undefined ? undefined : parseClock(startText);
        if (startMin === null) throw invalidField("start", startText, "not a time (HH:MM)", loc);
        const durationText = str(event.duration);
        const duration = durationText === undefined ? undefined : parseDuration(durationText);
        if (duration === null) throw invalidField("duration", durationText, "not a duration (HH:MM)", loc);
        const dateTimeText = str(event.date);
        const parsedDate = dateTimeText === undefined ? undefined : parseIsoDateTime(dateTimeText);
        if (parsedDate === null) {
          throw invalidField("date", dateTimeText, "not a date and time (YYYY-MM-DDTHH:MM:SS+HH:MM)", loc);
        }

        let startMs: number | undefined;
        let offset: number | undefined;
        if (parsedDate) {
          startMs = instantOf(parsedDate, zone);
          offset = parsedDate.offset;
        } else if (startMin !== undefined) {
          startMs = localToInstant(dayMs, startMin, zone);
        }
        const write = (ms: number) => (offset !== undefined ? formatWithOffset(ms, offset) : formatInstant(ms, zone));

        const keys: string[] = [];
        const persons = Array.isArray(event.persons) ? event.persons : [];
        for (const person of persons) {
          if (!isObject(person)) continue;
          const personName = str(person.public_name) ?? str(person.name) ?? str(person.full_public_name);
          if (!personName) continue;
          keys.push(
            speakers.add({
              sourceId: str(person.code) ?? str(person.guid) ?? str(person.id),
              name: personName,
              bio: htmlToMarkdown(str(person.biography) ?? str(person.abstract) ?? str(person.description)),
            }),
          );
        }

        talks.push({
          sourceId: guid ?? id,
          sourceKeys: otherSourceKeys(guid ?? id, id, str(event.slug)),
          title,
          subtitle: str(event.subtitle),
          abstract: joinTexts(htmlToMarkdown(str(event.abstract)), htmlToMarkdown(str(event.description))),
          kind: kindFromType(str(event.type)),
          level: str(event.level) ?? str(event.difficulty),
          track: trackName(event.track),
          room: str(event.room) ?? text(roomName),
          day: dayIso,
          startsAt: startMs === undefined ? undefined : write(startMs),
          endsAt: startMs === undefined || duration === undefined ? undefined : write(startMs + duration * 60000),
          url: absoluteUrl(str(event.url), baseUrl),
          links: eventLinks(event, baseUrl),
          speakerKeys: uniqueKeys(keys),
        });
      });
    }
  });

  return finishProgramme(conference, speakers.speakers, talks, options);
}

function eventLinks(event: Json, baseUrl: string | undefined): Link[] {
  const links: Link[] = [];
  for (const list of [event.attachments, event.links]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const href = isObject(item) ? str(item.url) ?? str(item.href) : str(item);
      const url = absoluteUrl(href, baseUrl);
      if (!url || links.some((l) => l.url === url)) continue;
      const label = (isObject(item) ? str(item.title) : undefined) ?? "Link";
      if (!isNoiseLink(label, url)) links.push({ label, url });
    }
  }
  return links;
}

/** pretalx writes track as a string; some exporters as { name }. */
function trackName(value: unknown): string | undefined {
  if (isObject(value)) return str(value.name);
  return str(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return text(value);
}

function validDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = parseIsoDate(value.slice(0, 10));
  return ms === null ? undefined : dayFromMs(ms);
}
