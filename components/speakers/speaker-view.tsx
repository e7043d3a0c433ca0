import type { Metadata } from "next";
import Link from "next/link";
import type { SpeakerPage } from "@/lib/server/queries/speaker-page";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { CoverageBadge, KindBadge, plural } from "@/components/ui/badges";
import { Day } from "@/components/ui/time";
import { CoverageList } from "@/components/talks/coverage-list";
import { roleLine } from "@/lib/core/format/role-line";
import { Pager } from "@/components/ui/pager";
import { pageMetadata } from "@/lib/page-metadata";
import { feedTitle } from "@/lib/core/feeds/feed-links";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { siteUrl } from "@/lib/site";
import { personLd } from "@/lib/core/seo/json-ld";
import { JsonLd } from "@/components/seo/json-ld";
import { conferencePath, speakerPath, talkPath } from "@/lib/paths";

export function speakerMetadata({ speaker, totalTalks }: SpeakerPage): Metadata {
  return pageMetadata({
    title: speaker.name,
    description: speaker.bio ?? `${speaker.name}${speaker.affiliation ? ` (${speaker.affiliation})` : ""}: ${plural(totalTalks, "talk")} and the writeups that cover them, on Hallway.`,
    path: speakerPath(speaker.slug),
    type: "profile",
    feed: { path: speakerPath(speaker.slug), title: feedTitle({ kind: "speaker", name: speaker.name }) },
  });
}

/** A speaker's page: their sessions by conference, each with its newest writeups, then the writeups that name them otherwise. */
export function SpeakerView({ speaker, talks, mentionedIn, totalTalks, page, pages }: SpeakerPage) {
  const conferences = [...new Map(talks.map((t) => [t.conference.slug, t.conference])).values()];
  const site = siteUrl();
  return (
    <>
      <JsonLd
        data={personLd({ url: `${site}${speakerPath(speaker.slug)}`, name: speaker.name, affiliation: speaker.affiliation, role: speaker.role, bio: speaker.bio })}
      />
      <Breadcrumbs items={[{ href: "/speakers", label: "Speakers" }, { label: speaker.name }]} />
      <header className="page-head h-card">
        <p className="eyebrow">Speaker</p>
        <h1 className="p-name">{speaker.name}</h1>
        {(speaker.role || speaker.affiliation) && <p className="lede p-job-title">{roleLine(speaker.role, speaker.affiliation)}</p>}
        {speaker.bio && <p className="p-note">{speaker.bio}</p>}
        <p className="meta">
          <span>{plural(totalTalks, "session")}</span>
          {pages === 1 && <span>{plural(conferences.length, "conference")}</span>}
        </p>
        <SubscribeLinks path={speakerPath(speaker.slug)} label={`writeups about ${speaker.name}`} />
      </header>

      {conferences.map((conference) => (
        <section key={conference.slug} aria-labelledby={`conf-${conference.slug}`}>
          <h2 id={`conf-${conference.slug}`}>
            <Link href={conferencePath(conference.slug)}>{conference.name}</Link>
          </h2>
          {talks
            .filter((t) => t.conference.slug === conference.slug)
            .map((talk) => (
              <article key={talk.id} className="card" style={{ marginBottom: "1rem" }}>
                <h3>
                  <Link href={talkPath(conference.slug, talk.slug)}>{talk.title}</Link>
                </h3>
                <p className="meta">
                  <span>
                    <KindBadge kind={talk.kind} />
                  </span>
                  {talk.day && (
                    <span>
                      <Day day={talk.day} />
                    </span>
                  )}
                  <span>
                    <CoverageBadge count={talk.coverageCount} />
                  </span>
                </p>
                {talk.coverage.length > 0 && (
                  <div style={{ marginTop: "0.75rem" }}>
                    <CoverageList items={talk.coverage} headingLevel={4} />
                    {talk.coverageCount > talk.coverage.length && (
                      <p>
                        <Link href={talkPath(conference.slug, talk.slug)}>All {plural(talk.coverageCount, "writeup")} of this talk →</Link>
                      </p>
                    )}
                  </div>
                )}
              </article>
            ))}
        </section>
      ))}

      <Pager base={speakerPath(speaker.slug)} page={page} pages={pages} />

      {mentionedIn.length > 0 && (
        <section aria-labelledby="mentioned">
          <h2 id="mentioned">Also mentioned in</h2>
          <CoverageList items={mentionedIn} />
        </section>
      )}
    </>
  );
}
