/**
 * The mention index, built once per catalog change and shared by every save
 * and every request of this process.
 *
 * A save asks for the catalog of its conferences. The CatalogVersion number
 * (one tiny query) says whether the snapshot this process holds is current;
 * only when it moved is the catalog read again, and the index for each set of
 * conferences is rebuilt on first use after that.
 *
 * Snapshots are keyed by "<database>:<version>" (migration 0008 names each
 * database), so every handle to one database, transactions included, shares
 * them, and a process that talks to several databases (the tests) keeps them
 * apart. A snapshot read inside a transaction is never shared: that
 * transaction may have changed the catalog itself (the demo seed imports and
 * then writes) and may still roll back.
 */
import { buildMentionIndex, type MentionIndex } from "@/lib/core/mentions/mention-index";
import type { LinkTargets } from "@/lib/core/writeups/derive-writeup";
import { speakerPath, talkPath } from "@/lib/paths";
import type { Catalog } from "@/lib/core/mentions/types";
import type { TalkKind } from "@/lib/core/programme/types";
import { DomainError } from "@/lib/core/errors";
import type { Db, Tx } from "@/lib/server/db";
import { catalogVersion, loadCatalogSnapshot, type CatalogSnapshot } from "@/lib/server/repositories/catalog";

interface Prepared {
  snapshot: CatalogSnapshot;
  conferenceBySlug: Map<string, CatalogSnapshot["conferences"][number]>;
  /** Index per sorted conference set ("" = every conference), built on first use. */
  indexes: Map<string, MentionIndex>;
  /** Where mentions link, built on first use. */
  targets?: LinkTargets;
}

const MAX_INDEXES = 64;
/** Snapshots kept: one per database this process uses, and the state it just left. */
const MAX_SNAPSHOTS = 8;

const shared = ((globalThis as { hallwayMentionCatalogs?: Map<string, Prepared> }).hallwayMentionCatalogs ??= new Map());
const isTransaction = (db: Db | Tx) => !("$transaction" in db);

function prepare(snapshot: CatalogSnapshot): Prepared {
  return { snapshot, conferenceBySlug: new Map(snapshot.conferences.map((c) => [c.slug, c])), indexes: new Map() };
}

/** The detection Catalog of some conferences (all of them when none are named). */
function catalogOf(p: Prepared, conferenceIds: ReadonlySet<string> | null): Catalog {
  const slugById = new Map(p.snapshot.conferences.map((c) => [c.id, c.slug]));
  const talks = p.snapshot.talks.filter((t) => !conferenceIds || conferenceIds.has(t.conferenceId));
  const speakerIds = new Set(talks.flatMap((t) => t.speakerIds));
  return {
    conferences: p.snapshot.conferences.map(({ slug, name, acronym, startsOn, endsOn }) => ({ slug, name, acronym, startsOn, endsOn })),
    talks: talks.map((t) => ({
      id: t.id,
      slug: t.slug,
      conference: slugById.get(t.conferenceId) ?? "",
      title: t.title,
      subtitle: t.subtitle,
      kind: t.kind as TalkKind,
      day: t.day,
      track: t.track,
      room: t.room,
      startsAt: t.startsAt,
      speakerIds: t.speakerIds,
      url: t.url,
      urls: t.urls,
      sourceKeys: t.sourceKeys,
      aliases: t.aliases,
    })),
    speakers: p.snapshot.speakers.filter((s) => speakerIds.has(s.id)).map(({ id, slug, name }) => ({ id, slug, name })),
  };
}

/**
 * Link targets from the snapshot: a save renders its mention links without a
 * query. Labels are made per mention, not for the whole catalog.
 */
function targetsOf(p: Prepared): LinkTargets {
  if (p.targets) return p.targets;
  const conferences = new Map(p.snapshot.conferences.map((c) => [c.id, c]));
  const talks = new Map(p.snapshot.talks.map((t) => [t.id, t]));
  const speakers = new Map(p.snapshot.speakers.map((s) => [s.id, s]));
  p.targets = (kind, id) => {
    if (kind === "speaker") {
      const s = speakers.get(id);
      return s ? { href: speakerPath(s.slug), label: `${s.name}${s.affiliation ? `, ${s.affiliation}` : ""}` } : null;
    }
    const t = talks.get(id);
    const c = t && conferences.get(t.conferenceId);
    if (!t || !c) return null;
    const names = t.speakerIds.flatMap((s) => speakers.get(s)?.name ?? []).join(", ");
    return { href: talkPath(c.slug, t.slug), label: `${t.title}${names ? ` — ${names}` : ""}, ${c.name}` };
  };
  return p.targets;
}

export interface MentionCatalog {
  version: string;
  index: MentionIndex;
  targets: LinkTargets;
  /** The ids of the conferences asked for, in the order asked. */
  conferenceIds: string[];
}

async function prepared(db: Db | Tx, version?: string): Promise<Prepared> {
  const current = version ?? (await catalogVersion(db));
  const cached = shared.get(current);
  if (cached) return cached;
  const fresh = prepare(await loadCatalogSnapshot(db));
  if (!isTransaction(db) && fresh.snapshot.version === current) {
    shared.delete(current);
    shared.set(current, fresh);
    while (shared.size > MAX_SNAPSHOTS) shared.delete(shared.keys().next().value!);
  }
  return fresh;
}

/** The ids of these conference slugs; an unknown one is refused with a message naming it. */
function idsOf(p: Prepared, conferenceSlugs: readonly string[]): string[] {
  const wanted = [...new Set(conferenceSlugs)];
  const missing = wanted.filter((slug) => !p.conferenceBySlug.has(slug));
  if (missing.length) throw new DomainError("invalid", `No conference ${missing.map((m) => `“${m}”`).join(", ")} on this site.`, { field: "conferences" });
  return wanted.map((slug) => p.conferenceBySlug.get(slug)!.id);
}

/** Link targets and conference ids, without building a detection index. */
export async function linkCatalog(db: Db | Tx, conferenceSlugs: readonly string[], version?: string): Promise<{ targets: LinkTargets; conferenceIds: string[] }> {
  const p = await prepared(db, version);
  return { targets: targetsOf(p), conferenceIds: idsOf(p, conferenceSlugs) };
}

/**
 * Makes sure this process holds the current snapshot, read outside any
 * transaction so it can be shared. Call it before a transaction that detects
 * mentions; inside, the same version then finds it.
 */
export async function warmMentionCatalog(db: Db): Promise<void> {
  await prepared(db);
}

/**
 * The mention index for a writeup about `conferenceSlugs`. Pass the
 * catalog version when the caller already read it (a save reads it with the
 * writeup, in one round trip).
 */
export async function mentionCatalog(db: Db | Tx, conferenceSlugs: readonly string[], version?: string): Promise<MentionCatalog> {
  const p = await prepared(db, version);
  const conferenceIds = idsOf(p, conferenceSlugs);
  return { version: p.snapshot.version, index: indexOf(p, conferenceIds), targets: targetsOf(p), conferenceIds };
}

/** The shared index for a set of conference ids (none: every conference), built on first use. */
function indexOf(p: Prepared, conferenceIds: readonly string[]): MentionIndex {
  const key = [...conferenceIds].sort().join(" ");
  let index = p.indexes.get(key);
  if (!index) {
    index = buildMentionIndex(catalogOf(p, conferenceIds.length ? new Set(conferenceIds) : null));
    if (p.indexes.size >= MAX_INDEXES) p.indexes.delete(p.indexes.keys().next().value!);
    p.indexes.set(key, index);
  }
  return index;
}

/** The index for conferences named by id, as a writeup's stored links name them (ids no longer in the catalog are ignored). */
export async function mentionIndexOfConferences(db: Db | Tx, conferenceIds: readonly string[], version?: string): Promise<MentionIndex> {
  const p = await prepared(db, version);
  const known = new Set(p.snapshot.conferences.map((c) => c.id));
  return indexOf(p, conferenceIds.filter((id) => known.has(id)));
}

/** Link targets of the current catalog, for re-rendering stored mentions. */
export async function linkTargets(db: Db | Tx, version?: string): Promise<LinkTargets> {
  return targetsOf(await prepared(db, version));
}
