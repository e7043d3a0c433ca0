/**
 * schema.org JSON-LD for the pages search engines and link previews read:
 * a writeup is a BlogPosting `about` the talks it covers (as Event, with their
 * speakers as Person); a talk page is an Event; a speaker page is a Person.
 * Every URL is absolute. serializeJsonLd makes the JSON safe inside <script>.
 */

export interface LdTalk {
  url: string;
  title: string;
  abstract?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  day?: string | null;
  room?: string | null;
  conference: { name: string; url: string; location?: string | null; venue?: string | null };
  speakers: LdPerson[];
}

export interface LdPerson {
  url: string;
  name: string;
  affiliation?: string | null;
  role?: string | null;
  bio?: string | null;
}

export function personLd(p: LdPerson) {
  return {
    "@type": "Person",
    "@id": p.url,
    name: p.name,
    url: p.url,
    ...(p.role ? { jobTitle: p.role } : {}),
    ...(p.affiliation ? { affiliation: { "@type": "Organization", name: p.affiliation } } : {}),
    ...(p.bio ? { description: p.bio } : {}),
  };
}

export function eventLd(t: LdTalk) {
  const place = t.room || t.conference.venue || t.conference.location;
  return {
    "@type": "Event",
    "@id": t.url,
    name: t.title,
    url: t.url,
    ...(t.abstract ? { description: t.abstract } : {}),
    ...(t.startsAt ? { startDate: t.startsAt.toISOString() } : t.day ? { startDate: t.day } : {}),
    ...(t.endsAt ? { endDate: t.endsAt.toISOString() } : {}),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    ...(place ? { location: { "@type": "Place", name: [t.room, t.conference.venue].filter(Boolean).join(", ") || place, ...(t.conference.location ? { address: t.conference.location } : {}) } } : {}),
    superEvent: { "@type": "Event", name: t.conference.name, url: t.conference.url },
    ...(t.speakers.length ? { performer: t.speakers.map(personLd) } : {}),
  };
}

export function blogPostingLd(w: {
  url: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  updatedAt: Date;
  author: { name: string; url?: string };
  talks: LdTalk[];
  site: { name: string; url: string };
}) {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    "@id": w.url,
    mainEntityOfPage: w.url,
    url: w.url,
    headline: w.title,
    description: w.description,
    ...(w.publishedAt ? { datePublished: w.publishedAt.toISOString() } : {}),
    dateModified: w.updatedAt.toISOString(),
    author: { "@type": "Person", name: w.author.name, ...(w.author.url ? { url: w.author.url } : {}) },
    publisher: { "@type": "Organization", name: w.site.name, url: w.site.url },
    about: w.talks.map(eventLd),
  };
}

/** JSON for a <script type="application/ld+json">: no way to close the tag from inside. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
