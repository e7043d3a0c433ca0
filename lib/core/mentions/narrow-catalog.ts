/**
 * narrowCatalog: which conference(s) a writeup is about, from its own clues.
 *
 * For the command line without `--conference`: rather than matching a
 * writeup against every talk Hallway knows (where "FOSDEM 2020" and "FOSDEM
 * 2024" both have a "Welcome to FOSDEM" talk), pick the conferences the text
 * names. Clues, scored per conference:
 *
 * - the words of its name ("DockerCon", "Europe"; years and function words
 *   aside), including inside URLs ("fosdem.org/2020/…");
 * - its short name ("31C3" for the 31. Chaos Communication Congress);
 * - its year, and better, its name followed closely by its year;
 * - dates that fall within it ("October 17th").
 *
 * The best-scoring conferences are kept (several when they tie). With no
 * usable clue the catalog is returned unchanged: better slow and broad than
 * wrong.
 */
import { tokenNorms } from "./tokenize";
import type { Catalog, CatalogConference } from "./types";
import { MONTHS, MONTH_ABBREVIATIONS, STOPWORDS } from "./word-lists";

const MIN_SCORE = 2;

export function narrowCatalog(markdown: string, catalog: Catalog): Catalog {
  if (catalog.conferences.length <= 1) return catalog;
  const words = tokenNorms(markdown);
  const positions = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = positions.get(w);
    if (list) list.push(i);
    else positions.set(w, [i]);
  });

  const scored = catalog.conferences.map((conference) => ({ conference, score: scoreConference(conference, words, positions) }));
  const best = Math.max(...scored.map((s) => s.score));
  if (best < MIN_SCORE) return catalog;
  const keep = new Set(scored.filter((s) => s.score >= best - 0.5).map((s) => s.conference.slug));

  const talks = catalog.talks.filter((t) => keep.has(t.conference));
  const speakerIds = new Set(talks.flatMap((t) => t.speakerIds));
  return {
    conferences: catalog.conferences.filter((c) => keep.has(c.slug)),
    talks,
    speakers: catalog.speakers.filter((s) => speakerIds.has(s.id)),
  };
}

function scoreConference(conference: CatalogConference, words: string[], positions: Map<string, number[]>): number {
  const nameWords = tokenNorms(conference.name);
  const year = conference.startsOn?.slice(0, 4) ?? nameWords.find((w) => /^(19|20)\d\d$/.test(w));
  const distinctive = nameWords.filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w));
  const acronym = conference.acronym ? tokenNorms(conference.acronym).join("") : "";
  const acronymHits = acronym.length >= 3 ? (positions.get(acronym)?.length ?? 0) : 0;
  if (distinctive.length === 0 && acronymHits === 0) return 0;

  const present = distinctive.length ? distinctive.filter((w) => positions.has(w)).length / distinctive.length : 0;
  let score = 2 * present + (acronymHits > 0 ? 2 : 0);
  if (year) {
    const yearHits = positions.get(year)?.length ?? 0;
    score += Math.min(yearHits, 3) / 3;
    // The name followed within a few words by the year: "FOSDEM 2020", "fosdem.org/2020/schedule".
    let pairs = 0;
    for (const w of distinctive) {
      for (const i of positions.get(w) ?? []) {
        for (let j = i + 1; j <= i + 3 && j < words.length; j++) if (words[j] === year) pairs++;
      }
    }
    score += Math.min(pairs, 3);
  }
  if (conference.startsOn) score += datesWithin(conference, words) > 0 ? 1 : 0;
  return present > 0 || acronymHits > 0 ? score : 0;
}

/** Month-and-day mentions ("October 17th", "17 Oct") within the conference's dates. */
function datesWithin(conference: CatalogConference, words: string[]): number {
  const start = conference.startsOn ?? "";
  const end = conference.endsOn ?? start;
  let hits = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const month = MONTHS.indexOf(w) >= 0 && w !== "may" ? MONTHS.indexOf(w) + 1 : MONTH_ABBREVIATIONS.get(w);
    if (month === undefined) continue;
    for (const neighbour of [words[i + 1], words[i - 1]]) {
      const m = neighbour ? /^(\d{1,2})(st|nd|rd|th)?$/.exec(neighbour) : null;
      if (!m) continue;
      const mmdd = `${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
      if (mmdd >= start.slice(5) && mmdd <= end.slice(5)) hits++;
    }
  }
  return hits;
}
