import type { Metadata } from "next";
import Link from "next/link";
import type { TalkPage } from "@/lib/server/queries/talk-page";
import { formatTime } from "@/lib/core/format/dates";
import { KIND_LABELS } from "@/lib/core/programme/group-programme";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Day } from "@/components/ui/time";
import { CoverageList } from "@/components/talks/coverage-list";
import { roleLine } from "@/lib/core/format/role-line";
import { conferencePath, speakerPath, talkPath } from "@/lib/paths";
import { pageMetadata } from "@/lib/page-metadata";
import { feedTitle } from "@/lib/core/feeds/feed-links";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { siteUrl } from "@/lib/site";
import { eventLd } from "@/lib/core/seo/json-ld";
import { JsonLd } from "@/components/seo/json-ld";
import { plural } from "@/components/ui/badges";
import { Pager } from "@/components/ui/pager";

export function talkMetadata(data: TalkPage): Metadata {
  const t = data.talk;
  const names = t.speakers.map((s) => s.speaker.name).join(", ");
  return pageMetadata({
    title: `${t.title} — ${t.conference.name}`,
    description: t.abstract ?? `${t.title}${names ? ` by ${names}` : ""} at ${t.conference.name}. ${plural(data.coverage.total, "writeup")} on Hallway.`,
    path: talkPath(t.conference.slug, t.slug),
    feed: { path: talkPath(t.conference.slug, t.slug), title: feedTitle({ kind: "talk", title: t.title, conference: t.conference.name }) },
  });
}

function jsonLd(t: TalkPage["talk"]) {
  const site = siteUrl();
  return eventLd({
    url: `${site}${talkPath(t.conference.slug, t.slug)}`,
    title: t.title,
    abstract: t.abstract,
    startsAt: t.startsAt,
    endsAt: t.endsAt,
    day: t.day,
    room: t.room,
    conference: { name: t.conference.name, url: `${site}${conferencePath(t.conference.slug)}`, location: t.conference.location, venue: t.conference.venue },
    speakers: t.speakers.map(({ speaker }) => ({ url: `${site}${speakerPath(speaker.slug)}`, name: speaker.name, affiliation: speaker.affiliation, role: speaker.role })),
  });
}

/** A talk's page: facts first (title, speakers, time, room, level), then the coverage list. */
export function TalkView({ talk, coverage }: TalkPage) {
  const tz = talk.conference.timezone;
  return (
    <>
      <JsonLd data={jsonLd(talk)} />
      <Breadcrumbs
        items={[
          { href: "/conferences", label: "Conferences" },
          { href: conferencePath(talk.conference.slug), label: talk.conference.name },
          { label: talk.title },
        ]}
      />
      <header className="page-head">
        <p className="eyebrow">
          {KIND_LABELS[talk.kind]?.[0] ?? "Session"} at <Link href={conferencePath(talk.conference.slug)}>{talk.conference.name}</Link>
        </p>
        <h1>{talk.title}</h1>
        {talk.subtitle && <p className="lede">{talk.subtitle}</p>}
        {talk.speakers.length > 0 && (
          <p className="lede">
            {talk.speakers.map(({ speaker }, i) => (
              <span key={speaker.slug}>
                {i > 0 && (i === talk.speakers.length - 1 ? " and " : ", ")}
                <Link href={speakerPath(speaker.slug)}>{speaker.name}</Link>
              </span>
            ))}
          </p>
        )}
      </header>

      <dl className="facts">
        <dt>Kind</dt>
        <dd>{KIND_LABELS[talk.kind]?.[0] ?? talk.kind}</dd>
        {talk.level && (
          <>
            <dt>Level</dt>
            <dd>{talk.level}</dd>
          </>
        )}
        {talk.track && (
          <>
            <dt>Track</dt>
            <dd>{talk.track}</dd>
          </>
        )}
        {talk.day && (
          <>
            <dt>When</dt>
            <dd>
              <Day day={talk.day} />
              {talk.startsAt && (
                <>
                  {", "}
                  <time dateTime={talk.startsAt.toISOString()}>{formatTime(talk.startsAt, tz)}</time>
                  {talk.endsAt && (
                    <>
                      –<time dateTime={talk.endsAt.toISOString()}>{formatTime(talk.endsAt, tz)}</time>
                    </>
                  )}
                </>
              )}
            </dd>
          </>
        )}
        {talk.room && (
          <>
            <dt>Room</dt>
            <dd>{talk.room}</dd>
          </>
        )}
        {talk.status === "withdrawn" && (
          <>
            <dt>Status</dt>
            <dd>Withdrawn from the programme</dd>
          </>
        )}
        {(talk.url || talk.links.length > 0) && (
          <>
            <dt>Links</dt>
            <dd>
              <ul className="inline-list">
                {talk.url && (
                  <li>
                    <a href={talk.url} rel="nofollow noopener">
                      Session page
                    </a>
                  </li>
                )}
                {talk.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} rel="nofollow noopener">
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      {talk.abstract && (
        <section aria-labelledby="abstract">
          <h2 id="abstract">Abstract</h2>
          <div className="abstract">
            {talk.abstract.split(/\n{2,}/).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </section>
      )}

      {talk.speakers.length > 0 && (
        <section aria-labelledby="speakers">
          <h2 id="speakers">{talk.speakers.length === 1 ? "Speaker" : "Speakers"}</h2>
          <ul className="people">
            {talk.speakers.map(({ speaker }) => (
              <li key={speaker.slug}>
                <Link href={speakerPath(speaker.slug)}>{speaker.name}</Link>
                {(speaker.role || speaker.affiliation) && <span className="aff">{roleLine(speaker.role, speaker.affiliation)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="coverage">
        <h2 id="coverage">Writeups of this {KIND_LABELS[talk.kind]?.[0].toLowerCase() ?? "session"}</h2>
        <SubscribeLinks path={talkPath(talk.conference.slug, talk.slug)} label={`writeups of “${talk.title}”`} />
        {coverage.total > 0 && <p className="meta">{plural(coverage.total, "writeup")}, newest first</p>}
        {coverage.total === 0 ? (
          <p className="empty">Nobody has written this {KIND_LABELS[talk.kind]?.[0].toLowerCase() ?? "session"} up yet. Were you there?</p>
        ) : (
          <CoverageList items={coverage.items} />
        )}
        <Pager base={talkPath(talk.conference.slug, talk.slug)} page={coverage.page} pages={coverage.pages} />
      </section>
    </>
  );
}
