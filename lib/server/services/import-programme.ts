/**
 * Saves a normalized Programme (lib/core/programme) into the database: loads
 * what the import touches, lets reconcileProgramme
 * (lib/core/programme/reconcile-programme.ts, where the matching rules live)
 * decide, and writes the plan in one transaction with batched writes, so a
 * 1,000-session programme is a handful of statements rather than thousands.
 * After any error the database is exactly as it was. When the re-import
 * changes what linked writeups show (a talk renamed, its speakers changed, a
 * speaker renamed), it asks for those writeups to be re-rendered in the same
 * transaction.
 */
import { markCatalogChangedHere } from "@/lib/server/cache/page-cache";
import { DomainError } from "@/lib/core/errors";
import { reconcileProgramme, speakerSlugBases, type ProgrammePlan, type SpeakerRef } from "@/lib/core/programme/reconcile-programme";
import type { Programme } from "@/lib/core/programme/types";
import { normalizeName } from "@/lib/core/text/normalize";
import { slugify } from "@/lib/core/text/slugify";
import { conferenceSlugSchema } from "@/lib/validations/programme";
import type { Db, Tx } from "@/lib/server/db";
import { requestRerender } from "@/lib/server/jobs/rerender";
import * as repo from "@/lib/server/repositories/programme-import";
import { transaction } from "@/lib/server/repositories/transaction";

export type { Counts } from "@/lib/core/programme/reconcile-programme";

export type ImportSummary = ProgrammePlan["summary"] & { dryRun: boolean };

export interface ImportOptions {
  /** Overrides the programme's own conference slug. */
  conferenceSlug?: string;
  dryRun?: boolean;
  /** Called as talks are saved, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

class DryRunRollback extends Error {}

/**
 * The scope of a programme's person ids. Ids are only trusted within one
 * conference: FOSDEM numbers its people afresh each year (its staff account is
 * person 6 in 2020 and person 2 in 2024), so across conferences Hallway matches
 * people by name instead.
 */
export function sourceOrigin(conferenceSlug: string): string {
  return `conference:${conferenceSlug}`;
}

export async function importProgramme(db: Db, programme: Programme, options: ImportOptions = {}): Promise<ImportSummary> {
  let summary: ImportSummary | undefined;
  try {
    await transaction(
      db,
      async (tx) => {
        summary = await importProgrammeInTransaction(tx, programme, options);
        if (options.dryRun) throw new DryRunRollback();
      },
      { timeout: 300_000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  if (!summary) throw new Error("import produced no summary");
  return summary;
}

function conferenceSlugOf(programme: Programme, override: string | undefined): string {
  if (override === undefined) return programme.conference.slug ?? slugify(programme.conference.name);
  const parsed = conferenceSlugSchema.safeParse(override);
  if (!parsed.success) throw new DomainError("invalid", `conference slug '${override}': ${parsed.error.issues[0]?.message ?? "not valid"}`, { field: "conference" });
  return parsed.data;
}

/** importProgramme inside a caller's transaction (the demo content loads two programmes and its writeups as one). */
export async function importProgrammeInTransaction(tx: Tx, programme: Programme, options: ImportOptions = {}): Promise<ImportSummary> {
  const slug = conferenceSlugOf(programme, options.conferenceSlug);
  const origin = sourceOrigin(slug);

  // Load: the conference and its talks, and everyone the programme's people may be.
  const conference = await repo.findImportedConference(tx, slug);
  const [talks, linkedTalkIds, speakerSources] = await Promise.all([
    conference ? repo.findConferenceTalks(tx, conference.id) : [],
    conference ? repo.findLinkedTalkIds(tx, conference.id) : [],
    repo.findSpeakerSources(tx, origin, programme.speakers.flatMap((s) => (s.sourceId ? [s.sourceId] : []))),
  ]);
  const speakers = await repo.findSpeakerCandidates(
    tx,
    origin,
    programme.speakers.map((s) => normalizeName(s.name)),
    speakerSources.map((s) => s.speakerId),
  );
  const bases = speakerSlugBases(programme, new Set(speakerSources.map((s) => s.externalId)));
  const takenSpeakerSlugs = bases.length ? await repo.findSpeakerSlugsStartingWith(tx, bases) : [];

  const plan = reconcileProgramme(programme, slug, { conference, talks, linkedTalkIds, speakerSources, speakers, takenSpeakerSlugs });
  await writePlan(tx, plan, origin, options.onProgress);
  if (!options.dryRun) await rerenderLinks(tx, plan);
  return { ...plan.summary, dryRun: !!options.dryRun };
}

async function writePlan(tx: Tx, plan: ProgrammePlan, origin: string, onProgress?: (done: number, total: number) => void) {
  const c = plan.conference;
  const conferenceId = c.action === "create" ? (await repo.createConference(tx, c.slug, c.data)).id : c.id;
  if (c.action === "update") await repo.updateConference(tx, c.id, c.data);

  // Speakers first: talks link them.
  const created = await repo.createSpeakers(tx, plan.speakers.create);
  const newSpeakerId = new Map(created.map((s) => [s.slug, s.id]));
  const speakerId = (ref: SpeakerRef) => ("id" in ref ? ref.id : newSpeakerId.get(ref.newSlug)!);
  for (const u of plan.speakers.update) await repo.updateSpeaker(tx, u.id, u.data);
  await repo.addSpeakerSources(tx, origin, plan.speakers.sources.map((s) => ({ externalId: s.externalId, speakerId: speakerId(s.speaker) })));

  const { create, update, withdraw, remove } = plan.talks;
  const total = plan.summary.talks.created + plan.summary.talks.updated + plan.summary.talks.unchanged;
  let done = plan.summary.talks.unchanged;
  onProgress?.(done, total);
  for (const u of update) {
    await repo.updateTalk(tx, u.id, u.data);
    if (++done % 50 === 0) onProgress?.(done, total);
  }
  const links = (talkId: string, refs: readonly SpeakerRef[]) => refs.map((ref, position) => ({ talkId, speakerId: speakerId(ref), position }));
  const relinked = update.filter((u) => u.speakers);
  await repo.replaceTalkSpeakers(tx, relinked.map((u) => u.id), relinked.flatMap((u) => links(u.id, u.speakers!)));

  const newTalks = await repo.createTalks(tx, conferenceId, create.map(({ speakers: _s, ...talk }) => talk));
  const newTalkId = new Map(newTalks.map((t) => [t.slug, t.id]));
  await repo.addTalkSpeakers(tx, create.flatMap((t) => links(newTalkId.get(t.slug)!, t.speakers)));
  onProgress?.(total, total);

  await repo.withdrawTalks(tx, withdraw);
  await repo.deleteTalks(tx, remove);
}

/** Writeups that link a renamed talk or speaker show the old name until they are rendered again. */
async function rerenderLinks(tx: Tx, plan: ProgrammePlan) {
  const { talkIds, speakerIds, renamedSpeakerIds } = plan.rerender;
  const talksOfRenamed = renamedSpeakerIds.length ? await repo.findTalkIdsOfSpeakers(tx, renamedSpeakerIds) : [];
  const talks = [...new Set([...talkIds, ...talksOfRenamed])];
  if (talks.length || speakerIds.length) await requestRerender(tx, { talkIds: talks, speakerIds, reason: "programme re-import" });
  else markCatalogChangedHere(tx);
}
