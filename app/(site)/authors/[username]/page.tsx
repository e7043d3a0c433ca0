import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { JsonLd } from "@/components/seo/json-ld";
import { WriteupCard } from "@/components/writeups/writeup-card";
import { plural } from "@/components/ui/badges";
import { USERNAME_PATTERN } from "@/lib/core/auth/username";
import { feedTitle } from "@/lib/core/feeds/feed-links";
import { personLd } from "@/lib/core/seo/json-ld";
import { pageMetadata } from "@/lib/page-metadata";
import { getDb } from "@/lib/server/db";
import { currentUser } from "@/lib/server/auth/current-user";
import { getAuthorPage } from "@/lib/server/queries/author-page";
import { parsePage } from "@/lib/validations/params";
import { authorPath } from "@/lib/paths";
import { siteUrl } from "@/lib/site";

type Props = { params: Promise<{ username: string }>; searchParams: Promise<{ page?: string }> };

// Usernames are lower case; anything else can't be one (and needs no query).
const load = cache((username: string, page: number) => (USERNAME_PATTERN.test(username) ? getAuthorPage(getDb(), username, page) : null));

const monthYear = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await load((await params).username, parsePage((await searchParams).page));
  if (!data) return {};
  const name = data.author.name ?? data.author.username ?? "Author";
  const path = authorPath(data.author.username ?? "");
  return pageMetadata({
    title: name,
    description: data.author.bio ?? `Conference writeups by ${name} on Hallway.`,
    path,
    type: "profile",
    feed: { path, title: feedTitle({ kind: "author", name }) },
  });
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const { username } = await params;
  const page = parsePage((await searchParams).page);
  const data = await load(username, page);
  if (!data) notFound();
  const { author, writeups } = data;
  if (page > writeups.pages) notFound();
  const name = author.name ?? author.username ?? "Author";
  const own = (await currentUser())?.id === author.id;
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
          {own && (
            <span>
              <Link href="/account">Edit your profile</Link>
            </span>
          )}
        </p>
        <SubscribeLinks path={path} label={`writeups by ${name}`} />
      </header>

      {writeups.items.length === 0 ? (
        <div className="empty empty-state">
          <p className="empty-title">No published writeups yet</p>
          <p>
            {own
              ? "Your trip reports appear here once you publish them."
              : `When ${name} publishes a conference writeup, it will appear here.`}{" "}
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
