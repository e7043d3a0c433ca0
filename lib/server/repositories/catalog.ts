/**
 * What mention detection and link rendering read from the programme: every
 * conference, talk and speaker, in one snapshot, and the CatalogVersion
 * number (migration 0008) that says whether a snapshot is still current.
 */
import type { Db, Tx } from "@/lib/server/db";
import type { CatalogAlias } from "@/lib/core/mentions/types";
import { aliasTrusted } from "@/lib/core/mentions/talk-aliases";
import { talkAddresses } from "@/lib/core/mentions/talk-addresses";
import { aliasRows, allAliases } from "./talk-aliases";

const VERSION_SQL = `SELECT "version", "database" FROM "CatalogVersion" WHERE "id" = 1`;
type VersionRow = { version: bigint | number; database: string };
const keyOf = (rows: VersionRow[]) => (rows[0] ? `${rows[0].database}:${Number(rows[0].version)}` : "none");

/** "<database>:<version>": names one state of the catalog of one database. */
export async function catalogVersion(db: Db | Tx): Promise<string> {
  return keyOf(await db.$queryRawUnsafe<VersionRow[]>(VERSION_SQL));
}

export interface SnapshotConference {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

export interface SnapshotTalk {
  id: string;
  slug: string;
  conferenceId: string;
  title: string;
  subtitle: string | null;
  kind: string;
  day: string | null;
  track: string | null;
  room: string | null;
  /** ISO 8601, when the programme gives a time. */
  startsAt: string | null;
  /** The talk's schedule page, and with it the programme's slides and recording links (talk-addresses.ts). */
  url: string | null;
  urls: string[];
  /** The programme's identifiers for the talk. */
  sourceKeys: string[];
  speakerIds: string[];
  /** Phrases authors confirmed or rejected for the talk (TalkAlias). */
  aliases: CatalogAlias[];
}

export interface SnapshotSpeaker {
  id: string;
  slug: string;
  name: string;
  affiliation: string | null;
}

export interface CatalogSnapshot {
  /** catalogVersion() when it was read. */
  version: string;
  conferences: SnapshotConference[];
  talks: SnapshotTalk[];
  speakers: SnapshotSpeaker[];
}

/** The whole catalog, read in one transaction so the version matches the rows. */
export async function loadCatalogSnapshot(db: Db | Tx): Promise<CatalogSnapshot> {
  const reads = (c: Db | Tx) =>
    [
      c.$queryRawUnsafe<VersionRow[]>(VERSION_SQL),
      c.conference.findMany({ select: { id: true, slug: true, name: true, acronym: true, startsOn: true, endsOn: true } }),
      c.talk.findMany({
        select: {
          id: true,
          slug: true,
          conferenceId: true,
          title: true,
          subtitle: true,
          kind: true,
          day: true,
          track: true,
          room: true,
          startsAt: true,
          url: true,
          links: true,
          sourceId: true,
          sourceKeys: true,
        },
      }),
      c.talkSpeaker.findMany({ select: { talkId: true, speakerId: true, position: true }, orderBy: [{ talkId: "asc" }, { position: "asc" }] }),
      c.speaker.findMany({ select: { id: true, slug: true, name: true, affiliation: true } }),
      allAliases(c),
    ] as const;
  // Inside a caller's transaction the reads already see one state; outside, a batch transaction makes them.
  const [version, conferences, talks, links, speakers, aliases] = "$transaction" in db ? await db.$transaction([...reads(db)]) : await Promise.all(reads(db));
  const speakersOf = new Map<string, string[]>();
  for (const l of links) {
    const list = speakersOf.get(l.talkId);
    if (list) list.push(l.speakerId);
    else speakersOf.set(l.talkId, [l.speakerId]);
  }
  const aliasesOf = new Map<string, CatalogAlias[]>();
  for (const a of aliasRows(aliases)) {
    const alias = { phrase: a.phrase, negative: a.negative, trusted: aliasTrusted(a) };
    const list = aliasesOf.get(a.talkId);
    if (list) list.push(alias);
    else aliasesOf.set(a.talkId, [alias]);
  }
  return {
    version: keyOf(version),
    conferences,
    talks: talks.map(({ url, links, sourceId, sourceKeys, ...t }) => ({
      ...t,
      startsAt: t.startsAt?.toISOString() ?? null,
      ...talkAddresses({ url, links, sourceId, sourceKeys }),
      speakerIds: speakersOf.get(t.id) ?? [],
      aliases: aliasesOf.get(t.id) ?? [],
    })),
    speakers,
  };
}
