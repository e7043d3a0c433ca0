/**
 * The stable id of a writeup in every feed (RSS guid, Atom id, JSON Feed id).
 *
 * We use a tag: URI (RFC 4151) built from the writeup's database id, not its
 * URL: a writeup's slug can change after it was published (old slugs redirect,
 * see WriteupSlugRedirect), and a URL-based guid would then make every
 * subscriber's reader show the writeup again as a new item. The id never
 * changes, and the date (the day the writeup was created, in UTC) never does
 * either. The authority is the site's host name; it only changes if the whole
 * site moves to a new domain.
 *
 *   tag:hallway.example,2017-10-18:writeup:clx0abc…
 */
export function writeupGuid(origin: string, writeupId: string, createdAt: Date): string {
  const host = new URL(origin).hostname;
  return `tag:${host},${createdAt.toISOString().slice(0, 10)}:writeup:${writeupId}`;
}
