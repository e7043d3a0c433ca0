import { ForOwner } from "@/components/viewer/for-owner";
import type { Metadata } from "next";
import Link from "next/link";
import type { AuthorPage } from "@/lib/server/queries/author-page";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { JsonLd } from "@/components/seo/json-ld";
import { WriteupCard } from "@/components/writeups/writeup-card";
import { plural } from "@/components/ui/badges";
import { feedTitle } from "@/lib/core/feeds/feed-links";
import { personLd } from "@/lib/core/seo/json-ld";
import { pageMetadata } from "@/lib/page-metadata";
import { authorPath } from "@/lib/paths";
import { siteUrl } from "@/lib/site";

const monthYear = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

export function authorMetadata({ author }: AuthorPage): Metadata {
  const name = author.name ?? author.username ?? "Author";
  const path = authorPath(author.username ?? "");
  return pageMetadata({
    title: name,
    description: author.bio ?? `Conference writeups by ${name} on Hallway.`,
    path,
    type: "profile",
    feed: { path, title: feedTitle({ kind: "author", name }) },
  });
}

/** An author's profile (an h-card) and their published writeups; the author reading it also sees their own tools. */
export function AuthorView({ author, writeups, username }: AuthorPage & { username: string }) {
  const page = writeups.page;
  const name = author.name ?? author.username ?? "Author";
  const path = authorPath(username);

  return (
    <>
      <JsonLd data={personLd({ url: `${siteUrl()}${path}`, name, bio: author.bio })} />
      <header className="page-head h-card author-head">
        <p className="eyebrow">Author</p>
        <h1 className="p-name">{name}</h1>
        <a className="u-url u-uid" href={`${siteUrl()}${path}`} hidden>
          {name} on Hallway
        </a>
        {author.bio && <p className="lede p-note">{author.bio}</p>}
        {author.links.length > 0 && (
          <ul className="profile-links" aria-label={`${name} elsewhere`}>
            {author.links.map((link) => (
              <li key={link.url}>
                <a className="u-url" href={link.url} rel="me nofollow ugc noopener">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        )}
        <p className="meta">
          <span>{plural(writeups.total, "published writeup")}</span>
          <span>On Hallway since {monthYear.format(author.createdAt)}</span>
          <ForOwner ownerId={author.id}>
            <span>
              <Link href="/account">Edit your profile</Link>
            </span>
          </ForOwner>
        </p>
        <SubscribeLinks path={path} label={`writeups by ${name}`} />
      </header>

      {writeups.items.length === 0 ? (
        <div className="empty empty-state">
          <p className="empty-title">No published writeups yet</p>
          <p>
            <ForOwner ownerId={author.id} otherwise={`When ${name} publishes a conference writeup, it will appear here.`}>
              Your trip reports appear here once you publish them.
            </ForOwner>{" "}
            Meanwhile, read the <Link href="/">latest writeups</Link>.
          </p>
        </div>
      ) : (
        <ul className="stack" aria-label={`Writeups by ${name}`}>
          {writeups.items.map((w) => (
            <li key={w.slug}>
              <WriteupCard writeup={w} />
            </li>
          ))}
        </ul>
      )}

      {writeups.pages > 1 && (
        <nav className="pager" aria-label="Pages">
          {page > 1 ? <Link href={page === 2 ? path : `${path}?page=${page - 1}`}>← Newer</Link> : <span />}
          {page < writeups.pages ? <Link href={`${path}?page=${page + 1}`}>Older →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
