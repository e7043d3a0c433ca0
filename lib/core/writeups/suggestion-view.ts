/**
 * A mention suggestion as the editor shows it: one row per talk (or speaker)
 * and phrase, however often the phrase occurs (group-suggestions.ts), with
 * why it was matched and what confirming would link to. Shared by the server
 * code that builds it and the editor island that renders it.
 */
export interface SuggestedTarget {
  id: string;
  /** The talk's title or the speaker's name. */
  title: string;
  /** What confirming links to, in one line: "Docker 500: Going Fast… (DockerCon Europe 2017)". */
  label: string;
  href: string;
  /** Talks only: the conference, its day ("Tuesday 17 October 2017") and the speakers. */
  conference?: string;
  day?: string | null;
  speakers?: string[];
}

export interface SuggestionView {
  kind: "talk" | "speaker";
  /** The best guess. */
  id: string;
  /** The first occurrence, as written. */
  start: number;
  end: number;
  text: string;
  /** How many times the phrase occurs in the writeup; one decision covers them all. */
  count: number;
  reason: string;
  /** The best guess's label and link (same as target.label / target.href). */
  label: string;
  href: string;
  target: SuggestedTarget;
  /** Other talks the words could mean, best first; the author may pick one instead. */
  others: SuggestedTarget[];
}
