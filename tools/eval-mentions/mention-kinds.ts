/**
 * The kinds of mention that issue 15 lists, assigned to each labelled talk
 * from its label and its words, so the eval can print recall per kind.
 *
 * The labels say how a report names a talk in their own vocabularies
 * (`how` in dockercon-reports, `kind` per mention in reports/); this maps
 * both onto the eight kinds. A talk gets the kind of its most
 * title-like mention: a talk named once by its title and once as "the
 * previous session" is a title mention.
 */
import { guessLanguage as guessCore } from "../../lib/core/mentions/day-words";
import { tokenNorms } from "../../lib/core/mentions/tokenize";
import { normalizeName } from "../../lib/core/text/normalize";

export const MENTION_KINDS = {
  1: "link text or link id",
  2: "near-exact title",
  3: "partial or paraphrased title",
  4: "speaker-attributed",
  5: "generic session by day",
  6: "subtitle or abstract",
  7: "other language",
  8: "topic only",
} as const;
export type MentionKindNo = keyof typeof MENTION_KINDS;

export const isTitleBased = (k: MentionKindNo): boolean => k !== 8;

/** Whether text[start, end) lies inside the text or the target of a markdown link on its line. */
export function insideLink(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end) === -1 ? text.length : text.indexOf("\n", end);
  const line = text.slice(lineStart, lineEnd);
  // Inline links, and reference links in full, collapsed or shortcut form with a definition.
  for (const m of line.matchAll(/\[([^\]\n]*)\](?:\(([^)\s]*)(?:\s+"[^"]*")?\)|\[[^\]\n]*\])/g)) {
    const s = lineStart + (m.index ?? 0);
    if (start >= s && end <= s + m[0].length) return true;
  }
  return /^https?:\/\//.test(text.slice(start, end));
}

/** The report's language, as the detector guesses it (lib/core/mentions/day-words.ts). */
export const guessLanguage = (text: string): string => guessCore(tokenNorms(text));

export interface KindInput {
  text: string;
  start: number;
  end: number;
  /** The label's own word for it (`quoted-title`, `title_partial`, …). */
  label: string;
  title: string;
  talkKind: string;
  speakerNames: string[];
  language: string;
}

const OWN_LABELS: Record<string, MentionKindNo> = {
  url_slug: 1,
  paraphrase_link: 1,
  title_partial_link: 1,
  title_exact: 2,
  title_exact_quoted: 2,
  title_variant: 2,
  title_partial: 3,
  paraphrase: 3,
  subtitle_match: 6,
  quote_from_talk: 8,
};

/** The kind of one labelled mention. */
export function kindOfMention(m: KindInput): MentionKindNo {
  const words = m.text.slice(m.start, m.end);
  if (m.label === "topic-only" || m.label === "quote_from_talk") return 8;
  if (insideLink(m.text, m.start, m.end) || OWN_LABELS[m.label] === 1) return 1;
  if (m.label.startsWith("speaker")) return 4;
  if (m.language !== "en") return 7;
  const norm = normalizeName(words);
  if ((m.talkKind === "keynote" || /general session|keynote/i.test(m.title)) && m.label !== "quoted-title") return 5;
  const surnames = m.speakerNames.map((n) => normalizeName(n).split(" ").pop() ?? "").filter((s) => s.length > 2);
  if (m.label !== "quoted-title" && surnames.some((s) => ` ${norm} `.includes(` ${s} `))) return 4;
  if (m.label === "quoted-title") return 2;
  const own = OWN_LABELS[m.label];
  if (own) return own;
  const sub = m.title.split(/:\s|\s[–—-]\s/).slice(1).join(" ");
  if (sub && normalizeName(sub).includes(norm)) return 6;
  return 3;
}

/** The most title-like kind among a talk's mentions. */
export const strongestKind = (kinds: readonly MentionKindNo[]): MentionKindNo =>
  kinds.reduce<MentionKindNo>((best, k) => (k === 8 ? best : best === 8 ? k : (Math.min(best, k) as MentionKindNo)), 8);
