/**
 * Saves a normalized Programme (lib/core/programme) into the database.
 *
 * One transaction: after any error the database is exactly as it was.
 * Idempotent: importing the same programme twice changes nothing, and an
 * updated programme updates talks in place. Talks are matched by the source's
 * id, else by normalized title within the conference. Speakers are people
 * across conferences: matched by normalized name, with affiliation breaking a
 * tie between namesakes. A talk missing from the new programme is deleted
 * unless a writeup links to it; then it is kept and marked withdrawn.
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

const emptyCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 });

function clean<T extends Record<string, unknown>>(data: T): T {
  // Prisma treats undefined as "leave alone"; the programme is the truth, so absent means null.
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v === undefined ? null : v])) as T;
}

function differs(existing: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.entries(next).some(([k, v]) => {
    const old = existing[k];
    if (old instanceof Date || v instanceof Date) {
      return (old instanceof Date ? old.getTime() : old ?? null) !== (v instanceof Date ? v.getTime() : v ?? null);
    }
    return (old ?? null) !== (v ?? null);
  });
}

export async function importProgramme(db: Db, programme: Programme, options: ImportOptions = {}): Promise<ImportSummary> {
  let summary: ImportSummary | undefined;
  try {
    await db.$transaction(
      async (tx) => {
        summary = await importInTransaction(tx, programme, options);
        if (options.dryRun) throw new DryRunRollback();
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  if (!summary) throw new Error("import produced no summary");
  return summary;
}

async function importInTransaction(tx: Tx, programme: Programme, options: ImportOptions): Promise<ImportSummary> {
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
  const conference = existingConference
    ? differs(existingConference, conferenceData)
      ? await tx.conference.update({ where: { id: existingConference.id }, data: conferenceData })
      : existingConference
    : await tx.conference.create({ data: { slug, ...conferenceData } });

  const speakerIds = await upsertSpeakers(tx, programme.speakers);
  const talkCounts = await upsertTalks(tx, conference.id, programme.talks, speakerIds.ids, options.onProgress);

  return {
    conference: {
      slug,
      name: conference.name,
      created: !existingConference,
      updated: !!existingConference && conference !== existingConference,
    },
    talks: talkCounts,
    speakers: speakerIds.counts,
    dryRun: !!options.dryRun,
  };
}

async function upsertSpeakers(tx: Tx, speakers: ProgrammeSpeaker[]) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const ids = new Map<string, string>();
  const names = [...new Set(speakers.map((s) => normalizeName(s.name)))];
  const existing = await tx.speaker.findMany({ where: { normalizedName: { in: names } } });
  const byName = new Map<string, typeof existing>();
  for (const s of existing) byName.set(s.normalizedName, [...(byName.get(s.normalizedName) ?? []), s]);
  const takenSlugs = new Set(
    (await tx.speaker.findMany({ where: { slug: { in: speakers.map((s) => slugify(s.name)) } }, select: { slug: true } })).map((s) => s.slug),
  );

  for (const s of speakers) {
    const key = normalizeName(s.name);
    const namesakes = byName.get(key) ?? [];
    const affiliation = s.affiliation ? normalizeName(s.affiliation) : null;
    // Same name: same person, unless several namesakes exist and the affiliation tells them apart.
    const match =
      namesakes.length <= 1
        ? namesakes[0]
        : namesakes.find((n) => affiliation && n.affiliation && normalizeName(n.affiliation) === affiliation) ?? namesakes[0];
    // A programme only adds to what we know of a person: it never blanks a bio another conference gave.
    const data = {
      name: s.name,
      normalizedName: key,
      ...(s.affiliation ? { affiliation: s.affiliation } : {}),
      ...(s.role ? { role: s.role } : {}),
      ...(s.bio ? { bio: s.bio } : {}),
      ...(s.links?.length ? { links: JSON.stringify(s.links) } : {}),
    };
    if (match) {
      ids.set(s.key, match.id);
      if (differs(match, data)) {
        await tx.speaker.update({ where: { id: match.id }, data });
        counts.updated++;
      } else counts.unchanged++;
      continue;
    }
    const base = slugify(s.name);
    const finalSlug = takenSlugs.has(base) ? await freeSpeakerSlug(tx, base) : base;
    takenSlugs.add(finalSlug);
    const created = await tx.speaker.create({ data: { slug: finalSlug, ...data } });
    byName.set(key, [...namesakes, created]);
    ids.set(s.key, created.id);
    counts.created++;
  }
  return { ids, counts };
}

async function freeSpeakerSlug(tx: Tx, base: string): Promise<string> {
  const rows = await tx.speaker.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const taken = new Set(rows.map((r) => r.slug));
  return uniqueSlug(base, (s) => taken.has(s));
}

async function upsertTalks(
  tx: Tx,
  conferenceId: string,
  talks: ProgrammeTalk[],
  speakerIds: Map<string, string>,
  onProgress?: (done: number, total: number) => void,
) {
  const counts = { ...emptyCounts(), withdrawn: 0 };
  const existing = await tx.talk.findMany({
    where: { conferenceId },
    include: { speakers: { orderBy: { position: "asc" } } },
  });
  const bySource = new Map(existing.filter((t) => t.sourceId).map((t) => [t.sourceId as string, t]));
  const byTitle = new Map(existing.map((t) => [normalizeName(t.title), t]));
  const slugs = new Set(existing.map((t) => t.slug));
  const seen = new Set<string>();

  for (const [i, t] of talks.entries()) {
    if (i % 25 === 0) onProgress?.(i, talks.length);
    const match = (t.sourceId ? bySource.get(t.sourceId) : undefined) ?? (!t.sourceId || !bySource.size ? byTitle.get(normalizeName(t.title)) : undefined);
    const data = clean({
      title: t.title,
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
      status: "scheduled",
    });
    const wantedSpeakers = t.speakerKeys.map((k) => speakerIds.get(k)).filter((id): id is string => !!id);
    if (match && !seen.has(match.id)) {
      seen.add(match.id);
      const speakersChanged = match.speakers.map((s) => s.speakerId).join() !== wantedSpeakers.join();
      if (differs(match, data) || speakersChanged) {
        await tx.talk.update({ where: { id: match.id }, data });
        if (speakersChanged) await setSpeakers(tx, match.id, wantedSpeakers);
        counts.updated++;
      } else counts.unchanged++;
      continue;
    }
    const slug = uniqueSlug(slugify(t.title), (s) => slugs.has(s));
    slugs.add(slug);
    const created = await tx.talk.create({
      data: { conferenceId, slug, ...data, speakers: { create: speakerRows(wantedSpeakers) } },
      select: { id: true },
    });
    seen.add(created.id);
    counts.created++;
  }

  onProgress?.(talks.length, talks.length);
  const missing = existing.filter((t) => !seen.has(t.id));
  if (missing.length) {
    const linked = new Set(
      (await tx.mention.findMany({ where: { talkId: { in: missing.map((t) => t.id) } }, select: { talkId: true }, distinct: ["talkId"] })).map((m) => m.talkId),
    );
    const withdraw = missing.filter((t) => linked.has(t.id));
    const remove = missing.filter((t) => !linked.has(t.id));
    if (withdraw.length) {
      const fresh = withdraw.filter((t) => t.status !== "withdrawn");
      await tx.talk.updateMany({ where: { id: { in: fresh.map((t) => t.id) } }, data: { status: "withdrawn" } });
      counts.withdrawn += fresh.length;
    }
    if (remove.length) {
      await tx.talk.deleteMany({ where: { id: { in: remove.map((t) => t.id) } } });
      counts.removed += remove.length;
    }
  }
  return counts;
}

function speakerRows(speakerIds: string[]) {
  return [...new Set(speakerIds)].map((speakerId, position) => ({ speakerId, position }));
}

async function setSpeakers(tx: Tx, talkId: string, speakerIds: string[]) {
  await tx.talkSpeaker.deleteMany({ where: { talkId } });
  const rows = speakerRows(speakerIds);
  if (rows.length) await tx.talkSpeaker.createMany({ data: rows.map((row) => ({ talkId, ...row })) });
}
