/**
 * A large, deterministic trip report built from the demo programmes: generic
 * prose with N talks (by title, in quotes) and speakers (by name) of the demo
 * catalog mixed in, for timing and counting writeup saves.
 *
 * Library:  import { makeWriteup } from "./make-writeup";
 *           makeWriteup({ demoDir, words: 10_000, mentions: 50 }) -> { markdown, mentioned, words, conferenceSlugs }
 * Script:   npx tsx make-writeup.ts [--demo-dir DIR] [--words 10000] [--mentions 50] [--seed 1] [--json]
 *           prints the markdown (or, with --json, the markdown plus what it mentions).
 * DIR defaults to ./prisma/seed/demo (run from a Hallway checkout). It reads
 * every *.json there with "conference", "speakers" and "talks" (the demo's
 * hallway-json programmes), so it does not depend on the app's code.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface DemoProgramme {
  conference: { slug: string; name: string };
  speakers: { id: string; name: string }[];
  talks: { title: string; speakers?: string[] }[];
}

export interface MadeWriteup {
  title: string;
  markdown: string;
  words: number;
  conferenceSlugs: string[];
  /** What was mixed in, in order: half talks (by title), half speakers (by name). */
  mentioned: { kind: "talk" | "speaker"; text: string; conference: string }[];
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROSE = `the a and of to in that it was for on with as at by this we from they but not are had have were there which
their when one all would about so out up what some them time very after also more into then first could our other many than
just day room people hall coffee lunch queue morning evening friend team question answer idea really quite interesting
learned noticed walked met watched afterwards later before because while although however great good nice busy crowded
quiet warm cold city train hotel booth sticker laptop notes recording stream chat audience stage session track badge
weekend cluster deployment pipeline registry image network storage volume namespace scheduler rollout incident pager
migration upgrade dashboard alert budget colleague manager vendor`.split(/\s+/);
const HEADINGS = ["Getting there", "The first morning", "Between sessions", "Lunch and the expo hall", "The afternoon track", "Evening events", "What I took home", "Loose ends", "The hallway track", "Day two", "Day three", "Workshops", "What I would do differently"];

export function readDemoProgrammes(demoDir: string): DemoProgramme[] {
  return readdirSync(demoDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(demoDir, f), "utf8")) as Partial<DemoProgramme>)
    .filter((p): p is DemoProgramme => !!p.conference && Array.isArray(p.talks) && Array.isArray(p.speakers));
}

export function makeWriteup({ demoDir = path.resolve("prisma/seed/demo"), words = 10_000, mentions = 50, seed = 1 }: { demoDir?: string; words?: number; mentions?: number; seed?: number } = {}): MadeWriteup {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const programmes = readDemoProgrammes(demoDir);
  if (!programmes.length) throw new Error(`no demo programmes (*.json with conference/speakers/talks) in ${demoDir}`);
  // Interleave the conferences so both are covered; skip generic titles the detector rightly ignores.
  const talks = programmes.flatMap((p) => p.talks.filter((t) => t.title.split(/\s+/).length >= 3).map((t) => ({ text: t.title, conference: p.conference.slug })));
  const speakerSeen = new Set<string>();
  const speakers = programmes.flatMap((p) =>
    p.speakers.filter((s) => !speakerSeen.has(s.name) && speakerSeen.add(s.name)).map((s) => ({ text: s.name, conference: p.conference.slug })),
  );
  const spread = <T>(xs: T[], n: number): T[] => Array.from({ length: Math.min(n, xs.length) }, (_, i) => xs[Math.floor((i * xs.length) / Math.min(n, xs.length))]!);
  const nTalks = Math.ceil(mentions / 2);
  const queue: MadeWriteup["mentioned"] = [];
  const ts = spread(talks, nTalks);
  const ss = spread(speakers, mentions - ts.length);
  for (let i = 0; i < Math.max(ts.length, ss.length); i++) {
    if (ts[i]) queue.push({ kind: "talk", ...ts[i]! });
    if (ss[i]) queue.push({ kind: "speaker", ...ss[i]! });
  }

  const title = "A very long week of container conferences";
  const out: string[] = [];
  let count = 0;
  const sentence = () => {
    const len = 10 + Math.floor(r() * 14);
    const ws = Array.from({ length: len }, () => pick(PROSE));
    const s = ws.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1) + ".";
  };
  // One mention every `every` words, so they are spread over the whole text.
  const every = Math.max(40, Math.floor(words / (queue.length + 1)));
  let nextAt = every;
  let q = 0;
  let heading = 0;
  while (count < words) {
    if (count === 0 || r() < 0.06) {
      out.push(`## ${HEADINGS[heading++ % HEADINGS.length]}`, "");
    }
    const para: string[] = [];
    const n = 3 + Math.floor(r() * 5);
    for (let i = 0; i < n; i++) {
      let s = sentence();
      if (count >= nextAt && q < queue.length) {
        const m = queue[q++]!;
        s += m.kind === "talk" ? ` Then I went to “${m.text}”, which was packed.` : ` I caught up with ${m.text} afterwards.`;
        nextAt += every;
      }
      para.push(s);
      count += s.split(/\s+/).length;
    }
    const roll = r();
    if (roll < 0.05) out.push(para.map((s) => `- ${s}`).join("\n"), "");
    else if (roll < 0.07) out.push(para.join(" "), "", "```sh\ndocker run --rm -it alpine sh\n```", "");
    else if (roll < 0.09) out.push(`> ${para.join(" ")}`, "");
    else out.push(para.join(" "), "");
  }
  // Anything left over goes in a closing paragraph.
  if (q < queue.length) {
    out.push(queue.slice(q).map((m) => (m.kind === "talk" ? `I also saw “${m.text}”.` : `${m.text} was there too.`)).join(" "), "");
    q = queue.length;
  }
  const markdown = `${out.join("\n").trim()}\n`;
  return {
    title,
    markdown,
    words: markdown.split(/\s+/).filter(Boolean).length,
    conferenceSlugs: programmes.map((p) => p.conference.slug),
    mentioned: queue,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const made = makeWriteup({
    demoDir: opt("--demo-dir") ? path.resolve(opt("--demo-dir")!) : undefined,
    words: opt("--words") ? Number(opt("--words")) : undefined,
    mentions: opt("--mentions") ? Number(opt("--mentions")) : undefined,
    seed: opt("--seed") ? Number(opt("--seed")) : undefined,
  });
  if (args.includes("--json")) console.log(JSON.stringify(made, null, 2));
  else process.stdout.write(made.markdown);
}
