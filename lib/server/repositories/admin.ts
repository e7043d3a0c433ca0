/**
 * The admin area's reads: writeups to moderate, people and their roles,
 * speakers that look like one person twice, and the numbers on /admin.
 * Authorization is the caller's (requireRole in the page, the services for
 * every mutation); these are plain paginated reads.
 */
import { providerOfDb, type Db, type Prisma } from "@/lib/server/db";
import { normalizeName } from "@/lib/core/text/normalize";

export const ADMIN_PAGE_SIZE = 30;

/** A case-insensitive "contains": SQLite's LIKE already is (for ASCII); PostgreSQL needs to be told. */
function containing(db: Db, text: string): Prisma.StringFilter {
  return providerOfDb(db) === "postgresql" ? ({ contains: text, mode: "insensitive" } as Prisma.StringFilter) : { contains: text };
}

const moderationSelect = {
  id: true,
  slug: true,
  title: true,
  publishedAt: true,
  excerpt: true,
  author: { select: { name: true, username: true, email: true } },
} satisfies Prisma.WriteupSelect;

export type ModerationRow = Prisma.WriteupGetPayload<{ select: typeof moderationSelect }>;

/**
 * Published writeups, newest first, to moderate. Drafts and the trash stay
 * private to their authors, moderators included: a moderator who takes a
 * writeup down gets an Undo right then, and the author can restore it.
 */
export async function listModerationWriteups(db: Db, page: number, query?: string) {
  const text = query?.trim();
  const where: Prisma.WriteupWhereInput = {
    status: "published",
    deletedAt: null,
    ...(text ? { OR: [{ title: containing(db, text) }, { slug: containing(db, text) }, { author: { username: containing(db, text) } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.writeup.findMany({ where, select: moderationSelect, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], skip: (page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE }),
    db.writeup.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

const personSelect = { id: true, name: true, username: true, email: true, role: true, createdAt: true } satisfies Prisma.UserSelect;
export type PersonRow = Prisma.UserGetPayload<{ select: typeof personSelect }>;

/** Everyone, oldest first; `byEmail` (admins only) also matches email addresses. */
export async function listPeople(db: Db, page: number, query?: string, { byEmail = false } = {}) {
  const text = query?.trim();
  const where: Prisma.UserWhereInput = text
    ? { OR: [{ name: containing(db, text) }, { username: containing(db, text) }, ...(byEmail ? [{ email: containing(db, text) }] : [])] }
    : {};
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, select: personSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: (page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE }),
    db.user.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export interface SpeakerCandidate {
  slug: string;
  name: string;
  affiliation: string | null;
  talks: number;
}

/** Speakers found by name or slug, for the merge form's two sides. */
export async function findSpeakers(db: Db, query: string, take = 20): Promise<SpeakerCandidate[]> {
  const text = query.trim();
  if (!text) return [];
  const rows = await db.speaker.findMany({
    where: { OR: [{ name: containing(db, text) }, { slug: containing(db, text.toLowerCase()) }] },
    select: { slug: true, name: true, affiliation: true, _count: { select: { talks: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
  });
  return rows.map((r) => ({ slug: r.slug, name: r.name, affiliation: r.affiliation, talks: r._count.talks }));
}

/**
 * Pairs that are probably one person: the same name once accents, case and
 * punctuation are set aside ("Diogo Mónica" / "Diogo Monica"), and the same
 * surname with a first name that starts the other ("Jon Smith" / "Jonathan
 * Smith"). Looked for among speakers whose surnames collide, a bounded scan.
 */
export async function likelyDuplicateSpeakers(db: Db, limit = 25): Promise<[SpeakerCandidate, SpeakerCandidate][]> {
  const pairs: [SpeakerCandidate, SpeakerCandidate][] = [];
  const pageSize = 5000;
  let cursor: string | undefined;
  const bySurname = new Map<string, { given: string; full: string; row: SpeakerCandidate }[]>();
  // One pass in pages of ids: memory stays bounded by the number of distinct surnames.
  for (;;) {
    const rows = await db.speaker.findMany({
      select: { id: true, slug: true, name: true, affiliation: true, _count: { select: { talks: true } } },
      orderBy: { id: "asc" },
      take: pageSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const r of rows) {
      const full = normalizeName(r.name);
      const words = full.split(" ").filter(Boolean);
      if (words.length < 2) continue;
      const surname = words[words.length - 1]!;
      const given = words[0]!;
      const candidate = { slug: r.slug, name: r.name, affiliation: r.affiliation, talks: r._count.talks };
      const seen = bySurname.get(surname) ?? [];
      for (const other of seen) {
        const same = other.full === full || (given.length >= 2 && other.given.length >= 2 && (other.given.startsWith(given) || given.startsWith(other.given)) && other.given !== given);
        if (same && pairs.length < limit) pairs.push([other.row, candidate]);
      }
      if (seen.length < 20) seen.push({ given, full, row: candidate });
      bySurname.set(surname, seen);
    }
    if (rows.length < pageSize || pairs.length >= limit) break;
    cursor = rows[rows.length - 1]!.id;
  }
  return pairs;
}

export async function adminCounts(db: Db) {
  const [published, people, conferences, speakers] = await Promise.all([
    db.writeup.count({ where: { status: "published", deletedAt: null } }),
    db.user.count(),
    db.conference.count(),
    db.speaker.count(),
  ]);
  return { published, people, conferences, speakers };
}
