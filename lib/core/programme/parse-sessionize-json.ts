/**
 * Sessionize "All Data" JSON (API view "All") → Programme.
 *   { sessions: [...], speakers: [...], questions: [...], categories: [...], rooms: [...] }
 *
 * - The export names no conference and no time zone: the name comes from
 *   options.conference.name (parseProgramme derives one from the file name),
 *   the zone from options.conference.timezone. `startsAt` is local wall-clock
 *   time ("2020-04-24T09:00:00"); without a zone it is written as UTC.
 * - Categories: one titled like "Track"/"Topic" gives the track, "Level" the
 *   level, "Format"/"Session type" the kind; others (Language…) are ignored.
 *   Service sessions (lunch, breaks) are kind "other" and have no speakers.
 * - Speakers: id → sourceId, fullName (else first + last), tagLine → role,
 *   bio, links. A session naming an unknown speaker or room is an error.
 * - Links: recordingUrl, and question answers that are URLs to videos or slides.
 */
import type { Link, Programme, ProgrammeTalk, TalkKind } from "./types";
import { htmlToMarkdown } from "./html-to-markdown";
import {
  absoluteUrl,
  finishProgramme,
  kindFromType,
  SpeakerRegistry,
  TalkIds,
  text,
  uniqueKeys,
  type ParseOptions,
} from "./programme-builder";
import { describeRecord, invalidField, missingField, ProgrammeError } from "./programme-error";
import { jsonPath, parseJson } from "./source-position";
import { formatInstant, instantOf, localDay, parseIsoDateTime } from "./zoned-time";

type Json = Record<string, unknown>;

export function parseSessionizeJson(textIn: string, options: ParseOptions = {}): Programme {
  return programmeFromSessionize(parseJson(textIn), options);
}

export function programmeFromSessionize(data: unknown, options: ParseOptions = {}): Programme {
  if (!isObject(data)) throw invalidField("$", data, "not a Sessionize export object", { path: "$" });
  const sessions = data.sessions;
  if (!Array.isArray(sessions)) throw missingField("sessions", { path: "$" });
  const zone = options.conference?.timezone;

  const rooms = new Map<string, string>();
  listOf(data.rooms, "rooms").forEach((room, i) => {
    const id = str(room.id);
    const name = str(room.name);
    if (id === undefined) throw missingField("id", { path: jsonPath(["rooms", i]), subject: describeRecord("room", name) });
    rooms.set(id, name ?? id);
  });

  const categoryOf = new Map<string, { category: string; name: string }>();
  listOf(data.categories, "categories").forEach((category) => {
    const title = (str(category.title) ?? "").toLowerCase();
    for (const item of Array.isArray(category.items) ? category.items : []) {
      if (!isObject(item)) continue;
      const id = str(item.id);
      const name = str(item.name);
      if (id && name) categoryOf.set(id, { category: title, name });
    }
  });

  const questions = new Map<string, string>();
  for (const q of listOf(data.questions, "questions")) {
    const id = str(q.id);
    if (id) questions.set(id, str(q.question) ?? "");
  }

  const registry = new SpeakerRegistry();
  const keyOf = new Map<string, string>();
  listOf(data.speakers, "speakers").forEach((speaker, i) => {
    const id = str(speaker.id);
    const name = str(speaker.fullName) ?? ([str(speaker.firstName), str(speaker.lastName)].filter(Boolean).join(" ") || undefined);
    const loc = { path: jsonPath(["speakers", i]), subject: describeRecord("speaker", name ?? id) };
    if (!id) throw missingField("id", loc);
    if (!name) throw missingField("fullName", loc);
    if (keyOf.has(id)) throw new ProgrammeError(`field 'id' is '${id}', a duplicate of another speaker`, { ...loc, field: "id" });
    const links: Link[] = [];
    for (const l of Array.isArray(speaker.links) ? speaker.links : []) {
      if (!isObject(l)) continue;
      const url = absoluteUrl(str(l.url));
      if (url) links.push({ label: str(l.title) ?? str(l.linkType) ?? "Link", url });
    }
    keyOf.set(id, registry.add({ sourceId: id, name, role: str(speaker.tagLine), bio: htmlToMarkdown(str(speaker.bio)), links }));
  });

  const talks: ProgrammeTalk[] = [];
  const ids = new TalkIds();
  sessions.forEach((session: unknown, i: number) => {
    const path = jsonPath(["sessions", i]);
    if (!isObject(session)) throw invalidField(`sessions[${i}]`, session, "not a session object", { path: "$" });
    const title = str(session.title);
    const subject = describeRecord("session", title ?? str(session.id));
    const loc = { path, subject };
    if (!title) throw missingField("title", loc);
    const id = str(session.id);
    ids.check(id, "id", subject, () => loc);

    const starts = str(session.startsAt);
    const ends = str(session.endsAt);
    const start = starts === undefined ? undefined : parseIsoDateTime(starts);
    if (start === null) throw invalidField("startsAt", starts, "not a date and time (YYYY-MM-DDTHH:MM:SS)", loc);
    const end = ends === undefined ? undefined : parseIsoDateTime(ends);
    if (end === null) throw invalidField("endsAt", ends, "not a date and time (YYYY-MM-DDTHH:MM:SS)", loc);
    const startMs = start ? instantOf(start, zone) : undefined;
    const endMs = end ? instantOf(end, zone) : undefined;
    if (startMs !== undefined && endMs !== undefined && endMs < startMs) {
      throw invalidField("endsAt", ends, `before startsAt '${starts}'`, loc);
    }

    let room: string | undefined;
    const roomId = str(session.roomId);
    if (roomId !== undefined) {
      room = rooms.get(roomId);
      if (room === undefined) throw invalidField("roomId", session.roomId, "not the id of a room in $.rooms", loc);
    }

    let track: string | undefined;
    let level: string | undefined;
    let format: string | undefined;
    for (const itemId of Array.isArray(session.categoryItems) ? session.categoryItems : []) {
      const item = categoryOf.get(String(itemId));
      if (!item) continue;
      if (/level|difficulty|audience/.test(item.category)) level ??= item.name;
      else if (/format|type|kind/.test(item.category)) format ??= item.name;
      else if (/track|topic|theme|stream/.test(item.category)) track ??= item.name;
    }

    const keys: string[] = [];
    for (const speakerId of Array.isArray(session.speakers) ? session.speakers : []) {
      // Sessionize "All" lists ids; the per-session views use { id, name }.
      const sid = isObject(speakerId) ? str(speakerId.id) : str(speakerId);
      const key = sid === undefined ? undefined : keyOf.get(sid);
      if (!key) throw invalidField("speakers", sid, "not the id of a speaker in $.speakers", loc);
      keys.push(key);
    }

    const links: Link[] = [];
    const recording = absoluteUrl(str(session.recordingUrl));
    if (recording) links.push({ label: "Video recording", url: recording });
    for (const answer of Array.isArray(session.questionAnswers) ? session.questionAnswers : []) {
      if (!isObject(answer)) continue;
      const question = questions.get(str(answer.questionId) ?? "") ?? "";
      const url = absoluteUrl(str(answer.answerValue));
      if (url && /video|youtube|recording|slides|deck/i.test(question) && !links.some((l) => l.url === url)) {
        links.push({ label: question, url });
      }
    }

    const service = session.isServiceSession === true;
    const kind: TalkKind = service ? "other" : format ? kindFromType(format) : "talk";
    talks.push({
      sourceId: id,
      title,
      abstract: htmlToMarkdown(str(session.description)),
      kind,
      level,
      track,
      room,
      day: startMs !== undefined ? localDay(startMs, zone) : undefined,
      startsAt: startMs !== undefined ? formatInstant(startMs, zone) : undefined,
      endsAt: endMs !== undefined ? formatInstant(endMs, zone) : undefined,
      links,
      speakerKeys: uniqueKeys(keys),
    });
  });

  return finishProgramme({ name: "", timezone: zone }, registry.speakers, talks, options);
}

function listOf(value: unknown, field: string): Json[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidField(field, value, "not a list", { path: "$" });
  return value.filter(isObject);
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return text(value);
}
