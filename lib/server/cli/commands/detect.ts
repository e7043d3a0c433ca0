/**
 * `hallway detect <file.md|-> [--conference <slug> ...] [--links]`: the mentions a writeup would get, as JSON.
 * Every mention carries its `action`: `link` (linked without asking) or `suggest` (offered to the author).
 * `--links` keeps the links only; `--all` (the default since suggestions carry their action) is still accepted.
 * A front matter `author:` field names the writeup's author, so "my talk" is suggested as that speaker's session.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { detectMentions, narrowCatalog } from "@/lib/core/mentions/detect-mentions";
import { buildMentionIndex } from "@/lib/core/mentions/mention-index";
import { SUGGESTION_THRESHOLD, actionOf } from "@/lib/core/mentions/types";
import { frontMatterAuthor } from "@/lib/core/writeups/front-matter-author";
import { loadCatalog } from "@/lib/server/services/load-catalog";
import { UsageError } from "../errors";
import { readProgrammeInput } from "../io";
import { withDb } from "../with-db";

export async function detectCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { conference: { type: "string", multiple: true }, all: { type: "boolean", default: false }, links: { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("detect takes one markdown file (or - for standard input)");
  const markdown = file === "-" ? readFileSync(0, "utf8") : readProgrammeInput(file);
  const catalog = await withDb((db) => loadCatalog(db, values.conference));
  const narrowed = values.conference?.length ? catalog : narrowCatalog(markdown, catalog);
  const index = buildMentionIndex(narrowed);
  const detected = detectMentions(markdown, index, { minConfidence: SUGGESTION_THRESHOLD, authorName: frontMatterAuthor(markdown) });
  const mentions = values.links ? detected.filter((m) => (m.action ?? actionOf(m)) === "link") : detected;
  const talks = new Map(narrowed.talks.map((t) => [t.id, t]));
  const speakers = new Map(narrowed.speakers.map((s) => [s.id, s]));
  const speakerConference = new Map<string, string>();
  for (const t of narrowed.talks) for (const id of t.speakerIds) if (!speakerConference.has(id)) speakerConference.set(id, t.conference);
  const out = mentions.map((m) => {
    const talk = m.kind === "talk" ? talks.get(m.id) : undefined;
    const speaker = m.kind === "speaker" ? speakers.get(m.id) : undefined;
    return {
      kind: m.kind,
      id: m.id,
      slug: talk?.slug ?? speaker?.slug,
      ...(talk ? { title: talk.title } : { name: speaker?.name }),
      conference: talk?.conference ?? speakerConference.get(m.id),
      start: m.start,
      end: m.end,
      text: m.text,
      action: m.action ?? actionOf(m),
      confidence: Math.round(m.confidence * 100) / 100,
      reason: m.reason,
      ...(m.candidates ? { candidates: m.candidates } : {}),
    };
  });
  console.log(JSON.stringify({ mentions: out }, null, 2));
}
