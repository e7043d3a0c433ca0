/**
 * Hallway's demo content, shipped in prisma/seed/demo/ (see its README): the
 * Container Camp AU 2017 and DockerCon Europe 2017 programmes, three demo
 * authors with profiles, and four writeups linked to the talks and speakers
 * they mention by the same detector that links every published writeup.
 *
 * - seedDemo loads it into an empty database only (no conference, no
 *   writeup), so a restart never duplicates it or overwrites what people
 *   changed.
 * - Loading is one transaction: a crash half-way leaves the database empty,
 *   never half a demo.
 * - planDemoReset says what a reset would delete; resetDemo deletes the demo
 *   content and loads it again, in one transaction.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Programme } from "@/lib/core/programme/types";
import { parseProgramme } from "@/lib/core/programme/parse-programme";
import { parseWriteupFiles, type ParsedWriteupFile } from "@/lib/core/writeups/front-matter";
import type { Db, Tx } from "@/lib/server/db";
import { countSpeakersAt, deleteDemo, demoFootprint, existingContent, upsertAuthor } from "@/lib/server/repositories/demo-content";
import { transaction } from "@/lib/server/repositories/transaction";
import { importProgrammeInTransaction } from "@/lib/server/services/import-programme";
import { importWriteupsInTransaction } from "@/lib/server/services/import-writeups";
import { rerenderWriteups } from "@/lib/server/services/writeup-lifecycle";

export const DEMO_DIR = fileURLToPath(new URL("./demo/", import.meta.url));
const PROGRAMME_FILES = ["container-camp-au-2017.json", "dockercon-eu-2017.json"];

const authorSchema = z.strictObject({
  email: z.email(),
  name: z.string().min(1),
  username: z.string().regex(/^[a-z0-9-]+$/),
  bio: z.string().min(1),
  links: z.array(z.strictObject({ label: z.string().min(1), url: z.url() })),
  writeups: z.array(z.string().endsWith(".md")).min(1),
});
export type DemoAuthor = z.infer<typeof authorSchema>;

export interface DemoContent {
  programmes: Programme[];
  authors: (DemoAuthor & { files: ParsedWriteupFile[] })[];
}

/** The demo's authors (authors.json), checked. */
export function readDemoAuthors(dir = DEMO_DIR): DemoAuthor[] {
  const file = path.join(dir, "authors.json");
  const parsed = z.array(authorSchema).safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Reads and checks the demo files. A broken file fails loudly, naming it. */
export function readDemoContent(dir = DEMO_DIR): DemoContent {
  const programmes = PROGRAMME_FILES.map((file) => parseProgramme(readFileSync(path.join(dir, file), "utf8"), { filename: file, format: "hallway-json" }));
  const authorsFile = path.join(dir, "authors.json");
  const authors = readDemoAuthors(dir);
  const writeupDir = path.join(dir, "writeups");
  const onDisk = readdirSync(writeupDir).filter((f) => f.endsWith(".md"));
  const claimed = authors.flatMap((a) => a.writeups);
  const unclaimed = onDisk.filter((f) => !claimed.includes(f));
  if (unclaimed.length) throw new Error(`${authorsFile}: no author for ${unclaimed.join(", ")}`);
  return {
    programmes,
    authors: authors.map((a) => ({
      ...a,
      files: parseWriteupFiles(a.writeups.map((file) => ({ file, text: readFileSync(path.join(writeupDir, file), "utf8") }))),
    })),
  };
}

/** The demo authors, the first of them for tests that need one. */
// Only authors.json: importing this module (as npm start does) should not parse every demo file.
export const DEMO_AUTHORS: readonly DemoAuthor[] = readDemoAuthors();
export const DEMO_AUTHOR: DemoAuthor = DEMO_AUTHORS[0]!;

export interface SeedResult {
  seeded: boolean;
  notes: string[];
}

export interface DemoSummary {
  conferences: number;
  talks: number;
  speakers: number;
  authors: number;
  writeups: { slug: string; talks: number; speakers: number }[];
}

export interface LoadOptions {
  log?: (line: string) => void;
  /** Called after each step inside the transaction; a throw rolls everything back (the tests use it). */
  afterStep?: (step: string) => void;
}

const TX = { timeout: 300_000 } as const;

async function loadInTransaction(tx: Tx, content: DemoContent, { log = () => undefined, afterStep = () => undefined }: LoadOptions): Promise<DemoSummary> {
  let talks = 0;
  for (const programme of content.programmes) {
    const summary = await importProgrammeInTransaction(tx, programme);
    talks += summary.talks.created + summary.talks.updated + summary.talks.unchanged;
    log(`demo: ${summary.conference.name}, ${programme.talks.length} talks`);
    afterStep(`programme ${summary.conference.slug}`);
  }
  const writeups: DemoSummary["writeups"] = [];
  for (const author of content.authors) {
    const profile = { name: author.name, username: author.username, bio: author.bio, links: JSON.stringify(author.links) };
    await upsertAuthor(tx, author.email, profile);
    const result = await importWriteupsInTransaction(tx, author.files, { authorEmail: author.email });
    for (const w of result.writeups) {
      writeups.push({ slug: w.slug, talks: w.talks, speakers: w.speakers });
      log(`demo: "${author.files.find((f) => f.file === w.file)?.title ?? w.file}" by ${author.name}, linking ${w.talks} talks and ${w.speakers} speakers`);
    }
    afterStep(`author ${author.username}`);
  }
  const speakers = await countSpeakersAt(tx, content.programmes.map(slugOf));
  return { conferences: content.programmes.length, talks, speakers, authors: content.authors.length, writeups };
}

const slugOf = (p: Programme): string => p.conference.slug ?? "";


/** Loads the demo into an empty database; anything already there means it is left alone. */
export async function seedDemo(db: Db, options: LoadOptions = {}): Promise<SeedResult & { summary?: DemoSummary }> {
  const content = readDemoContent();
  const before = await existingContent(db);
  if (before.conferences > 0 || before.writeups > 0) {
    return { seeded: false, notes: ["the database already has content, so the demo was not loaded (npm run hallway -- demo --reset reloads it)"] };
  }
  const summary = await transaction(db, async (tx) => {
    // Checked again inside the transaction: two servers starting at once on one database load it once.
    const now = await existingContent(tx);
    if (now.conferences > 0 || now.writeups > 0) return undefined;
    return loadInTransaction(tx, content, options);
  }, TX);
  return summary ? { seeded: true, notes: [], summary } : { seeded: false, notes: ["another process loaded content first"] };
}

export interface DemoResetPlan {
  conferences: { slug: string; name: string; talks: number }[];
  /** Speakers who speak only at demo conferences (the others stay). */
  speakers: number;
  authors: { email: string; name: string; writeups: number }[];
  /** Other people's writeups that link demo talks or speakers: they stay, and lose those links. */
  otherWriteups: { slug: string; title: string }[];
}

async function planIn(db: Db | Tx, content: DemoContent): Promise<DemoResetPlan & { speakerIds: string[]; otherIds: string[] }> {
  const emails = content.authors.map((a) => a.email);
  const found = await demoFootprint(db, content.programmes.map(slugOf), emails);
  return {
    conferences: found.conferences.map((c) => ({ slug: c.slug, name: c.name, talks: c._count.talks })),
    speakers: found.speakers.length,
    authors: found.users
      .sort((a, b) => emails.indexOf(a.email ?? "") - emails.indexOf(b.email ?? ""))
      .map((u) => ({ email: u.email ?? "", name: u.name ?? "", writeups: u._count.writeups })),
    otherWriteups: found.others.map((w) => ({ slug: w.slug, title: w.title })),
    speakerIds: found.speakers.map((s) => s.id),
    otherIds: found.others.map((w) => w.id),
  };
}

/** What `resetDemo` would delete, for the command line to show before it asks for --yes. */
export async function planDemoReset(db: Db): Promise<DemoResetPlan> {
  const { speakerIds: _s, otherIds: _o, ...plan } = await planIn(db, readDemoContent());
  return plan;
}

/**
 * Deletes the demo's conferences (their talks, and the speakers who speak
 * nowhere else), the demo authors and their writeups, then loads the demo
 * again, all in one transaction. Other people's writeups stay; those that
 * linked demo talks are rendered again without those links.
 */
export async function resetDemo(db: Db, options: LoadOptions = {}): Promise<{ deleted: DemoResetPlan; loaded: DemoSummary }> {
  const content = readDemoContent();
  return transaction(db, async (tx) => {
    const { speakerIds, otherIds, ...deleted } = await planIn(tx, content);
    await deleteDemo(tx, { emails: content.authors.map((a) => a.email), conferenceSlugs: content.programmes.map(slugOf), speakerIds });
    await rerenderWriteups(tx, otherIds);
    options.afterStep?.("deleted");
    const loaded = await loadInTransaction(tx, content, options);
    return { deleted, loaded };
  }, TX);
}
