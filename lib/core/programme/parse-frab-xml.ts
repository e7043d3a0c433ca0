/**
 * frab / Pentabarf schedule XML → Programme. FOSDEM, the CCC congresses,
 * pretalx and frab all export it:
 *   <schedule><conference/><day date><room name><event guid id>…</event></room></day></schedule>
 *
 * - Times: an event's <date> (ISO with offset, frab and FOSDEM 2024) wins;
 *   otherwise the day's date + <start> in the conference zone, moved to the
 *   next calendar date when it is before <day_change> (night events). The zone
 *   is <time_zone_name>, else options.conference.timezone, else a guess from
 *   <city> (FOSDEM 2020 has only "Brussels"). `day` is the <day date> the file
 *   files the event under, so a 01:00 talk stays on the evening's day.
 * - <duration> is HH:MM or HH:MM:SS. Abstract = <abstract> + <description>,
 *   HTML converted to markdown. Persons: id attribute → sourceId (a person
 *   without one is matched by name). guid (else id) → talk sourceId; a second
 *   event with the same one is an error.
 * - Links: <attachments> and <links>, minus feedback/chat links; relative URLs
 *   are resolved against <base_url>.
 * - Security: a DOCTYPE with entity declarations, an internal subset or an
 *   external identifier is refused before parsing, so neither external entities
 *   (XXE) nor entity-expansion bombs can run. Malformed XML is reported with its line.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
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
import { describeRecord, invalidField, missingField, ProgrammeError, type ProgrammeErrorLocation } from "./programme-error";
import { lineAt, stripBom } from "./source-position";
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
  zoneForCity,
} from "./zoned-time";

const ARRAY_PATHS = new Set([
  "schedule.day",
  "schedule.day.room",
  "schedule.day.room.event",
  "schedule.day.room.event.persons.person",
  "schedule.day.room.event.links.link",
  "schedule.day.room.event.attachments.attachment",
]);

// Typed as the wrapper `Symbol` in fast-xml-parser's .d.ts; it is a primitive symbol at run time.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

interface XmlMeta {
  startIndex?: number;
  endIndex?: number;
}

type XmlNode = Record<string, unknown>;

function metaOf(node: XmlNode | undefined): XmlMeta | undefined {
  return node ? ((node as Record<symbol, unknown>)[META] as XmlMeta | undefined) : undefined;
}

let parser: XMLParser | undefined;

function xmlParser(): XMLParser {
  parser ??= new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // Predefined and numeric references (and HTML names such as &nbsp;) only:
    // DOCTYPE entities never get here, refuseDangerousDoctype runs first.
    processEntities: true,
    htmlEntities: true,
    captureMetaData: true,
    jPath: true,
    isArray: (_name, jpath) => typeof jpath === "string" && ARRAY_PATHS.has(jpath),
  });
  return parser;
}

export function parseFrabXml(xml: string, options: ParseOptions = {}): Programme {
  const source = stripBom(xml);
  refuseDangerousDoctype(source);
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new ProgrammeError(`not well-formed XML: ${valid.err.msg}`, { line: valid.err.line });
  }
  const doc = xmlParser().parse(source) as Record<string, unknown>;
  const root = doc.schedule;
  if (!isNode(root)) {
    const name = Object.keys(doc).find((k) => !k.startsWith("?")) ?? "nothing";
    throw new ProgrammeError(`the root element is <${name}>, not <schedule>: this is not a frab/Pentabarf schedule`, {
      line: 1,
      path: "/",
    });
  }

  const locateNode = (node: XmlNode | undefined, path: string, field?: string): ProgrammeErrorLocation => {
    const meta = metaOf(node);
    let offset = meta?.startIndex;
    if (offset !== undefined && field) {
      const at = source.indexOf(`<${field}`, offset);
      if (at !== -1 && (meta?.endIndex === undefined || at < meta.endIndex)) offset = at;
    }
    return { path, line: offset === undefined ? undefined : lineAt(source, offset) };
  };

  const conf = root.conference;
  if (!isNode(conf)) throw missingField("conference", { ...locateNode(root, "/schedule"), subject: "schedule" });
  const confPath = "/schedule/conference";
  const name = xmlText(conf.title);
  if (!name && !options.conference?.name) throw missingField("title", { ...locateNode(conf, confPath, "title"), subject: "conference" });

  const zoneName = xmlText(conf.time_zone_name);
  if (zoneName && !isValidTimeZone(zoneName)) {
    throw invalidField("time_zone_name", zoneName, "not an IANA time zone (such as Europe/Brussels)", {
      ...locateNode(conf, confPath, "time_zone_name"),
      subject: "conference",
    });
  }
  const city = xmlText(conf.city);
  const zone = zoneName ?? options.conference?.timezone ?? zoneForCity(city);
  const dayChangeText = xmlText(conf.day_change);
  const dayChange = dayChangeText ? parseClock(dayChangeText) ?? 0 : 0;
  const baseUrl = absoluteUrl(xmlText(conf.base_url));

  const conference: ProgrammeConference = {
    name: name ?? "",
    acronym: xmlText(conf.acronym),
    startsOn: validDate(xmlText(conf.start)),
    endsOn: validDate(xmlText(conf.end)),
    timezone: zone,
    location: city,
    venue: xmlText(conf.venue),
    url: baseUrl,
    description: xmlText(conf.subtitle),
  };

  const speakers = new SpeakerRegistry();
  const talks: ProgrammeTalk[] = [];
  const ids = new TalkIds();

  const days = asArray(root.day);
  days.forEach((day, di) => {
    const dayPath = `/schedule/day[${di + 1}]`;
    const dateText = xmlText(day["@_date"]);
    const dayMs = dateText ? parseIsoDate(dateText) : null;
    if (dayMs === null) {
      throw invalidField("date", dateText, "not a date (YYYY-MM-DD)", { ...locateNode(day, dayPath), subject: `day ${di + 1}` });
    }
    const dayIso = dayFromMs(dayMs);
    asArray(day.room).forEach((room, ri) => {
      const roomName = xmlText(room["@_name"]);
      asArray(room.event).forEach((event, ei) => {
        const path = `${dayPath}/room[${ri + 1}]/event[${ei + 1}]`;
        const title = xmlText(event.title);
        const subject = describeRecord("event", title ?? xmlText(event["@_id"]));
        const at = (field?: string): ProgrammeErrorLocation => ({ ...locateNode(event, path, field), subject });
        if (!title) throw missingField("title", at("title"));

        const guid = xmlText(event["@_guid"]);
        const id = xmlText(event["@_id"]);
        ids.check(guid ?? id, guid ? "guid" : "id", subject, () => at());

        const startText = xmlText(event.start);
        const dateTimeText = xmlText(event.date);
        const durationText = xmlText(event.duration);
        const startMin = startText === undefined ? undefined : parseClock(startText);
        if (startMin === null) throw invalidField("start", startText, "not a time (HH:MM)", at("start"));
        const duration = durationText === undefined ? undefined : parseDuration(durationText);
        if (duration === null) throw invalidField("duration", durationText, "not a duration (HH:MM)", at("duration"));
        const parsedDate = dateTimeText === undefined ? undefined : parseIsoDateTime(dateTimeText);
        if (parsedDate === null) {
          throw invalidField("date", dateTimeText, "not a date and time (YYYY-MM-DDTHH:MM:SS+HH:MM)", at("date"));
        }

        let startsAt: string | undefined;
        let endsAt: string | undefined;
        let startMs: number | undefined;
        let offset: number | undefined;
        if (parsedDate) {
          startMs = instantOf(parsedDate, zone);
          offset = parsedDate.offset;
        } else if (startMin !== undefined) {
          const minutes = startMin < dayChange ? startMin + 1440 : startMin;
          startMs = localToInstant(dayMs, minutes, zone);
        }
        if (startMs !== undefined) {
          const write = (ms: number) => (offset !== undefined ? formatWithOffset(ms, offset) : formatInstant(ms, zone));
          startsAt = write(startMs);
          if (duration !== undefined) endsAt = write(startMs + duration * 60000);
        }

        const keys: string[] = [];
        for (const person of asArray(event.persons && isNode(event.persons) ? event.persons.person : undefined)) {
          const personName = xmlText(person);
          if (!personName) continue;
          keys.push(speakers.add({ sourceId: xmlText(person["@_id"]), name: personName }));
        }

        talks.push({
          sourceId: guid ?? id,
          sourceKeys: otherSourceKeys(guid ?? id, id, xmlText(event.slug)),
          title,
          subtitle: xmlText(event.subtitle),
          abstract: joinTexts(htmlToMarkdown(xmlText(event.abstract)), htmlToMarkdown(xmlText(event.description))),
          kind: kindFromType(xmlText(event.type)),
          track: xmlText(event.track),
          room: xmlText(event.room) ?? roomName,
          day: dayIso,
          startsAt,
          endsAt,
          url: absoluteUrl(xmlText(event.url), baseUrl),
          links: eventLinks(event, baseUrl),
          speakerKeys: uniqueKeys(keys),
        });
      });
    });
  });

  return finishProgramme(conference, speakers.speakers, talks, options);
}

function eventLinks(event: XmlNode, baseUrl: string | undefined): Link[] {
  const links: Link[] = [];
  const add = (href: unknown, label: string | undefined) => {
    const url = absoluteUrl(xmlText(href), baseUrl);
    if (!url || links.some((l) => l.url === url)) return;
    const text = label || "Link";
    if (!isNoiseLink(text, url)) links.push({ label: text, url });
  };
  const attachments = isNode(event.attachments) ? event.attachments.attachment : undefined;
  for (const a of asArray(attachments)) {
    add(a["@_href"], xmlText(a) ?? capitalize(xmlText(a["@_type"])));
  }
  const linkList = isNode(event.links) ? event.links.link : undefined;
  for (const l of asArray(linkList)) add(l["@_href"], xmlText(l));
  return links;
}

/**
 * Refuses DTDs that could declare entities or pull in external ones. Real
 * schedule exports have no DOCTYPE at all; a bare `<!DOCTYPE schedule>` passes.
 */
function refuseDangerousDoctype(xml: string): void {
  const entity = /<!ENTITY/i.exec(xml);
  const doctype = /<!DOCTYPE\s+[^\s>[]+\s*([^>[]*)(\[)?/i.exec(xml);
  if (entity) {
    throw new ProgrammeError(
      "the XML declares entities (<!ENTITY>); external entities and entity expansion are refused",
      { line: lineAt(xml, entity.index) },
    );
  }
  if (doctype && (doctype[2] || /\b(SYSTEM|PUBLIC)\b/i.test(doctype[1] ?? ""))) {
    throw new ProgrammeError(
      "the XML has a DOCTYPE with an internal subset or an external DTD; external entities and entity expansion are refused",
      { line: lineAt(xml, doctype.index) },
    );
  }
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): XmlNode[] {
  if (value === undefined || value === null || value === "") return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (isNode(v) ? v : ({ "#text": v } as XmlNode)));
}

/** An element's text, whether it was parsed to a string or to {#text, @_attr}. */
function xmlText(value: unknown): string | undefined {
  if (isNode(value)) return text(value["#text"]);
  return text(value);
}

function validDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = parseIsoDate(value.slice(0, 10));
  return ms === null ? undefined : dayFromMs(ms);
}

function capitalize(value: string | undefined): string | undefined {
  return value ? value[0]?.toUpperCase() + value.slice(1) : undefined;
}
