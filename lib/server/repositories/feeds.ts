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
import type { FeedScope } from "@/lib/core/feeds/feed-links";
import type { FeedItem, FeedPerson, FeedSpeaker, FeedTalk } from "@/lib/core/feeds/types";
import { authorPath, conferencePath, speakerPath, talkPath, writeupPath } from "@/lib/paths";

export const FEED_SIZE = 50;

const PUBLIC = { status: "published", deletedAt: null } satisfies Prisma.WriteupWhereInput;
const LIVE_MENTION = { source: { not: "rejected" } } satisfies Prisma.MentionWhereInput;

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
 * `shown` selects the writeups the feed lists (PUBLIC is added here);
 * `touched` is the wider set whose changes can change the feed (any status, any mention source).
 */
async function loadScope(db: Db, shown: Prisma.WriteupWhereInput, touched: Prisma.WriteupWhereInput, scopeDates: Date[]) {
  const [rows, all] = await Promise.all([
    db.writeup.findMany({
      where: { AND: [PUBLIC, shown] },
      select: feedWriteupSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: FEED_SIZE,
    }),
    db.writeup.aggregate({ where: touched, _max: { updatedAt: true } }),
  ]);
  return {
    items: rows.map(toFeedItem),
    lastModified: latest([...scopeDates, all._max.updatedAt, ...shownDates(rows)]),
  };
}

/** Every public writeup on the site. */
export async function siteFeed(db: Db): Promise<FeedData> {
  return { scope: { kind: "site" }, pagePath: "", ...(await loadScope(db, {}, {}, [])) };
}

/** Writeups filed under the conference, or covering any of its talks. */
export async function conferenceFeed(db: Db, slug: string): Promise<FeedData | null> {
  const conference = await db.conference.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, updatedAt: true } });
  if (!conference) return null;
  const filed = { conferences: { some: { conferenceId: conference.id } } } satisfies Prisma.WriteupWhereInput;
  const feed = await loadScope(
    db,
    { OR: [filed, { mentions: { some: { ...LIVE_MENTION, talk: { conferenceId: conference.id } } } }] },
    { OR: [filed, { mentions: { some: { talk: { conferenceId: conference.id } } } }] },
    [conference.updatedAt],
  );
  return { scope: { kind: "conference", name: conference.name }, pagePath: conferencePath(conference.slug), ...feed };
}

/** Writeups with a talk mention of it that was not rejected. */
export async function talkFeed(db: Db, conferenceSlug: string, talkSlug: string): Promise<FeedData | null> {
  const talk = await db.talk.findFirst({
    where: { slug: talkSlug, conference: { slug: conferenceSlug } },
    select: { id: true, slug: true, title: true, updatedAt: true, conference: { select: { slug: true, name: true, updatedAt: true } } },
  });
  if (!talk) return null;
  const feed = await loadScope(
    db,
    { mentions: { some: { ...LIVE_MENTION, talkId: talk.id } } },
    { mentions: { some: { talkId: talk.id } } },
    [talk.updatedAt, talk.conference.updatedAt],
  );
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
  const about = { OR: [{ speakerId: speaker.id }, { talk: { speakers: { some: { speakerId: speaker.id } } } }] } satisfies Prisma.MentionWhereInput;
  const feed = await loadScope(
    db,
    { mentions: { some: { ...LIVE_MENTION, ...about } } },
    { mentions: { some: about } },
    [speaker.updatedAt],
  );
  return { scope: { kind: "speaker", name: speaker.name }, pagePath: speakerPath(speaker.slug), ...feed };
}

/** The author's public writeups. */
export async function authorFeed(db: Db, username: string): Promise<FeedData | null> {
  const author = await db.user.findUnique({ where: { username }, select: { id: true, ...personSelect } });
  if (!author?.username) return null;
  const name = displayName(author);
  const path = authorPath(author.username);
  const feed = await loadScope(db, { authorId: author.id }, { authorId: author.id }, [author.updatedAt]);
  return { scope: { kind: "author", name }, pagePath: path, owner: { name, path }, ...feed };
}
