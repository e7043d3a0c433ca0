/**
 * Loads a mention-detection Catalog (lib/core/mentions/types.ts) from the
 * database: the talks of the given conferences (or of all of them), their
 * speakers, and every conference for narrowing by clues in the text.
 * Unknown conference slugs are a DomainError "not-found" naming them.
 */
import { DomainError } from "@/lib/core/errors";
import type { Catalog } from "@/lib/core/mentions/types";
import type { TalkKind } from "@/lib/core/programme/types";
import { talkAddresses } from "@/lib/core/mentions/talk-addresses";
import type { Db, Tx } from "@/lib/server/db";
import { aliasTrusted, parseAuthorIds, type AliasSource } from "@/lib/core/mentions/talk-aliases";
import { findCatalogConferences, findCatalogSpeakers, findCatalogTalks } from "@/lib/server/repositories/mention-catalog";

export async function loadCatalog(db: Db | Tx, conferenceSlugs?: string[]): Promise<Catalog> {
  const conferences = await findCatalogConferences(db);
  const wanted = conferenceSlugs?.length ? conferences.filter((c) => conferenceSlugs.includes(c.slug)) : conferences;
  const unknown = conferenceSlugs?.filter((slug) => !conferences.some((c) => c.slug === slug)) ?? [];
  if (unknown.length) throw new DomainError("not-found", `unknown conference ${unknown.map((s) => `"${s}"`).join(", ")}`, { field: "conference" });
  const slugById = new Map(conferences.map((c) => [c.id, c.slug]));
  const talks = await findCatalogTalks(db, wanted.map((c) => c.id));
  const speakers = await findCatalogSpeakers(db, [...new Set(talks.flatMap((t) => t.speakers.map((s) => s.speakerId)))]);
  return {
    conferences: conferences.map(({ slug, name, acronym, startsOn, endsOn }) => ({ slug, name, acronym, startsOn, endsOn })),
    talks: talks.map((t) => ({
      id: t.id,
      slug: t.slug,
      conference: slugById.get(t.conferenceId) ?? "",
      title: t.title,
      subtitle: t.subtitle,
      kind: t.kind as TalkKind,
      day: t.day,
      track: t.track,
      room: t.room,
      startsAt: t.startsAt?.toISOString() ?? null,
      speakerIds: t.speakers.map((s) => s.speakerId),
      ...talkAddresses(t),
      aliases: t.aliases.map((a) => ({ phrase: a.phrase, negative: a.negative, trusted: aliasTrusted({ negative: a.negative, source: a.source as AliasSource, authorIds: parseAuthorIds(a.authorIds) }) })),
    })),
    speakers,
  };
}
