/**
 * Speakers as the merge form lists them: name, slug, affiliation and how many
 * talks each has, found by name or read in pages of ids.
 */
import type { Db, Prisma } from "@/lib/server/db";
import { containing } from "./users";

export interface SpeakerCandidate {
  slug: string;
  name: string;
  affiliation: string | null;
  talks: number;
}

const candidateSelect = { id: true, slug: true, name: true, affiliation: true, _count: { select: { talks: true } } } satisfies Prisma.SpeakerSelect;

const toCandidate = (r: Prisma.SpeakerGetPayload<{ select: typeof candidateSelect }>): SpeakerCandidate => ({
  slug: r.slug,
  name: r.name,
  affiliation: r.affiliation,
  talks: r._count.talks,
});

/** Speakers found by name or slug, for the merge form's two sides. */
export async function findSpeakerCandidates(db: Db, query: string, take = 20): Promise<SpeakerCandidate[]> {
  const text = query.trim();
  if (!text) return [];
  const rows = await db.speaker.findMany({
    where: { OR: [{ name: containing(db, text) }, { slug: containing(db, text.toLowerCase()) }] },
    select: candidateSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
  });
  return rows.map(toCandidate);
}

/** One page of all speakers in id order, after the `cursor` id (exclusive). */
export async function pageSpeakerCandidates(db: Db, take: number, cursor?: string): Promise<{ rows: SpeakerCandidate[]; next: string | undefined }> {
  const rows = await db.speaker.findMany({
    select: candidateSelect,
    orderBy: { id: "asc" },
    take,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  return { rows: rows.map(toCandidate), next: rows.length === take ? rows[rows.length - 1]!.id : undefined };
}
