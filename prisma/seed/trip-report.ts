/**
 * Turns the plain-text DockerCon trip report (../shared/seeds/001_…txt) into a
 * markdown writeup: the first line is the title, "  • item" lines become a
 * markdown list, and everything else stays as written.
 *
 * The report's text is its author's; it is read from ../shared at seed time and
 * never copied into this repository.
 */
export interface TripReport {
  title: string;
  body: string;
  /** Number of characters of the source removed before the body starts, for mapping offsets. */
  headerLength: number;
}

export function reportToMarkdown(text: string): TripReport {
  const normalized = text.replace(/\r\n?/g, "\n");
  const firstBreak = normalized.indexOf("\n");
  const title = normalized.slice(0, firstBreak).trim();
  const rest = normalized.slice(firstBreak).replace(/^\s+/, "");
  const headerLength = normalized.length - rest.length;
  const body = rest
    .split("\n")
    .map((line) => line.replace(/^\s*•\s*/, "- "))
    .join("\n")
    .trimEnd();
  return { title, body: `${body}\n`, headerLength };
}

/**
 * Finds `text` in `body` nearest to where it stood in the source (`offset`
 * there, minus what was removed before the body). Returns UTF-16 indices.
 */
export function locate(body: string, text: string, sourceOffset: number, headerLength: number): { start: number; end: number } | null {
  const expected = sourceOffset - headerLength;
  let best: number | null = null;
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) {
    if (best === null || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best === null ? null : { start: best, end: best + text.length };
}
