import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/server/db";
import { getPublishedWriteup } from "@/lib/server/repositories/writeups";
import { DateTime } from "@/components/ui/time";
import { KindBadge } from "@/components/ui/badges";
import { AuthorName } from "@/components/writeups/writeup-card";
import { conferencePath, speakerPath, talkPath, writeupPath } from "@/lib/paths";

// General sessions list a dozen people; the talk page has them all.
const SPEAKERS_SHOWN = 3;

type Params = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => getPublishedWriteup(getDb(), slug));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const writeup = await load((await params).slug);
  if (!writeup) return {};
  return {
    title: writeup.title,
    description: writeup.summary ?? writeup.excerpt,
    alternates: { canonical: writeup.canonicalUrl ?? writeupPath(writeup.slug) },
  };
}

export default async function WriteupPage({ params }: Params) {
  const writeup = await load((await params).slug);
  if (!writeup) notFound();
  return (
    <article className="columns h-entry">
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
            <span>
              by <AuthorName author={writeup.author} />
            </span>
            {writeup.publishedAt && <DateTime date={writeup.publishedAt} />}
          </p>
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
