import { ForOwner } from "@/components/viewer/for-owner";
import type { Metadata } from "next";
import Link from "next/link";
import type { PublishedWriteup } from "@/lib/server/queries/writeup-page";
import { DateTime } from "@/components/ui/time";
import { KindBadge } from "@/components/ui/badges";
import { AuthorName } from "@/components/writeups/writeup-card";
import { authorPath, conferencePath, speakerPath, talkPath, writeupPath } from "@/lib/paths";
import { pageMetadata } from "@/lib/page-metadata";
import { siteUrl } from "@/lib/site";
import { blogPostingLd } from "@/lib/core/seo/json-ld";
import { JsonLd } from "@/components/seo/json-ld";

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

// General sessions list a dozen people; the talk page has them all.
const SPEAKERS_SHOWN = 3;

export function writeupMetadata(writeup: PublishedWriteup): Metadata {
  return pageMetadata({
    title: writeup.title,
    description: writeup.summary ?? writeup.excerpt,
    path: writeupPath(writeup.slug),
    canonical: writeup.canonicalUrl,
    type: "article",
    publishedAt: writeup.publishedAt,
    modifiedAt: writeup.updatedAt,
    authors: [writeup.author.name ?? writeup.author.username ?? "Anonymous"],
  });
}

function jsonLd(writeup: PublishedWriteup) {
  const site = siteUrl();
  return blogPostingLd({
    url: `${site}${writeupPath(writeup.slug)}`,
    title: writeup.title,
    description: writeup.summary ?? writeup.excerpt,
    publishedAt: writeup.publishedAt,
    updatedAt: writeup.updatedAt,
    author: {
      name: writeup.author.name ?? writeup.author.username ?? "Anonymous",
      ...(writeup.author.username ? { url: `${site}${authorPath(writeup.author.username)}` } : {}),
    },
    site: { name: "Hallway", url: site },
    talks: writeup.talks.map((t) => ({
      url: `${site}${talkPath(t.conference.slug, t.slug)}`,
      title: t.title,
      abstract: t.abstract,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      day: t.day,
      room: t.room,
      conference: { name: t.conference.name, url: `${site}${conferencePath(t.conference.slug)}`, location: t.conference.location, venue: t.conference.venue },
      speakers: t.speakers.map(({ speaker }) => ({ url: `${site}${speakerPath(speaker.slug)}`, name: speaker.name, affiliation: speaker.affiliation, role: speaker.role })),
    })),
  });
}

/** A published writeup: the stored HTML, and the talks it covers beside it. */
export function WriteupView({ writeup }: { writeup: PublishedWriteup }) {
  return (
    <article className="columns h-entry">
      <JsonLd data={jsonLd(writeup)} />
      <div>
        <header>
          <p className="eyebrow">
            {writeup.conferences.map(({ conference }, i) => (
              <span key={conference.slug}>
                {i > 0 && " · "}
                <Link href={conferencePath(conference.slug)}>{conference.name}</Link>
              </span>
            ))}
          </p>
          <h1 className="p-name">{writeup.title}</h1>
          <p className="byline">
            <span className="p-author h-card">
              by <AuthorName author={writeup.author} />
            </span>
            {writeup.publishedAt && (
              <a className="u-url" href={writeupPath(writeup.slug)}>
                <DateTime date={writeup.publishedAt} className="dt-published" />
              </a>
            )}
          </p>
          {writeup.canonicalUrl && (
            <p className="meta">
              Originally published at{" "}
              <a className="u-syndication" href={writeup.canonicalUrl}>
                {hostOf(writeup.canonicalUrl)}
              </a>
            </p>
          )}
          {writeup.summary && <p className="lede p-summary">{writeup.summary}</p>}
          <ForOwner ownerId={writeup.authorId}>
            <p className="author-tools">
              <Link href={`${writeupPath(writeup.slug)}/edit`} className="button button-secondary button-small">
                Edit
              </Link>
            </p>
          </ForOwner>
        </header>
        {/* bodyHtml was rendered and sanitized when the writeup was saved. */}
        <div className="prose e-content" dangerouslySetInnerHTML={{ __html: writeup.bodyHtml }} />
      </div>
      <aside className="aside" aria-labelledby="talks-covered">
        <h2 id="talks-covered">Talks covered</h2>
        {writeup.talks.length === 0 ? (
          <p className="empty">This writeup links no talks yet.</p>
        ) : (
          <ul className="covered">
            {writeup.talks.map((talk) => (
              <li key={talk.id}>
                <Link className="talk" href={talkPath(talk.conference.slug, talk.slug)}>
                  {talk.title}
                </Link>{" "}
                {talk.kind !== "talk" && <KindBadge kind={talk.kind} />}
                {talk.speakers.length > 0 && (
                  <div className="who">
                    {talk.speakers.slice(0, SPEAKERS_SHOWN).map(({ speaker }, i) => (
                      <span key={speaker.slug}>
                        {i > 0 && ", "}
                        <Link href={speakerPath(speaker.slug)}>{speaker.name}</Link>
                      </span>
                    ))}
                    {talk.speakers.length > SPEAKERS_SHOWN && ` and ${talk.speakers.length - SPEAKERS_SHOWN} more`}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </aside>
    </article>
  );
}
