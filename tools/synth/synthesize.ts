/**
 * Fills a database with synthetic data at scale (`hallway synth`), for
 * benchmarks and the production issue's 50 ms page budget.
 *
 * A development tool, not part of the product: it lives outside app/ and
 * lib/, so it writes with the Prisma client directly (bulk createMany, one
 * ANALYZE) rather than through the product's repositories, which hold no
 * bulk loaders and should not grow any for a benchmark.
 *
 * Rows are written in batches with createMany, ids chosen up front so that
 * relations can be written without reading anything back. Synthetic writeups
 * are built from a fixed template, so their HTML is assembled directly rather
 * than run through the markdown pipeline 100,000 times; it is the same HTML the
 * pipeline makes for that markdown (headings, paragraphs, quiet mention links).
 */
import { escapeHtml } from "@/lib/core/text/escape-html";
import { generateCatalog, generateWriteups, type SynthSizes, type SynthWriteup } from "./generate";
import type { Db } from "@/lib/server/db";
import { speakerPath, talkPath } from "@/lib/paths";

const BATCH = 1000;
const AUTHORS = 1000;

export type SynthProgress = (stage: string, done: number, total: number) => void;

const ids = {
  conference: (i: number) => `synth-conf-${i}`,
  talk: (i: number) => `synth-talk-${i}`,
  speaker: (i: number) => `synth-speaker-${i}`,
  author: (i: number) => `synth-author-${i}`,
  writeup: (i: number) => `synth-writeup-${i}`,
};

async function inBatches<T>(stage: string, rows: T[], write: (batch: T[]) => Promise<unknown>, progress?: SynthProgress) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await write(rows.slice(i, i + BATCH));
    progress?.(stage, Math.min(rows.length, i + BATCH), rows.length);
  }
}

function writeupHtml(w: SynthWriteup, href: (m: SynthWriteup["mentions"][number]) => string): string {
  const byStart = [...w.mentions].sort((a, b) => a.start - b.start);
  let out = "";
  let cursor = 0;
  for (const m of byStart) {
    out += escapeHtml(w.body.slice(cursor, m.start));
    out += `<a href="${href(m)}" class="mention mention-${m.kind}">${escapeHtml(m.text)}</a>`;
    cursor = m.end;
  }
  out += escapeHtml(w.body.slice(cursor));
  return out
    .trim()
    .split(/\n{2,}/)
    .map((block) => (block.startsWith("## ") ? `<h2>${block.slice(3)}</h2>` : `<p>${block}</p>`))
    .join("\n");
}

/** Whether a database already holds synthetic rows (synth writes fixed ids, so a second run would collide). */
export async function hasSynthData(db: Db): Promise<boolean> {
  return (await db.conference.count({ where: { id: { startsWith: "synth-" } } })) > 0;
}

export async function synthesize(db: Db, sizes: SynthSizes, progress?: SynthProgress) {
  const catalog = generateCatalog(sizes);
  const { conferences, speakers, talks } = catalog;

  await inBatches(
    "conferences",
    conferences.map((c, i) => ({ id: ids.conference(i), ...c })),
    (rows) => db.conference.createMany({ data: rows }),
    progress,
  );
  await inBatches(
    "speakers",
    speakers.map((s, i) => ({ id: ids.speaker(i), slug: `synth-${s.slug}`, name: s.name, normalizedName: s.name.toLowerCase(), affiliation: s.affiliation })),
    (rows) => db.speaker.createMany({ data: rows }),
    progress,
  );
  await inBatches(
    "talks",
    talks.map((t) => ({ id: ids.talk(t.index), conferenceId: ids.conference(t.conference), slug: t.slug, title: t.title, kind: t.kind, track: t.track, day: t.day })),
    (rows) => db.talk.createMany({ data: rows }),
    progress,
  );
  await inBatches(
    "talk speakers",
    talks.flatMap((t) => t.speakers.map((s, position) => ({ talkId: ids.talk(t.index), speakerId: ids.speaker(s), position }))),
    (rows) => db.talkSpeaker.createMany({ data: rows }),
    progress,
  );
  await inBatches(
    "authors",
    Array.from({ length: AUTHORS }, (_, i) => ({ id: ids.author(i), email: `author-${i}@synth.example`, name: `Author ${i}`, username: `synth-author-${i}` })),
    (rows) => db.user.createMany({ data: rows }),
    progress,
  );

  const href = (m: SynthWriteup["mentions"][number]) =>
    m.kind === "talk" ? talkPath(conferences[talks[m.ref]!.conference]!.slug, talks[m.ref]!.slug) : speakerPath(`synth-${speakers[m.ref]!.slug}`);
  let batch: SynthWriteup[] = [];
  let done = 0;
  const flush = async () => {
    const offset = done;
    await db.writeup.createMany({
      data: batch.map((w, k) => ({
        id: ids.writeup(offset + k),
        authorId: ids.author((offset + k) % AUTHORS),
        slug: w.slug,
        title: w.title,
        body: w.body,
        bodyHtml: writeupHtml(w, href),
        excerpt: w.body.slice(0, 240),
        searchText: w.body,
        status: "published",
        publishedAt: w.publishedAt,
      })),
    });
    await db.writeupConference.createMany({ data: batch.map((w, k) => ({ writeupId: ids.writeup(offset + k), conferenceId: ids.conference(w.conference) })) });
    await db.mention.createMany({
      data: batch.flatMap((w, k) =>
        w.mentions.map((m) => ({
          writeupId: ids.writeup(offset + k),
          kind: m.kind,
          talkId: m.kind === "talk" ? ids.talk(m.ref) : null,
          speakerId: m.kind === "speaker" ? ids.speaker(m.ref) : null,
          text: m.text,
          start: m.start,
          end: m.end,
          source: "detected",
          confidence: 0.9,
          reason: "synthetic",
          excerpt: w.body.slice(Math.max(0, m.start - 80), m.end + 120).trim(),
        })),
      ),
    });
    done += batch.length;
    batch = [];
    progress?.("writeups", done, sizes.writeups);
  };
  for (const w of generateWriteups(sizes, catalog)) {
    batch.push(w);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  // Bulk loads leave the query planner without statistics.
  progress?.("analyze", 0, 1);
  await db.$executeRawUnsafe("ANALYZE");
  progress?.("analyze", 1, 1);
  return { conferences: conferences.length, talks: talks.length, speakers: speakers.length, writeups: done };
}
