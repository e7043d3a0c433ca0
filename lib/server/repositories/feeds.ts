/**
 * Feeds: for each scope (the whole site, a conference, a talk, a speaker, an
 * author), its newest public writeups as FeedItems and when the feed last
 * changed. `null` when the scope does not exist, so the route can answer 404.
 *
 * Public means published and not in the trash, everywhere here. Items are
 * newest first by publishedAt, at most FEED_SIZE, and carry the stored
 * bodyHtml: feeds never re-render markdown.
 *
 * lastModified is the latest updatedAt of everything the feed shows: the scope
 * itself (its name is in the title), every writeup that belongs to the scope
 * *whatever its status* (unpublishing or trashing one is an update of that
 * writeup, so the feed's date moves forward even though the item left), and
 * the authors, talks and speakers named in the items. Taking only the shown
 * items' dates would let Last-Modified go backwards when the newest item is
 * removed, and a reader asking If-Modified-Since would miss the change.
 */
import type { Db, Prisma } from "@/lib/server/db";
import { empty, queryRaw, sql, type Sql } from "./sql";
import type { FeedScope } from "@/lib/core/feeds/feed-links";
import type { FeedItem, FeedPerson, FeedSpeaker, FeedTalk } from "@/lib/core/feeds/types";
import { authorPath, conferencePath, speakerPath, talkPath, writeupPath } from "@/lib/paths";
import { inIdOrder, publicWriteupIds, rawDate } from "./public-writeup";

export const FEED_SIZE = 50;

const LIVE_MENTION = { source: { not: "rejected" } } satisfies Prisma.MentionWhereInput;
/** LIVE_MENTION in SQL, appended to a query over Mention m. */
const LIVE_SQL = sql`AND m."source" <> 'rejected'`;

const personSelect = { name: true, username: true, updatedAt: true } satisfies Prisma.UserSelect;
const speakerSelect = { slug: true, name: true, updatedAt: true } satisfies Prisma.SpeakerSelect;

const feedWriteupSelect = {
  id: true,
  slug: true,
  title: true,
  bodyHtml: true,
  summary: true,
  excerpt: true,
  createdAt: true,
  publishedAt: true,
  updatedAt: true,
  author: { select: personSelect },
  mentions: {
    where: LIVE_MENTION,
    orderBy: { start: "asc" },
    select: {
      talk: {
        select: {
          slug: true,
          title: true,
          updatedAt: true,
          conference: { select: { slug: true, name: true } },
          speakers: { orderBy: { position: "asc" }, select: { speaker: { select: speakerSelect } } },
        },
      },
      speaker: { select: speakerSelect },
    },
  },
} satisfies Prisma.WriteupSelect;

type FeedWriteupRow = Prisma.WriteupGetPayload<{ select: typeof feedWriteupSelect }>;

export interface FeedData {
  scope: FeedScope;
  /** The page the feed follows ("" for the site). */
  pagePath: string;
  /** Whose feed it is, for an author's feed. */
  owner?: FeedPerson;
  items: FeedItem[];
  lastModified: Date;
}

const displayName = (p: { name: string | null; username: string | null }) => p.name ?? p.username ?? "Anonymous";

function latest(dates: Iterable<Date | null | undefined>): Date {
  let max = 0;
  for (const d of dates) if (d && d.getTime() > max) max = d.getTime();
  return new Date(max);
}

function toFeedItem(row: FeedWriteupRow): FeedItem {
  const talks = new Map<string, FeedTalk>();
  const speakers = new Map<string, FeedSpeaker>();
  const addSpeaker = (s: { slug: string; name: string }) => {
    if (!speakers.has(s.slug)) speakers.set(s.slug, { name: s.name, path: speakerPath(s.slug) });
  };
  for (const { talk, speaker } of row.mentions) {
    if (talk) {
      const path = talkPath(talk.conference.slug, talk.slug);
      if (!talks.has(path)) talks.set(path, { title: talk.title, path, conference: talk.conference.name });
      talk.speakers.forEach((ts) => addSpeaker(ts.speaker));
    }
    if (speaker) addSpeaker(speaker);
  }
  return {
    id: row.id,
    path: writeupPath(row.slug),
    title: row.title,
    html: row.bodyHtml,
    summary: row.summary?.trim() || row.excerpt || null,
    author: { name: displayName(row.author), path: row.author.username ? authorPath(row.author.username) : null },
    createdAt: row.createdAt,
    publishedAt: row.publishedAt ?? row.createdAt,
    updatedAt: row.updatedAt,
    talks: [...talks.values()],
    speakers: [...speakers.values()],
  };
}

/** Dates of what the rows show besides the writeups themselves. */
function* shownDates(rows: FeedWriteupRow[]): Generator<Date> {
  for (const row of rows) {
    yield row.author.updatedAt;
    for (const { talk, speaker } of row.mentions) {
      if (talk) {
        yield talk.updatedAt;
        for (const ts of talk.speakers) yield ts.speaker.updatedAt;
      }
      if (speaker) yield speaker.updatedAt;
    }
  }
}

/**
 * The items of a scope and its lastModified.
 * `shown` selects the ids of the writeups the feed may list (the public test is
 * added here); `touched` the ids of the wider set whose changes can change the
 * feed (any status, any mention source). null means every writeup (the site).
 * Both are SQL subqueries over the join tables, for the reason in
 * public-writeup.ts: Prisma's `mentions: { some }` made a talk's feed walk all
 * 100,000 writeups (1.2 s), a conference's 2.6 s.
 */
async function loadScope(db: Db, shown: Sql | null, touched: Sql | null, scopeDates: Date[]) {
  const [ids, touchedAt] = await Promise.all([
    publicWriteupIds(db, shown, FEED_SIZE),
    // MAX over the whole table reads the last entry of the updatedAt index.
    queryRaw<{ at: unknown }>(
      db,
      touched
        ? sql`SELECT max(w."updatedAt") AS "at" FROM (SELECT DISTINCT s."id" FROM (${touched}) s) c CROSS JOIN "Writeup" w WHERE w."id" = c."id"`
        : sql`SELECT max("updatedAt") AS "at" FROM "Writeup"`,
    ),
  ]);
  const rows = inIdOrder(ids, ids.length ? await db.writeup.findMany({ where: { id: { in: ids } }, select: feedWriteupSelect }) : []);
  return {
    items: rows.map(toFeedItem),
    lastModified: latest([...scopeDates, rawDate(touchedAt[0]?.at), ...shownDates(rows)]),
  };
}

/** Every public writeup on the site. */
export async function siteFeed(db: Db): Promise<FeedData> {
  return { scope: { kind: "site" }, pagePath: "", ...(await loadScope(db, null, null, [])) };
}

/** Writeups filed under the conference, or covering any of its talks. */
export async function conferenceFeed(db: Db, slug: string): Promise<FeedData | null> {
  const conference = await db.conference.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, updatedAt: true } });
  if (!conference) return null;
  const about = (live: boolean) => sql`
    SELECT "writeupId" AS "id" FROM "WriteupConference" WHERE "conferenceId" = ${conference.id}
    UNION SELECT m."writeupId" FROM "Mention" m
    WHERE m."talkId" IN (SELECT "id" FROM "Talk" WHERE "conferenceId" = ${conference.id}) ${live ? LIVE_SQL : empty}`;
  const feed = await loadScope(db, about(true), about(false), [conference.updatedAt]);
  return { scope: { kind: "conference", name: conference.name }, pagePath: conferencePath(conference.slug), ...feed };
}

/** Writeups with a talk mention of it that was not rejected. */
export async function talkFeed(db: Db, conferenceSlug: string, talkSlug: string): Promise<FeedData | null> {
  const talk = await db.talk.findFirst({
    where: { slug: talkSlug, conference: { slug: conferenceSlug } },
    select: { id: true, slug: true, title: true, updatedAt: true, conference: { select: { slug: true, name: true, updatedAt: true } } },
  });
  if (!talk) return null;
  const about = (live: boolean) => sql`SELECT m."writeupId" AS "id" FROM "Mention" m WHERE m."talkId" = ${talk.id} ${live ? LIVE_SQL : empty}`;
  const feed = await loadScope(db, about(true), about(false), [talk.updatedAt, talk.conference.updatedAt]);
  return {
    scope: { kind: "talk", title: talk.title, conference: talk.conference.name },
    pagePath: talkPath(talk.conference.slug, talk.slug),
    ...feed,
  };
}

/** Writeups covering any of the speaker's talks, or naming the speaker. */
export async function speakerFeed(db: Db, slug: string): Promise<FeedData | null> {
  const speaker = await db.speaker.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, updatedAt: true } });
  if (!speaker) return null;
  // Two index lookups joined by UNION: an OR of the two would scan Mention.
  const about = (live: boolean) => sql`
    SELECT m."writeupId" AS "id" FROM "Mention" m WHERE m."speakerId" = ${speaker.id} ${live ? LIVE_SQL : empty}
    UNION SELECT m."writeupId" FROM "Mention" m
    WHERE m."talkId" IN (SELECT "talkId" FROM "TalkSpeaker" WHERE "speakerId" = ${speaker.id}) ${live ? LIVE_SQL : empty}`;
  const feed = await loadScope(db, about(true), about(false), [speaker.updatedAt]);
  return { scope: { kind: "speaker", name: speaker.name }, pagePath: speakerPath(speaker.slug), ...feed };
}

/** The author's public writeups. */
export async function authorFeed(db: Db, username: string): Promise<FeedData | null> {
  const author = await db.user.findUnique({ where: { username }, select: { id: true, ...personSelect } });
  if (!author?.username) return null;
  const name = displayName(author);
  const path = authorPath(author.username);
  const theirs = sql`SELECT "id" FROM "Writeup" WHERE "authorId" = ${author.id}`;
  const feed = await loadScope(db, theirs, theirs, [author.updatedAt]);
  return { scope: { kind: "author", name }, pagePath: path, owner: { name, path }, ...feed };
}
