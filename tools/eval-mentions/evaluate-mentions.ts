/**
 * `npm run eval:mentions` (scripts/eval-mentions.ts) — how well detectMentions does on the labelled
 * real writeups in ../shared/fixtures/mentions (the seed DockerCon report
 * against sessions.json; FOSDEM and PyCon UK reports against their
 * schedules).
 *
 * Scoring (per report, then summed over all):
 * - primary: the set of (kind, id) a report mentions. A predicted talk or
 *   speaker counts if the labels list it anywhere in that report.
 * - secondary: spans. A gold mention is found if a predicted mention of the
 *   same kind and id overlaps it; a predicted mention is right if it
 *   overlaps a gold mention of its id.
 * - Labels' `ambiguous` entries are neutral (neither right nor wrong);
 *   `not_sessions`, `not_speakers` and the seed's `must_not_link` are
 *   explicit negatives, listed as violations when something links there.
 * Label offsets are Python code-point offsets; they are converted to UTF-16
 * here, never in the detector.
 *
 * Flags: --min=0.75 (confidence threshold, default SUGGESTION_THRESHOLD),
 * --narrow (detect against all fixture catalogs merged, after narrowCatalog
 * picks the conference from the text), --no-links (blank out every link
 * target, bare URL and link definition, keeping offsets: how the detector
 * does on prose alone, without schedule URLs), --verbose (print every
 * prediction).
 *
 * A development tool: it reads ../shared, which product code (app/, lib/)
 * never does, so it lives in tools/ rather than lib/server/cli.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { detectMentions } from "../../lib/core/mentions/detect-mentions";
import { buildMentionIndex } from "../../lib/core/mentions/mention-index";
import { narrowCatalog } from "../../lib/core/mentions/narrow-catalog";
import { SUGGESTION_THRESHOLD, type Catalog, type DetectedMention } from "../../lib/core/mentions/types";
import { normalizeName } from "../../lib/core/text/normalize";
import {
  hasShared,
  loadDockerconCatalog,
  repoRoot,
  loadProgrammeCatalog,
  sharedDir,
  sharedPath,
} from "../../tests/real/mentions/fixture-catalogs";

interface GoldMention {
  kind: "talk" | "speaker";
  id: string;
  start: number;
  end: number;
  text: string;
}

interface Doc {
  name: string;
  text: string;
  catalog: Catalog;
  gold: GoldMention[];
  goldIds: Set<string>;
  /** Spans where nothing should link. */
  negatives: { start: number; end: number; text: string; why: string }[];
  /** Spans where anything goes (labelled ambiguous). */
  neutral: { start: number; end: number }[];
  labelNames: Map<string, string>;
}

export interface EvalOptions {
  /** Confidence threshold (default SUGGESTION_THRESHOLD). */
  minConfidence: number;
  /** Detect against all fixture catalogs merged, narrowed from the text. */
  narrow: boolean;
  /** Print every prediction. */
  verbose: boolean;
  /** Blank out link targets, bare URLs and link definitions. */
  noLinks: boolean;
}

/** The flags of `npm run eval:mentions`. */
export function parseEvalArgs(args: readonly string[]): EvalOptions {
  return {
    minConfidence: Number(args.find((a) => a.startsWith("--min="))?.slice(6) ?? SUGGESTION_THRESHOLD),
    narrow: args.includes("--narrow"),
    verbose: args.includes("--verbose"),
    noLinks: args.includes("--no-links"),
  };
}

/** Same length, same offsets, but no link targets: "[text](url)" → " text      ". */
function blankLinks(text: string): string {
  const blank = (s: string): string => s.replace(/[^\n]/g, " ");
  return text
    .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, blank)
    .replace(/\[([^\]\n]*)\](\([^)\s]*(?:\s+"[^"]*")?\)|\[[^\]\n]*\])/g, (all: string, inner: string) => ` ${inner}${" ".repeat(all.length - inner.length - 1)}`)
    .replace(/https?:\/\/[^\s)>\]]+/g, blank);
}

/** Python code-point offset → UTF-16 index. */
function cpToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[cp] ?? u;
}

function allOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const key = (kind: string, id: string): string => `${kind}:${id}`;

function speakerIdByName(catalog: Catalog, name: string): string | undefined {
  const n = normalizeName(name);
  return catalog.speakers.find((s) => normalizeName(s.name) === n)?.id;
}

interface SeedLabels {
  talks: { id: string; mentions: { text: string; offset: number }[] }[];
  speakers: { name: string; mentions: { text: string; offset: number }[] }[];
  must_not_link: { text: string; why: string }[];
}

function loadSeed(): Doc {
  const labels = JSON.parse(readFileSync(sharedPath("fixtures", "mentions", "seed-dockercon-eu-2017.labels.json"), "utf8")) as SeedLabels;
  const text = readFileSync(sharedPath("seeds", "001_196a8f7977896cb2.txt"), "utf8");
  const catalog = loadDockerconCatalog();
  const toU = cpToUtf16(text);
  const gold: GoldMention[] = [];
  const labelNames = new Map<string, string>();
  for (const t of labels.talks) {
    labelNames.set(key("talk", t.id), t.id);
    for (const m of t.mentions) gold.push(span("talk", t.id, m, toU));
  }
  for (const s of labels.speakers) {
    const id = speakerIdByName(catalog, s.name);
    if (!id) throw new Error(`seed speaker ${s.name} not in catalog`);
    labelNames.set(key("speaker", id), s.name);
    for (const m of s.mentions) gold.push(span("speaker", id, m, toU));
  }
  const negatives = labels.must_not_link.flatMap((n) =>
    allOccurrences(text, n.text).map((start) => ({ start, end: start + n.text.length, text: n.text, why: n.why })),
  );
  return { name: "seed dockercon-eu-2017", text, catalog, gold, goldIds: new Set(gold.map((g) => key(g.kind, g.id))), negatives, neutral: [], labelNames };
}

function span(kind: "talk" | "speaker", id: string, m: { text: string; offset: number }, toU: (cp: number) => number): GoldMention {
  const start = toU(m.offset);
  const end = toU(m.offset + [...m.text].length);
  return { kind, id, start, end, text: m.text };
}

interface ReportLabels {
  report: string;
  schedule: string;
  sessions: {
    schedule_event_id?: string;
    schedule_url?: string;
    schedule_title?: string;
    schedule_summary?: string;
    mentions: { text: string; offset: number }[];
  }[];
  speakers: { schedule_name: string; schedule_person_id?: string; mentions: { text: string; offset: number }[] }[];
  ambiguous?: { text: string; offset?: number }[];
  not_sessions?: { text: string }[];
  not_speakers?: { text: string }[];
}

async function loadReport(file: string): Promise<Doc> {
  const dir = sharedPath("fixtures", "mentions", "reports");
  const labels = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as ReportLabels;
  const text = readFileSync(path.join(dir, labels.report), "utf8");
  const catalog = await loadProgrammeCatalog(path.basename(labels.schedule));
  const toU = cpToUtf16(text);
  const gold: GoldMention[] = [];
  const labelNames = new Map<string, string>();
  for (const s of labels.sessions) {
    const title = s.schedule_title ?? s.schedule_summary?.replace(/\s*\((?:talk|workshop)? ?by [^)]*\)\s*$/, "");
    const talk =
      catalog.talks.find((t) => s.schedule_event_id !== undefined && t.id === s.schedule_event_id) ??
      catalog.talks.find((t) => s.schedule_url !== undefined && (t.id === s.schedule_url || (t.urls ?? []).includes(s.schedule_url))) ??
      catalog.talks.find((t) => title !== undefined && normalizeName(t.title) === normalizeName(title));
    if (!talk) throw new Error(`${file}: session ${s.schedule_event_id ?? s.schedule_url} not in catalog`);
    labelNames.set(key("talk", talk.id), talk.title);
    for (const m of s.mentions) gold.push(span("talk", talk.id, m, toU));
  }
  for (const s of labels.speakers) {
    const id = catalog.speakers.find((p) => p.id === s.schedule_person_id)?.id ?? speakerIdByName(catalog, s.schedule_name);
    if (!id) throw new Error(`${file}: speaker ${s.schedule_name} not in catalog`);
    labelNames.set(key("speaker", id), s.schedule_name);
    for (const m of s.mentions) gold.push(span("speaker", id, m, toU));
  }
  const neutral = (labels.ambiguous ?? []).flatMap((a) => {
    if (a.offset !== undefined) {
      const start = toU(a.offset);
      return [{ start, end: toU(a.offset + [...a.text].length) }];
    }
    return allOccurrences(text, a.text).map((start) => ({ start, end: start + a.text.length }));
  });
  const negatives = [
    ...(labels.not_sessions ?? []).map((n) => ({ ...n, why: "not a session" })),
    ...(labels.not_speakers ?? []).map((n) => ({ ...n, why: "not a speaker" })),
  ].flatMap((n) => allOccurrences(text, n.text).map((start) => ({ start, end: start + n.text.length, text: n.text, why: n.why })));
  return { name: labels.report, text, catalog, gold, goldIds: new Set(gold.map((g) => key(g.kind, g.id))), negatives, neutral, labelNames };
}

interface OwnCases {
  catalog: Catalog;
  cases: { name: string; markdown: string; expect: { kind: "talk" | "speaker"; id: string }[]; mustNotLink: string[] }[];
}

/** Hallway's own labelled cases (tests/unit/mentions/labelled-cases.json): id sets only, no spans. */
function loadOwnCases(): Doc[] {
  const file = path.join(repoRoot, "tests", "unit", "mentions", "labelled-cases.json");
  const own = JSON.parse(readFileSync(file, "utf8")) as OwnCases;
  return own.cases.map((c) => ({
    name: `own case: ${c.name}`,
    text: c.markdown,
    catalog: own.catalog,
    gold: [],
    goldIds: new Set(c.expect.map((e) => key(e.kind, e.id))),
    negatives: c.mustNotLink.flatMap((t) => {
      // Whole words only: "Docker" must not match inside "docker run".
      const out: { start: number; end: number; text: string; why: string }[] = [];
      for (const m of c.markdown.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu"))) {
        out.push({ start: m.index ?? 0, end: (m.index ?? 0) + t.length, text: t, why: "labelled must-not-link" });
      }
      return out;
    }),
    neutral: [],
    labelNames: new Map(),
  }));
}

function mergeCatalogs(catalogs: Catalog[]): Catalog {
  const speakers = new Map<string, Catalog["speakers"][number]>();
  const seen = new Set<string>();
  const unique = catalogs.filter((c) => {
    const slug = c.conferences[0]?.slug ?? "";
    if (seen.has(slug)) return false;
    seen.add(slug);
    return true;
  });
  // Schedule ids are only unique within one schedule: prefix them with the conference.
  for (const c of unique) {
    const slug = c.conferences[0]?.slug ?? "";
    for (const s of c.speakers) speakers.set(`${slug}|${s.id}`, { ...s, id: `${slug}|${s.id}` });
  }
  return {
    conferences: unique.flatMap((c) => c.conferences),
    talks: unique.flatMap((c) =>
      c.talks.map((t) => ({ ...t, id: `${t.conference}|${t.id}`, speakerIds: t.speakerIds.map((id) => `${t.conference}|${id}`) })),
    ),
    speakers: [...speakers.values()],
  };
}

/** Undoes mergeCatalogs' prefix. */
const unprefix = (m: DetectedMention): DetectedMention => ({ ...m, id: m.id.slice(m.id.indexOf("|") + 1) });

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function fmt(x: number): string {
  return x.toFixed(3);
}

/** Scores the detector on every labelled report and prints the figures. */
export async function evaluateMentions({ minConfidence, narrow, verbose, noLinks }: EvalOptions): Promise<void> {
  if (!hasShared()) throw new Error(`No fixtures at ${sharedDir}; set HALLWAY_SHARED_DIR.`);
  const docs: Doc[] = [loadSeed()];
  const reportDir = sharedPath("fixtures", "mentions", "reports");
  for (const file of readdirSync(reportDir).filter((f) => f.endsWith(".labels.json")).sort()) docs.push(await loadReport(file));
  const realReports = docs.length;
  docs.push(...loadOwnCases());

  const merged = narrow ? mergeCatalogs(docs.slice(0, realReports).map((d) => d.catalog)) : null;
  const totals = { tp: 0, fp: 0, fn: 0, spanFound: 0, spanGold: 0, spanRight: 0, spanPredicted: 0, violations: 0 };
  const real = { tp: 0, fp: 0, fn: 0 };
  const t0 = performance.now();

  for (const doc of docs) {
    let catalog = doc.catalog;
    if (merged && docs.indexOf(doc) < realReports) {
      catalog = narrowCatalog(doc.text, merged);
      const picked = catalog.conferences.map((c) => c.slug).join(", ");
      console.log(`  narrowCatalog picked: ${picked}`);
    }
    const index = buildMentionIndex(catalog);
    const text = noLinks ? blankLinks(doc.text) : doc.text;
    const predicted = detectMentions(text, index, { minConfidence }).map((m) => (catalog === doc.catalog ? m : unprefix(m)));
    const isNeutral = (m: DetectedMention): boolean => doc.neutral.some((n) => overlaps(n, m));
    const counted = predicted.filter((m) => doc.goldIds.has(key(m.kind, m.id)) || !isNeutral(m));

    const predictedIds = new Map<string, DetectedMention[]>();
    for (const m of counted) {
      const k = key(m.kind, m.id);
      predictedIds.set(k, [...(predictedIds.get(k) ?? []), m]);
    }
    const tp = [...predictedIds.keys()].filter((k) => doc.goldIds.has(k));
    const fp = [...predictedIds.keys()].filter((k) => !doc.goldIds.has(k));
    const fn = [...doc.goldIds].filter((k) => !predictedIds.has(k));
    const spanFound = doc.gold.filter((g) => counted.some((m) => m.kind === g.kind && m.id === g.id && overlaps(m, g))).length;
    const spanRight = counted.filter((m) => doc.gold.some((g) => m.kind === g.kind && m.id === g.id && overlaps(m, g))).length;
    const violations = predicted.filter((m) => doc.negatives.some((n) => overlaps(n, m)));

    totals.tp += tp.length;
    totals.fp += fp.length;
    totals.fn += fn.length;
    if (docs.indexOf(doc) < realReports) {
      real.tp += tp.length;
      real.fp += fp.length;
      real.fn += fn.length;
    }
    if (doc.gold.length > 0) {
      totals.spanFound += spanFound;
      totals.spanGold += doc.gold.length;
      totals.spanRight += spanRight;
      totals.spanPredicted += counted.length;
    }
    totals.violations += violations.length;

    const p = tp.length / Math.max(1, tp.length + fp.length);
    const r = tp.length / Math.max(1, tp.length + fn.length);
    const talksGold = [...doc.goldIds].filter((k) => k.startsWith("talk:")).length;
    console.log(`\n== ${doc.name}  (${catalog.talks.length} talks, ${catalog.speakers.length} speakers; gold ${talksGold} talks, ${doc.goldIds.size - talksGold} speakers)`);
    if (doc.goldIds.size === 0 && fp.length === 0) console.log("   ids:   nothing to find, nothing found");
    else console.log(`   ids:   P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1(p, r))}   (tp ${tp.length}, fp ${fp.length}, fn ${fn.length})`);
    if (doc.gold.length > 0) console.log(`   spans: found ${spanFound}/${doc.gold.length} gold mentions, ${spanRight}/${counted.length} predictions overlap gold`);
    for (const k of fn) {
      const firstGold = doc.gold.find((g) => key(g.kind, g.id) === k);
      console.log(`   MISS  ${k} (${doc.labelNames.get(k) ?? ""})  e.g. ${JSON.stringify(firstGold?.text ?? "")}`);
    }
    for (const k of fp) {
      for (const m of predictedIds.get(k) ?? []) {
        const title = m.kind === "talk" ? doc.catalog.talks.find((t) => t.id === m.id)?.title : doc.catalog.speakers.find((s) => s.id === m.id)?.name;
        console.log(`   FALSE ${k} (${title ?? ""})  ${JSON.stringify(m.text)}  ${m.confidence} ${m.reason}`);
      }
    }
    for (const m of violations) {
      const n = doc.negatives.find((x) => overlaps(x, m))!;
      console.log(`   MUST-NOT-LINK violated: ${JSON.stringify(n.text)} → ${m.kind}:${m.id} (${m.reason}); ${n.why}`);
    }
    if (verbose) {
      for (const m of predicted) {
        const ok = doc.goldIds.has(key(m.kind, m.id)) ? "ok " : isNeutral(m) ? "~  " : "BAD";
        console.log(`     ${ok} ${m.kind.padEnd(7)} ${m.id.padEnd(22)} ${m.confidence.toFixed(2)} ${m.reason.padEnd(26)} ${JSON.stringify(m.text.slice(0, 90))}`);
      }
    }
  }

  const p = totals.tp / Math.max(1, totals.tp + totals.fp);
  const r = totals.tp / Math.max(1, totals.tp + totals.fn);
  const sp = totals.spanRight / Math.max(1, totals.spanPredicted);
  const sr = totals.spanFound / Math.max(1, totals.spanGold);
  const rp = real.tp / Math.max(1, real.tp + real.fp);
  const rr = real.tp / Math.max(1, real.tp + real.fn);
  console.log(`\n== overall (minConfidence ${minConfidence}${narrow ? ", narrowed catalogs" : ""}${noLinks ? ", links blanked" : ""})`);
  console.log(`   real reports (${realReports}):    precision ${fmt(rp)}  recall ${fmt(rr)}  F1 ${fmt(f1(rp, rr))}   (tp ${real.tp}, fp ${real.fp}, fn ${real.fn})`);
  console.log(`   all labelled (${docs.length} docs): precision ${fmt(p)}  recall ${fmt(r)}  F1 ${fmt(f1(p, r))}   (tp ${totals.tp}, fp ${totals.fp}, fn ${totals.fn})`);
  console.log(`   spans (real reports): precision ${fmt(sp)}  recall ${fmt(sr)}  F1 ${fmt(f1(sp, sr))}`);
  console.log(`   must-not-link violations: ${totals.violations}`);
  console.log(`   time: ${(performance.now() - t0).toFixed(0)} ms`);
}
