/**
 * Creates or replaces a writeup, rendering it on write.
 *
 * createWriteup runs in its own transaction; insertWriteup and replaceWriteup
 * run in the caller's, for use cases that save several writeups at once.
 *
 * The markdown is rendered once here, with its stored mentions turned into
 * links, and the HTML, the lead excerpt and each mention's surrounding excerpt
 * are saved with it. Pages and feeds only ever read what this stored.
 */
import { parseMarkdownTree, renderMarkdown, renderTree } from "@/lib/core/markdown/render-markdown";
import { excerptAround, leadExcerpt, plainText, textBlocks } from "@/lib/core/markdown/excerpts";
import type { MentionLink } from "@/lib/core/markdown/remark-mention-links";
import { slugify, uniqueSlug } from "@/lib/core/text/slugify";
import type { Db, Tx } from "@/lib/server/db";
import { speakerPath, talkPath } from "@/lib/paths";

export type MentionSource = "explicit" | "detected" | "confirmed" | "rejected";

export interface MentionInput {
  kind: "talk" | "speaker";
  talkId?: string;
  speakerId?: string;
  start: number;
  end: number;
  text: string;
  source: MentionSource;
  confidence?: number;
  reason?: string;
}

export interface WriteupInput {
  authorId: string;
  title: string;
  body: string;
  conferenceIds: string[];
  status: "draft" | "published";
  slug?: string;
  summary?: string | null;
  canonicalUrl?: string | null;
  publishedAt?: Date;
  mentions: MentionInput[];
}

/** Builds the link target and tooltip of each mention that will be shown (rejected ones never are). */
async function mentionLinks(tx: Tx, mentions: MentionInput[]): Promise<MentionLink[]> {
  const shown = mentions.filter((m) => m.source !== "rejected");
  const talkIds = [...new Set(shown.flatMap((m) => (m.talkId ? [m.talkId] : [])))];
  const speakerIds = [...new Set(shown.flatMap((m) => (m.speakerId ? [m.speakerId] : [])))];
  const [talks, speakers] = await Promise.all([
    tx.talk.findMany({
      where: { id: { in: talkIds } },
      select: {
        id: true,
        slug: true,
        title: true,
        conference: { select: { slug: true, name: true } },
        speakers: { orderBy: { position: "asc" }, select: { speaker: { select: { name: true } } } },
      },
    }),
    tx.speaker.findMany({ where: { id: { in: speakerIds } }, select: { id: true, slug: true, name: true, affiliation: true } }),
  ]);
  const talkById = new Map(talks.map((t) => [t.id, t]));
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  return shown.flatMap((m): MentionLink[] => {
    if (m.kind === "talk") {
      const t = m.talkId ? talkById.get(m.talkId) : undefined;
      if (!t) return [];
      const names = t.speakers.map((s) => s.speaker.name).join(", ");
      return [{ kind: "talk", start: m.start, end: m.end, text: m.text, href: talkPath(t.conference.slug, t.slug), label: `${t.title}${names ? ` — ${names}` : ""}, ${t.conference.name}` }];
    }
    const s = m.speakerId ? speakerById.get(m.speakerId) : undefined;
    if (!s) return [];
    return [{ kind: "speaker", start: m.start, end: m.end, text: m.text, href: speakerPath(s.slug), label: `${s.name}${s.affiliation ? `, ${s.affiliation}` : ""}` }];
  });
}

/**
 * Renders a stored writeup again from its markdown and its mentions, after
 * something its links point at changed (a speaker merged, a talk renamed).
 */
export async function rerenderWriteups(tx: Tx, writeupIds: string[]) {
  for (const id of new Set(writeupIds)) {
    const writeup = await tx.writeup.findUniqueOrThrow({
      where: { id },
      select: { body: true, mentions: { select: { kind: true, talkId: true, speakerId: true, start: true, end: true, text: true, source: true } } },
    });
    const mentions = writeup.mentions.map((m) => ({
      kind: m.kind as MentionInput["kind"],
      talkId: m.talkId ?? undefined,
      speakerId: m.speakerId ?? undefined,
      start: m.start,
      end: m.end,
      text: m.text,
      source: m.source as MentionSource,
    }));
    await tx.writeup.update({ where: { id }, data: { bodyHtml: renderMarkdown(writeup.body, await mentionLinks(tx, mentions)) } });
  }
}

/** What is stored for a writeup's text: rendered HTML, excerpts, search text and mention rows. */
async function renderedFields(tx: Tx, input: Pick<WriteupInput, "title" | "body" | "mentions">) {
  const links = await mentionLinks(tx, input.mentions);
  // Parse once: excerpts and search text read the tree, then rendering (which
  // splices links into it) goes last.
  const tree = parseMarkdownTree(input.body);
  const blocks = textBlocks(tree);
  const excerpt = leadExcerpt(tree, 280, input.title);
  const searchText = plainText(tree);
  const mentionExcerpts = input.mentions.map((m) => excerptAround(input.body, m.start, m.end, 240, blocks));
  return {
    bodyHtml: renderTree(tree, input.body, links),
    excerpt,
    searchText,
    mentionRows: (writeupId: string) =>
      input.mentions.map((m, i) => ({
        writeupId,
        kind: m.kind,
        talkId: m.kind === "talk" ? (m.talkId ?? null) : null,
        speakerId: m.kind === "speaker" ? (m.speakerId ?? null) : null,
        text: m.text,
        start: m.start,
        end: m.end,
        source: m.source,
        confidence: m.confidence ?? 1,
        reason: m.reason ?? null,
        excerpt: mentionExcerpts[i] ?? "",
      })),
  };
}

/** createWriteup inside a caller's transaction (an import saves many writeups in one). */
export async function insertWriteup(tx: Tx, input: WriteupInput) {
  const base = input.slug ?? slugify(input.title);
  const taken = new Set((await tx.writeup.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((w) => w.slug));
  const slug = uniqueSlug(base, (s) => taken.has(s));
  const { bodyHtml, excerpt, searchText, mentionRows } = await renderedFields(tx, input);
  const writeup = await tx.writeup.create({
    data: {
      authorId: input.authorId,
      slug,
      title: input.title,
      body: input.body,
      bodyHtml,
      summary: input.summary ?? null,
      excerpt,
      searchText,
      status: input.status,
      canonicalUrl: input.canonicalUrl ?? null,
      publishedAt: input.status === "published" ? (input.publishedAt ?? new Date()) : null,
      conferences: { create: input.conferenceIds.map((conferenceId) => ({ conferenceId })) },
    },
  });
  if (input.mentions.length) await tx.mention.createMany({ data: mentionRows(writeup.id) });
  return writeup;
}

export async function createWriteup(db: Db, input: WriteupInput) {
  return db.$transaction((tx) => insertWriteup(tx, input));
}

/**
 * Overwrites a writeup's text, metadata, conferences and mentions in place,
 * inside a caller's transaction. Author and slug stay; the version is bumped so
 * an editor still open on the old text gets a conflict instead of overwriting
 * this. A published writeup keeps its publication date unless one is given.
 */
export async function replaceWriteup(tx: Tx, id: string, input: Omit<WriteupInput, "authorId" | "slug">) {
  const before = await tx.writeup.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } });
  const { bodyHtml, excerpt, searchText, mentionRows } = await renderedFields(tx, input);
  await tx.writeupConference.deleteMany({ where: { writeupId: id } });
  await tx.mention.deleteMany({ where: { writeupId: id } });
  const writeup = await tx.writeup.update({
    where: { id },
    data: {
      title: input.title,
      body: input.body,
      bodyHtml,
      summary: input.summary ?? null,
      excerpt,
      searchText,
      status: input.status,
      canonicalUrl: input.canonicalUrl ?? null,
      publishedAt: input.status === "published" ? (input.publishedAt ?? before.publishedAt ?? new Date()) : null,
      version: { increment: 1 },
      conferences: { create: input.conferenceIds.map((conferenceId) => ({ conferenceId })) },
    },
  });
  if (input.mentions.length) await tx.mention.createMany({ data: mentionRows(id) });
  return writeup;
}
