/**
 * The tags that key Hallway's page cache (issue 14, "one read path"): a page
 * carries the tags of what it shows, a change marks the tags of what it
 * changed, and a cached page is served only while none of its tags moved.
 *
 * - `writeup:<id>`, `author:<id>`, `talk:<id>`, `conference:<id>`,
 *   `speaker:<id>`: one record each;
 * - `writeups`: anything that lists published writeups (the home page, lists);
 * - `catalog`: anything that shows the programme (conferences, talks,
 *   speakers); a programme change moves it, through the catalog version;
 * - `all`: every page (a change to a user's name, which many pages show).
 */
export const PageTag = {
  writeup: (id: string) => `writeup:${id}`,
  author: (id: string) => `author:${id}`,
  talk: (id: string) => `talk:${id}`,
  conference: (id: string) => `conference:${id}`,
  speaker: (id: string) => `speaker:${id}`,
  writeups: "writeups",
  catalog: "catalog",
  all: "all",
} as const;

/** Next keeps at most 128 tags per page (NEXT_CACHE_TAG_MAX_ITEMS) and drops the rest; a page with more says `catalog`/`writeups` instead. */
export const MAX_PAGE_TAGS = 120;

export interface WriteupChange {
  id: string;
  authorId: string;
  /** Whether readers could see it before the change, and after. */
  publicBefore: boolean;
  publicAfter: boolean;
  /** Talks, speakers and conferences it linked before or links after (their pages list its coverage). */
  talkIds: readonly string[];
  speakerIds: readonly string[];
  conferenceIds: readonly string[];
}

/**
 * The tags a change to one writeup marks. Nothing, while it was and stays a
 * draft (or in the trash): no reader page shows it. Otherwise its page, its
 * author's page, the lists, and the pages of the talks and conferences it
 * linked before or links now (a coverage count or excerpt changed there).
 */
export function writeupChangeTags(change: WriteupChange): string[] {
  if (!change.publicBefore && !change.publicAfter) return [];
  const tags = new Set<string>([PageTag.writeup(change.id), PageTag.author(change.authorId), PageTag.writeups]);
  for (const id of change.talkIds) tags.add(PageTag.talk(id));
  for (const id of change.speakerIds) tags.add(PageTag.speaker(id));
  for (const id of change.conferenceIds) tags.add(PageTag.conference(id));
  return [...tags];
}

/**
 * A page's tags: the broad ones it always carries, and the specific ones while
 * they fit (MAX_PAGE_TAGS); past that, `fallback`, a broad tag that moves
 * whenever any of them would have.
 */
export function pageTags(always: readonly string[], specific: readonly string[], fallback: string): string[] {
  const unique = [...new Set(specific)];
  return [...new Set([...always, ...(unique.length > MAX_PAGE_TAGS ? [fallback] : unique)])];
}
