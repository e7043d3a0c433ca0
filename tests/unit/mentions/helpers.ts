/**
 * Small builders for the mention tests: an inline catalog and lookups over
 * detected mentions.
 */
import { detectMentions, type DetectOptions } from "../../../lib/core/mentions/detect-mentions";
import { buildMentionIndex, type MentionIndex } from "../../../lib/core/mentions/mention-index";
import type { Catalog, CatalogConference, CatalogTalk, DetectedMention, MentionKind } from "../../../lib/core/mentions/types";

export function talk(id: string, title: string, speakerIds: string[], extra: Partial<CatalogTalk> = {}): CatalogTalk {
  return { id, slug: id, conference: "conf", title, kind: "talk", day: "2023-05-09", speakerIds, ...extra };
}

export function catalogOf(
  talks: CatalogTalk[],
  speakers: [string, string][],
  conference: CatalogConference = { slug: "conf", name: "DevConf 2023", startsOn: "2023-05-08", endsOn: "2023-05-10" },
): Catalog {
  return { conferences: [conference], talks, speakers: speakers.map(([id, name]) => ({ id, slug: id, name })) };
}

const indexes = new WeakMap<Catalog, MentionIndex>();

/** Detects with an index built once per catalog, as the app does. */
export function detect(markdown: string, catalog: Catalog, options?: DetectOptions): DetectedMention[] {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildMentionIndex(catalog);
    indexes.set(catalog, index);
  }
  return detectMentions(markdown, index, options);
}

export function ids(mentions: DetectedMention[], kind: MentionKind): string[] {
  return [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.id))].sort();
}

export function find(mentions: DetectedMention[], kind: MentionKind, id: string): DetectedMention | undefined {
  return mentions.find((m) => m.kind === kind && m.id === id);
}
