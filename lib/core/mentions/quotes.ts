/**
 * Is a run of tokens quoted, and where does the quotation end?
 *
 * Writers quote titles with every style in use: "…" “…” „…“ „…” «…» »…«
 * ‚…‘ '…' ‘…’. A quote mark counts as opening when it sits right before the
 * first token (markdown emphasis marks may come between, as in "**Title**");
 * the closing mark is searched after the match, within the same block, so
 * a writer who quotes a longer or slightly different title is still seen
 * as quoting it.
 */
import type { ScannedText } from "./markdown-scan";

const CLOSERS: Record<string, string> = {
  '"': '"',
  "“": "”“",
  "„": "“”",
  "«": "»",
  "»": "«",
  "‚": "‘’",
  "'": "'",
  "‘": "’",
  "‹": "›",
  "「": "」",
};
const MARKUP = "*_~";
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface QuoteInfo {
  /** Index of the last token inside the quotes. */
  lastToken: number;
  /** Offset just after the closing mark. */
  closeEnd: number;
}

/**
 * A link's text marks off its words like quotes do: the run starts at the
 * link text's first word and ends within it (the link's last word, at most
 * `maxExtraTokens` further on).
 */
function linkAround(scan: ScannedText, first: number, last: number, maxExtraTokens: number): QuoteInfo | null {
  const { tokens, links } = scan;
  const link = tokens[first]!.link;
  if (link < 0 || tokens[last]!.link !== link || tokens[first - 1]?.link === link) return null;
  let end = last;
  while (tokens[end + 1]?.link === link) end++;
  if (end - last > maxExtraTokens) return null;
  return { lastToken: end, closeEnd: links[link]!.end };
}

/** The quotation that opens right before tokens[first] and closes after tokens[last], or null. */
export function quoteAround(scan: ScannedText, first: number, last: number, maxExtraTokens = 6): QuoteInfo | null {
  const { source, tokens } = scan;
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  if (!firstToken || !lastToken) return null;
  const linked = linkAround(scan, first, last, maxExtraTokens);
  if (linked) return linked;
  let i = firstToken.start - 1;
  while (i >= 0 && MARKUP.includes(source.charAt(i))) i--;
  const open = source.charAt(i);
  const closers = CLOSERS[open];
  if (!closers) return null;
  if ((open === "'" || open === "‘") && i > 0 && WORD_CHAR.test(source.charAt(i - 1))) return null;

  const block = firstToken.block;
  let t = last;
  for (;;) {
    const from = tokens[t]!.end;
    const next = tokens[t + 1];
    const to = next && next.block === block && !next.barrier ? next.start : Math.min(source.length, from + 200);
    for (let j = from; j < to; j++) {
      const c = source.charAt(j);
      if (closers.includes(c) && !WORD_CHAR.test(source.charAt(j + 1))) return { lastToken: t, closeEnd: j + 1 };
      if (c === "\n" && source.charAt(j + 1) === "\n") return null;
    }
    if (!next || next.block !== block || next.barrier || t - last >= maxExtraTokens) return null;
    t++;
  }
}
