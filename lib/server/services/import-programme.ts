/**
 * Saves a normalized Programme (lib/core/programme) into the database.
 *
 * - One transaction: after any error the database is exactly as it was.
 * - Idempotent: importing the same programme twice changes nothing; an
 *   updated programme updates talks in place and keeps their slugs, so links
 *   from writeups never break.
 * - Talks are matched by the source's id, then by URL (iCal UIDs are often
 *   random per export), then by normalized title on the same day, then by title.
 * - Speakers are people across conferences: matched by the source's person id
 *   within the same conference (see sourceOrigin), else by normalized name with
 *   affiliation breaking a tie between namesakes. A namesake who has a
 *   different id from the same conference is a different person.
 * - A talk missing from the new programme is deleted, unless a writeup links to
 *   it; then it is kept and marked withdrawn.
 * New rows are written in batches, so a 1,000-session programme is a handful of
 * statements rather than thousands.
 */
import type { Programme, ProgrammeSpeaker, ProgrammeTalk } from "@/lib/core/programme/types";
import { normalizeName } from "@/lib/core/text/normalize";
import { slugify, uniqueSlug } from "@/lib/core/text/slugify";
import type { Db, Tx } from "@/lib/server/db";

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export interface ImportSummary {
  conference: { slug: string; name: string; created: boolean; updated: boolean };
  talks: Counts & { withdrawn: number };
  speakers: Omit<Counts, "removed">;
  dryRun: boolean;
}

export interface ImportOptions {
  /** Overrides the programme's own conference slug. */
  conferenceSlug?: string;
  dryRun?: boolean;
  /** Called as talks are saved, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

class DryRunRollback extends Error {}

/** Databases cap the parameters of one statement (SQLite at 999 in Prisma's reckoning): query long lists in slices. */
async function inChunks<T, R>(items: T[], query: (chunk: T[]) => Promise<R[]>, size = 500): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await query(items.slice(i, i + size))));
  return out;
}

/**
 * The scope of a programme's person ids. Ids are only trusted within one
 * conference: FOSDEM numbers its people afresh each year (its staff account is
 * person 6 in 2020 and person 2 in 2024), so across conferences Hallway matches
 * people by name instead.
 */
export function sourceOrigin(conferenceSlug: string): string {
  return `conference:${conferenceSlug}`;
}

function clean<T extends Record<string, unknown>>(data: T): T {
  // Prisma treats undefined as "leave alone"; the programme is the truth, so absent means null.
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v === undefined ? null : v])) as T;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return (a instanceof Date ? a.getTime() : (a ?? null)) === (b instanceof Date ? b.getTime() : (b ?? null));
  }
  return (a ?? null) === (b ?? null);
}

function differs(existing: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.entries(next).some(([k, v]) => !same(existing[k], v));
}

export async function importProgramme(db: Db, programme: Programme, options: ImportOptions = {}): Promise<ImportSummary> {
  let summary: ImportSummary | undefined;
  try {
    await db.$transaction(
      async (tx) => {
        summary = await importProgrammeInTransaction(tx, programme, options);
        if (options.dryRun) throw new DryRunRollback();
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  if (!summary) throw new Error("import produced no summary");
  return summary;
}

/** importProgramme inside a caller's transaction (the demo content loads two programmes and its writeups as one). */
export async function importProgrammeInTransaction(tx: Tx, programme: Programme, options: ImportOptions = {}): Promise<ImportSummary> {
  const c = programme.conference;
  const slug = options.conferenceSlug ?? c.slug ?? slugify(c.name);
  const conferenceData = clean({
    name: c.name,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    timezone: c.timezone,
    location: c.location,
    venue: c.venue,
    url: c.url,
    description: c.description,
  });
  const existingConference = await tx.conference.findUnique({ where: { slug } });
  const conferenceChanged = !!existingConference && differs(existingConference, conferenceData);
  const conference = existingConference
    ? conferenceChanged
      ? await tx.conference.update({ where: { id: existingConference.id }, data: conferenceData })
      : existingConference
    : await tx.conference.create({ data: { slug, ...conferenceData } });

  const speakers = await upsertSpeakers(tx, programme.speakers, sourceOrigin(slug));
  const talks = await upsertTalks(tx, conference.id, programme.talks, speakers.ids, options.onProgress);
  return {
    conference: { slug, name: conference.name, created: !existingConference, updated: conferenceChanged },
    talks,
    speakers: speakers.counts,
    dryRun: !!options.dryRun,
  };
}

// ───────────────────────────── speakers ─────────────────────────────

async function upsertSpeakers(tx: Tx, speakers: ProgrammeSpeaker[], origin: string) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const ids = new Map<string, string>();
  if (speakers.length === 0) return { ids, counts };

  const externalIds = speakers.flatMap((s) => (s.sourceId ? [s.sourceId] : []));
  const known = await inChunks(externalIds, (chunk) =>
    tx.speakerSource.findMany({ where: { origin, externalId: { in: chunk } }, select: { externalId: true, speakerId: true } }),
  );
  const speakerBySource = new Map(known.map((k) => [k.externalId, k.speakerId]));
  const names = [...new Set(speakers.map((s) => normalizeName(s.name)))];
  const include = { sources: { where: { origin }, select: { externalId: true } } } as const;
  const found = [
    ...(await inChunks(names, (chunk) => tx.speaker.findMany({ where: { normalizedName: { in: chunk } }, include }))),
    ...(await inChunks([...new Set(speakerBySource.values())], (chunk) => tx.speaker.findMany({ where: { id: { in: chunk } }, include }))),
  ];
  const byId = new Map(found.map((s) => [s.id, s]));
  const candidates = [...byId.values()];
  const byName = new Map<string, typeof candidates>();
  for (const s of candidates) byName.set(s.normalizedName, [...(byName.get(s.normalizedName) ?? []), s]);

  type Pending = { speaker: ProgrammeSpeaker; data: ReturnType<typeof speakerData> };
  const toCreate: Pending[] = [];
  const newSources: { origin: string; externalId: string; speakerId: string }[] = [];
  const claimed = new Set<string>();

  for (const s of speakers) {
    const data = speakerData(s);
    const fromSource = s.sourceId ? speakerBySource.get(s.sourceId) : undefined;
    let match = fromSource ? byId.get(fromSource) : undefined;
    if (!match) {
      const affiliation = s.affiliation ? normalizeName(s.affiliation) : null;
      // A namesake with another id from the same origin is someone else.
      const namesakes = (byName.get(data.normalizedName) ?? []).filter(
        (n) => !(s.sourceId && n.sources.length && !n.sources.some((src) => src.externalId === s.sourceId)),
      );
      match =
        namesakes.length <= 1
          ? namesakes[0]
          : (namesakes.find((n) => affiliation && n.affiliation && normalizeName(n.affiliation) === affiliation) ?? namesakes[0]);
      if (match && s.sourceId && !claimed.has(`${s.sourceId}`)) {
        newSources.push({ origin, externalId: s.sourceId, speakerId: match.id });
        claimed.add(s.sourceId);
        match.sources.push({ externalId: s.sourceId });
      }
    }
    if (!match) {
      toCreate.push({ speaker: s, data });
      continue;
    }
    ids.set(s.key, match.id);
    if (differs(match, data)) {
      await tx.speaker.update({ where: { id: match.id }, data });
      Object.assign(match, data);
      counts.updated++;
    } else counts.unchanged++;
  }

  if (toCreate.length) {
    // Two entries of one programme with the same name and no ids are one person.
    const unique = new Map<string, Pending[]>();
    for (const p of toCreate) {
      const key = p.speaker.sourceId ? `id:${p.speaker.sourceId}` : `name:${p.data.normalizedName}`;
      unique.set(key, [...(unique.get(key) ?? []), p]);
    }
    const bases = [...unique.values()].map((group) => slugify(group[0]!.speaker.name));
    const taken = new Set(
      (
        await inChunks([...new Set(bases)], (chunk) =>
          tx.speaker.findMany({ where: { OR: chunk.map((b) => ({ slug: { startsWith: b } })) }, select: { slug: true } }),
        )
      ).map((r) => r.slug),
    );
    const rows = [...unique.values()].map((group, i) => {
      const slug = uniqueSlug(bases[i]!, (x) => taken.has(x));
      taken.add(slug);
      return { slug, ...group[0]!.data };
    });
    const created = await tx.speaker.createManyAndReturn({ data: rows, select: { id: true, slug: true } });
    const idBySlug = new Map(created.map((r) => [r.slug, r.id]));
    [...unique.values()].forEach((group, i) => {
      const id = idBySlug.get(rows[i]!.slug)!;
      for (const p of group) {
        ids.set(p.speaker.key, id);
        if (p.speaker.sourceId && !claimed.has(p.speaker.sourceId)) {
          newSources.push({ origin, externalId: p.speaker.sourceId, speakerId: id });
          claimed.add(p.speaker.sourceId);
        }
      }
    });
    counts.created += rows.length;
  }
  if (newSources.length) await tx.speakerSource.createMany({ data: newSources });
  return { ids, counts };
}

/** A programme only adds to what we know of a person: it never blanks a bio another conference gave. */
function speakerData(s: ProgrammeSpeaker) {
  return {
    name: s.name,
    normalizedName: normalizeName(s.name),
    ...(s.affiliation ? { affiliation: s.affiliation } : {}),
    ...(s.role ? { role: s.role } : {}),
    ...(s.bio ? { bio: s.bio } : {}),
    ...(s.links?.length ? { links: JSON.stringify(s.links) } : {}),
  };
}

// ─────────────────────────────── talks ──────────────────────────────

function talkData(t: ProgrammeTalk) {
  return clean({
    title: t.title,
    subtitle: t.subtitle,
    abstract: t.abstract,
    kind: t.kind,
    level: t.level,
    track: t.track,
    room: t.room,
    day: t.day ?? (t.startsAt ? t.startsAt.slice(0, 10) : undefined),
    startsAt: t.startsAt ? new Date(t.startsAt) : undefined,
    endsAt: t.endsAt ? new Date(t.endsAt) : undefined,
    sourceId: t.sourceId,
    url: t.url,
    links: JSON.stringify(t.links ?? []),
    status: "scheduled",
  });
}

async function upsertTalks(
  tx: Tx,
  conferenceId: string,
  talks: ProgrammeTalk[],
  speakerIds: Map<string, string>,
  onProgress?: (done: number, total: number) => void,
) {
  const counts = { created: 0, updated: 0, unchanged: 0, removed: 0, withdrawn: 0 };
  const existing = await tx.talk.findMany({
    where: { conferenceId },
    include: { speakers: { orderBy: { position: "asc" }, select: { speakerId: true } } },
  });
  const index = <K>(key: (t: (typeof existing)[number]) => K | null | undefined) => {
    const map = new Map<K, (typeof existing)[number]>();
    for (const t of existing) {
      const k = key(t);
      if (k !== null && k !== undefined && !map.has(k)) map.set(k, t);
    }
    return map;
  };
  const bySource = index((t) => t.sourceId);
  const byUrl = index((t) => t.url);
  const byTitleDay = index((t) => `${normalizeName(t.title)}|${t.day ?? ""}`);
  const byTitle = index((t) => normalizeName(t.title));
  const slugs = new Set(existing.map((t) => t.slug));
  const seen = new Set<string>();
  const toCreate: { data: ReturnType<typeof talkData> & { slug: string; conferenceId: string }; speakers: string[] }[] = [];

  for (const [i, t] of talks.entries()) {
    if (i % 50 === 0) onProgress?.(i, talks.length);
    const data = talkData(t);
    const free = (x: (typeof existing)[number] | undefined) => (x && !seen.has(x.id) ? x : undefined);
    const match =
      free(t.sourceId ? bySource.get(t.sourceId) : undefined) ??
      free(t.url ? byUrl.get(t.url) : undefined) ??
      free(byTitleDay.get(`${normalizeName(t.title)}|${data.day ?? ""}`)) ??
      // A talk whose source id we know is a different talk from another with the same title.
      (t.sourceId && bySource.size ? undefined : free(byTitle.get(normalizeName(t.title))));
    const wanted = [...new Set(t.speakerKeys.map((k) => speakerIds.get(k)).filter((id): id is string => !!id))];
    if (!match) {
      const slug = uniqueSlug(slugify(t.title), (s) => slugs.has(s));
      slugs.add(slug);
      toCreate.push({ data: { ...data, slug, conferenceId }, speakers: wanted });
      continue;
    }
    seen.add(match.id);
    const speakersChanged = match.speakers.map((s) => s.speakerId).join() !== wanted.join();
    if (differs(match, data) || speakersChanged) {
      await tx.talk.update({ where: { id: match.id }, data });
      if (speakersChanged) {
        await tx.talkSpeaker.deleteMany({ where: { talkId: match.id } });
        if (wanted.length) await tx.talkSpeaker.createMany({ data: wanted.map((speakerId, position) => ({ talkId: match.id, speakerId, position })) });
      }
      counts.updated++;
    } else counts.unchanged++;
  }

  if (toCreate.length) {
    const created = await tx.talk.createManyAndReturn({ data: toCreate.map((c) => c.data), select: { id: true, slug: true } });
    const idBySlug = new Map(created.map((r) => [r.slug, r.id]));
    const links = toCreate.flatMap((c) => c.speakers.map((speakerId, position) => ({ talkId: idBySlug.get(c.data.slug)!, speakerId, position })));
    if (links.length) await tx.talkSpeaker.createMany({ data: links });
    counts.created += created.length;
  }
  onProgress?.(talks.length, talks.length);

  const missing = existing.filter((t) => !seen.has(t.id));
  if (missing.length) {
    const linked = new Set(
      (
        await inChunks(
          missing.map((t) => t.id),
          (chunk) => tx.mention.findMany({ where: { talkId: { in: chunk } }, select: { talkId: true }, distinct: ["talkId"] }),
        )
      ).map((m) => m.talkId),
    );
    const withdraw = missing.filter((t) => linked.has(t.id) && t.status !== "withdrawn");
    const remove = missing.filter((t) => !linked.has(t.id));
    await inChunks(
      withdraw.map((t) => t.id),
      (chunk) => tx.talk.updateMany({ where: { id: { in: chunk } }, data: { status: "withdrawn" } }).then(() => []),
    );
    await inChunks(
      remove.map((t) => t.id),
      (chunk) => tx.talk.deleteMany({ where: { id: { in: chunk } } }).then(() => []),
    );
    counts.withdrawn += withdraw.length;
    counts.removed += remove.length;
  }
  return counts;
}
