/**
 * Imports an author's writeup files (markdown with front matter, parsed by
 * lib/core/writeups/front-matter.ts), for the command line and the editor's
 * upload.
 *
 * - The author is found by email, or created (name from the email's local
 *   part, a unique username).
 * - Each file becomes a writeup, linked to its conferences and to the talks and
 *   speakers it mentions (mention detection against those conferences'
 *   catalog), rendered on write.
 * - A file whose slug is already one of this author's writeups updates that
 *   writeup in place: same slug and URL, the author's earlier link decisions
 *   kept, a writeup in the trash restored. Nothing else is recorded (no
 *   redirect, no copy). A file without a slug gets the one its title gives,
 *   skipping slugs of other authors' writeups, so importing it again finds the
 *   same writeup.
 * - Everything is checked before anything is written, and every problem of the
 *   batch is reported at once (WriteupImportError, each message naming file,
 *   line and field). The writes run in one transaction: after any error,
 *   nothing was written.
 */
import { usernameBase } from "@/lib/core/auth/username";
import { slugify, uniqueSlug } from "@/lib/core/text/slugify";
import type { ParsedWriteupFile } from "@/lib/core/writeups/front-matter";
import { WriteupFileError, WriteupImportError } from "@/lib/core/writeups/writeup-file-error";
import { writeupPath } from "@/lib/paths";
import type { Db, Tx } from "@/lib/server/db";
import { authorEmailSchema } from "@/lib/validations/writeup-file";
import { isPrismaCode } from "@/lib/server/repositories/prisma-errors";
import { transaction } from "@/lib/server/repositories/transaction";
import { conferencesBySlug, createAuthor, userByEmail, usernamesStartingWith, writeupsBySlug, type Existing } from "@/lib/server/repositories/writeup-import";
import { PageTag } from "@/lib/core/cache/page-tags";
import { markPagesChanged } from "@/lib/server/cache/page-cache";
import { insertWriteup, storedDecisions, writeChange } from "@/lib/server/repositories/writeup-store";
import { warmMentionCatalog } from "./mention-catalog";
import { runPipeline } from "./writeup-pipeline";

export interface ImportedWriteup {
  file: string;
  slug: string;
  /** The writeup's URL path, /writeups/<slug>. */
  path: string;
  action: "created" | "updated";
  /** It was in the author's trash, and the import brought it back. */
  restored: boolean;
  status: "published" | "draft";
  /** Distinct talks and speakers it links to. */
  talks: number;
  speakers: number;
  /** Possible links left for the author to confirm in the editor. */
  suggestions: number;
}

export interface ImportWriteupsResult {
  author: { id: string; email: string; username: string | null; created: boolean };
  writeups: ImportedWriteup[];
}


type Plan = { file: ParsedWriteupFile; conferenceIds: string[] } & ({ action: "created"; slug: string } | { action: "updated"; target: Existing });

const problem = (file: ParsedWriteupFile, field: keyof ParsedWriteupFile["lines"], reason: string, line?: number) =>
  new WriteupFileError(reason, { file: file.file, line: line ?? file.lines[field] ?? 1, field });

export async function importWriteups(db: Db, files: readonly ParsedWriteupFile[], options: { authorEmail: string }): Promise<ImportWriteupsResult> {
  await warmMentionCatalog(db);
  return transaction(db, (tx) => importWriteupsInTransaction(tx, files, options), { timeout: 300_000 });
}

/**
 * importWriteups inside a caller's transaction, for use cases that save more
 * than writeups at once (the demo content loads programmes and writeups as one).
 * Checks, detection and writes all read through `tx`, so they see what the
 * caller wrote before.
 */
export async function importWriteupsInTransaction(tx: Tx, files: readonly ParsedWriteupFile[], options: { authorEmail: string }): Promise<ImportWriteupsResult> {
  const email = authorEmailSchema.safeParse(options.authorEmail);
  if (!email.success) throw new WriteupImportError([new WriteupFileError(`the author's email '${options.authorEmail}' is not an email address`)]);
  const author = await userByEmail(tx, email.data);
  const problems: WriteupFileError[] = [];

  // Conferences named in front matter must exist.
  const conferenceSlugs = [...new Set(files.flatMap((f) => f.conferences))];
  const conferences = await conferencesBySlug(tx, conferenceSlugs);
  const conferenceId = new Map(conferences.map((c) => [c.slug, c.id]));
  for (const f of files) {
    f.conferences.forEach((slug, i) => {
      if (!conferenceId.has(slug)) {
        problems.push(problem(f, "conference", `front matter field 'conference' names '${slug}', which is not a conference on this site`, f.conferenceLines[i]));
      }
    });
  }

  // One slug, one file.
  const wanted = files.map((f) => f.slug ?? slugify(f.title));
  const firstWith = new Map<string, ParsedWriteupFile>();
  files.forEach((f, i) => {
    const slug = wanted[i] ?? "";
    const first = firstWith.get(slug);
    if (!first) return void firstWith.set(slug, f);
    problems.push(
      f.slug
        ? problem(f, "slug", `front matter field 'slug' is '${slug}', which ${first.file} also uses`)
        : problem(f, "title", `front matter field 'title' makes the slug '${slug}', which ${first.file} also uses; give one of them a 'slug'`),
    );
  });

  // Which writeup each file creates or updates.
  const existing = await writeupsBySlug(tx, { exact: files.flatMap((f) => (f.slug ? [f.slug] : [])), prefixes: files.flatMap((f, i) => (f.slug ? [] : [wanted[i] ?? ""])) });
  const mine = (w: Existing | undefined) => w !== undefined && author !== null && w.authorId === author.id;
  const claimed = new Map<string, ParsedWriteupFile>();
  const claimedSlugs = new Set(files.flatMap((f) => (f.slug ? [f.slug] : [])));
  const plans: Plan[] = [];
  files.forEach((f, i) => {
    const ids = f.conferences.flatMap((slug) => conferenceId.get(slug) ?? []);
    let plan: Plan | undefined;
    if (f.slug) {
      const w = existing.get(f.slug);
      if (w && !mine(w)) problems.push(problem(f, "slug", `front matter field 'slug' is '${f.slug}', which another author's writeup uses`));
      else plan = w ? { file: f, conferenceIds: ids, action: "updated", target: w } : { file: f, conferenceIds: ids, action: "created", slug: f.slug };
    } else {
      // The title's slug, or the first of slug-2, slug-3, … that is free or already this author's.
      const slug = uniqueSlug(wanted[i] ?? "", (s) => {
        const w = existing.get(s);
        return (w !== undefined && !mine(w)) || claimedSlugs.has(s);
      });
      claimedSlugs.add(slug);
      const w = existing.get(slug);
      plan = w ? { file: f, conferenceIds: ids, action: "updated", target: w } : { file: f, conferenceIds: ids, action: "created", slug };
    }
    if (plan?.action === "updated") {
      const other = claimed.get(plan.target.id);
      if (other) problems.push(problem(f, f.slug ? "slug" : "title", `this file updates the same writeup (/writeups/${plan.target.slug}) as ${other.file}`));
      claimed.set(plan.target.id, f);
    }
    if (plan) plans.push(plan);
  });
  if (problems.length) throw new WriteupImportError(problems);

  let authorId = author?.id;
  let username = author?.username ?? null;
  if (!authorId) {
    const base = usernameBase({ email: email.data });
    const taken = await usernamesStartingWith(tx, base);
    username = uniqueSlug(base, (s) => taken.has(s));
    const local = email.data.split("@")[0] ?? email.data;
    authorId = await createAuthor(tx, { email: email.data, name: local, username });
  }
  const writeups: ImportedWriteup[] = [];
  for (const plan of plans) {
    const f = plan.file;
    // The same pipeline as the editor's save, keeping the author's decisions on a re-import. A new
    // author's name is only their email's local part, no speaker's name: "my talk" is left alone.
    const previous = plan.action === "updated" ? await storedDecisions(tx, plan.target.id) : [];
    const derived = await runPipeline(tx, { title: f.title, body: f.body, conferenceSlugs: f.conferences, previous, authorName: author?.name ?? null });
    const { mentions, suggestions } = derived;
    const columns = {
      title: f.title,
      body: f.body,
      summary: f.summary ?? null,
      canonicalUrl: f.canonicalUrl ?? null,
      status: f.status,
      bodyHtml: derived.bodyHtml,
      excerpt: derived.excerpt,
      searchText: derived.searchText,
    };
    let slug: string;
    if (plan.action === "updated") {
      const t = plan.target;
      const publishedAt = f.status === "published" ? (f.publishedAt ?? t.publishedAt ?? new Date()) : null;
      // Read in this transaction, so the row cannot have moved: a false here is a bug, not a race.
      const written = await writeChange(tx, {
        id: t.id,
        version: t.version,
        revision: t.revision,
        bumpVersion: true,
        columns: { ...columns, publishedAt, deletedAt: null },
        mentions,
        conferences: { current: t.conferences.map((c) => c.conferenceId), wanted: plan.conferenceIds },
      });
      if (!written) throw new Error(`writeup ${t.id} changed during its own import`);
      slug = t.slug;
    } else {
      try {
        slug = (
          await insertWriteup(tx, {
            ...columns,
            authorId,
            slug: plan.slug,
            publishedAt: f.status === "published" ? (f.publishedAt ?? new Date()) : null,
            conferenceIds: plan.conferenceIds,
            mentions,
          })
        ).slug;
      } catch (error) {
        // Someone took the slug since it was checked: fail (and roll back) rather than import under another URL.
        if (isPrismaCode(error, "P2002")) throw new WriteupImportError([problem(f, f.slug ? "slug" : "title", `the slug '${plan.slug}' was taken while importing; try again`)]);
        throw error;
      }
    }
    const shown = mentions.filter((m) => m.source !== "rejected");
    writeups.push({
      file: f.file,
      slug,
      path: writeupPath(slug),
      action: plan.action,
      restored: plan.action === "updated" && plan.target.deletedAt !== null,
      status: f.status,
      talks: new Set(shown.filter((m) => m.kind === "talk").map((m) => m.id)).size,
      speakers: new Set(shown.filter((m) => m.kind === "speaker").map((m) => m.id)).size,
      suggestions: suggestions.length,
    });
  }
  // A bulk change: every page may list one of them.
  await markPagesChanged(tx, [PageTag.all]);
  return { author: { id: authorId, email: email.data, username, created: !author }, writeups };
}
