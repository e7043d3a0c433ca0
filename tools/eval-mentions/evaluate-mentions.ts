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
import { SUGGESTION_THRESHOLD, actionOf, type Catalog, type DetectedMention } from "../../lib/core/mentions/types";
import { normalizeName } from "../../lib/core/text/normalize";
import { slugify } from "../../lib/core/text/slugify";
import { MENTION_KINDS, guessLanguage, isTitleBased, kindOfMention, strongestKind, type MentionKindNo } from "./mention-kinds";
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
  /** Which part of the evaluation the report belongs to (tools/eval-mentions/split.json). */
  split: "dev" | "held-out" | "own";
  /** The kind of each labelled talk (talk keys only). */
  talkKinds: Map<string, MentionKindNo>;
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
  /** Print the held-out reports' misses and false links too (only at the end of tuning). */
  showHeldOut: boolean;
  /** Where to print; standard output by default. */
  log?: (line: string) => void;
}

/** What one evaluation found: each split's summary, and the held-out split's unmet targets. */
export interface EvalResult {
  failed: string[];
  dev: Summary;
  heldOut: Summary;
  all: Summary;
  violations: number;
  ownWrong: number;
}

/** The flags of `npm run eval:mentions`. */
export function parseEvalArgs(args: readonly string[]): EvalOptions {
  return {
    minConfidence: Number(args.find((a) => a.startsWith("--min="))?.slice(6) ?? SUGGESTION_THRESHOLD),
    narrow: args.includes("--narrow"),
    verbose: args.includes("--verbose"),
    noLinks: args.includes("--no-links"),
    showHeldOut: args.includes("--show-held-out"),
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
  const language = guessLanguage(text);
  const talkKinds = new Map<string, MentionKindNo>();
  for (const t of labels.talks) {
    const talk = catalog.talks.find((c) => c.id === t.id);
    const kinds = gold
      .filter((g) => g.kind === "talk" && g.id === t.id)
      .map((g) => kindOfMention({ text, start: g.start, end: g.end, label: "", title: talk?.title ?? "", talkKind: talk?.kind ?? "talk", speakerNames: speakerNamesOf(catalog, t.id), language }));
    talkKinds.set(key("talk", t.id), strongestKind(kinds));
  }
  return { name: "seed dockercon-eu-2017", text, catalog, gold, goldIds: new Set(gold.map((g) => key(g.kind, g.id))), negatives, neutral: [], labelNames, split: "dev", talkKinds };
}

function speakerNamesOf(catalog: Catalog, talkId: string): string[] {
  const ids = catalog.talks.find((t) => t.id === talkId)?.speakerIds ?? [];
  return catalog.speakers.filter((s) => ids.includes(s.id)).map((s) => s.name);
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
    mentions: { text: string; offset: number; kind?: string }[];
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
  const language = guessLanguage(text);
  const talkKinds = new Map<string, MentionKindNo>();
  for (const s of labels.sessions) {
    const title = s.schedule_title ?? s.schedule_summary?.replace(/\s*\((?:talk|workshop)? ?by [^)]*\)\s*$/, "");
    const talk =
      catalog.talks.find((t) => s.schedule_event_id !== undefined && t.id === s.schedule_event_id) ??
      catalog.talks.find((t) => s.schedule_url !== undefined && (t.id === s.schedule_url || (t.urls ?? []).includes(s.schedule_url))) ??
      catalog.talks.find((t) => title !== undefined && normalizeName(t.title) === normalizeName(title));
    if (!talk) throw new Error(`${file}: session ${s.schedule_event_id ?? s.schedule_url} not in catalog`);
    labelNames.set(key("talk", talk.id), talk.title);
    const kinds: MentionKindNo[] = [];
    for (const m of s.mentions) {
      const g = span("talk", talk.id, m, toU);
      gold.push(g);
      kinds.push(kindOfMention({ text, start: g.start, end: g.end, label: m.kind ?? "", title: talk.title, talkKind: talk.kind, speakerNames: speakerNamesOf(catalog, talk.id), language }));
    }
    talkKinds.set(key("talk", talk.id), strongestKind(kinds));
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
  return { name: labels.report, text, catalog, gold, goldIds: new Set(gold.map((g) => key(g.kind, g.id))), negatives, neutral, labelNames, split: "dev", talkKinds };
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
    split: "own" as const,
    talkKinds: new Map(),
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


function fmt(x: number): string {
  return x.toFixed(3);
}


interface DockerconLabels {
  talks: { id: string | null; official_title: string | null; mention_text: string; other_mentions?: string[]; how: string }[];
  speakers?: { name: string; mention_text: string; talk_id?: string | null }[];
}

/** Where `needle` first occurs in `text` at or after `from`, else anywhere, else -1. */
function locate(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  return at >= 0 ? at : text.indexOf(needle);
}

/** The 14 DockerCon EU 2017 reports (dockercon-reports/), labelled by talk id against sessions.json. */
function loadDockerconReports(heldOut: ReadonlySet<string>): Doc[] {
  const dir = sharedPath("fixtures", "mentions", "dockercon-reports");
  const catalog = loadDockerconCatalog();
  return readdirSync(dir)
    .filter((f) => f.endsWith(".labels.json"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.labels\.json$/, "");
      const labels = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as DockerconLabels;
      const text = readFileSync(path.join(dir, `${name}.md`), "utf8");
      const language = guessLanguage(text);
      const gold: GoldMention[] = [];
      const labelNames = new Map<string, string>();
      const talkKinds = new Map<string, MentionKindNo>();
      for (const t of labels.talks) {
        if (t.id === null) continue; // a session not in the catalog: not scored
        const talk = catalog.talks.find((c) => c.id === t.id);
        if (!talk) throw new Error(`${file}: talk ${t.id} not in sessions.json`);
        const k = key("talk", talk.id);
        labelNames.set(k, talk.title);
        const kinds: MentionKindNo[] = talkKinds.has(k) ? [talkKinds.get(k)!] : [];
        for (const [i, words] of [t.mention_text, ...(t.other_mentions ?? [])].entries()) {
          const start = locate(text, words);
          if (start < 0) throw new Error(`${file}: "${words}" is not in the report`);
          gold.push({ kind: "talk", id: talk.id, start, end: start + words.length, text: words });
          if (i === 0) kinds.push(kindOfMention({ text, start, end: start + words.length, label: t.how, title: talk.title, talkKind: talk.kind, speakerNames: speakerNamesOf(catalog, talk.id), language }));
        }
        talkKinds.set(k, strongestKind(kinds));
      }
      for (const s of labels.speakers ?? []) {
        const id = speakerIdByName(catalog, s.name) ?? catalog.speakers.find((p) => p.slug === slugify(s.name))?.id;
        if (!id) continue; // a speaker of a session the catalog doesn't have
        labelNames.set(key("speaker", id), s.name);
        const start = locate(text, s.mention_text);
        if (start >= 0) gold.push({ kind: "speaker", id, start, end: start + s.mention_text.length, text: s.mention_text });
        else gold.push({ kind: "speaker", id, start: -1, end: -1, text: s.mention_text });
      }
      return {
        name: `dockercon-reports/${name}`,
        text,
        catalog,
        gold: gold.filter((g) => g.start >= 0),
        goldIds: new Set(gold.map((g) => key(g.kind, g.id))),
        negatives: [],
        neutral: [],
        labelNames,
        split: heldOut.has(name) ? ("held-out" as const) : ("dev" as const),
        talkKinds,
      };
    });
}

/** What one report scored: the (kind, id) pairs linked and suggested, against the labels. */
interface DocScore {
  doc: Doc;
  linked: Set<string>;
  offered: Set<string>;
  /** Gold talk keys with their kind, and whether link / link+suggest found them. */
  talks: { key: string; kind: MentionKindNo; byLink: boolean; byAny: boolean }[];
}

function scoreDoc(doc: Doc, predicted: readonly DetectedMention[]): DocScore {
  const isNeutral = (m: DetectedMention): boolean => doc.neutral.some((n) => overlaps(n, m));
  const counted = predicted.filter((m) => doc.goldIds.has(key(m.kind, m.id)) || !isNeutral(m));
  const linked = new Set(counted.filter((m) => (m.action ?? actionOf(m)) === "link").map((m) => key(m.kind, m.id)));
  const offered = new Set(counted.map((m) => key(m.kind, m.id)));
  const talks = [...doc.talkKinds].map(([k, kind]) => ({ key: k, kind, byLink: linked.has(k), byAny: offered.has(k) }));
  return { doc, linked, offered, talks };
}

export interface Summary {
  reports: number;
  linkP: number;
  linkFalse: number;
  links: number;
  anyP: number;
  titleLinkR: number;
  titleAnyR: number;
  titleAnyRAvg: number;
  titleLinkRAvg: number;
  topicAnyR: number;
  titleTalks: number;
  topicTalks: number;
  perKind: Map<MentionKindNo, { n: number; byLink: number; byAny: number }>;
}

function summarize(scores: readonly DocScore[]): Summary {
  let links = 0, linkRight = 0, offers = 0, offerRight = 0;
  const perKind = new Map<MentionKindNo, { n: number; byLink: number; byAny: number }>();
  const avgAny: number[] = [];
  const avgLink: number[] = [];
  for (const s of scores) {
    links += s.linked.size;
    linkRight += [...s.linked].filter((k) => s.doc.goldIds.has(k)).length;
    offers += s.offered.size;
    offerRight += [...s.offered].filter((k) => s.doc.goldIds.has(k)).length;
    for (const t of s.talks) {
      const row = perKind.get(t.kind) ?? { n: 0, byLink: 0, byAny: 0 };
      row.n += 1;
      row.byLink += t.byLink ? 1 : 0;
      row.byAny += t.byAny ? 1 : 0;
      perKind.set(t.kind, row);
    }
    const title = s.talks.filter((t) => isTitleBased(t.kind));
    if (title.length > 0) {
      avgAny.push(title.filter((t) => t.byAny).length / title.length);
      avgLink.push(title.filter((t) => t.byLink).length / title.length);
    }
  }
  const sum = (pred: (k: MentionKindNo) => boolean, field: "n" | "byLink" | "byAny") =>
    [...perKind].filter(([k]) => pred(k)).reduce((a, [, r]) => a + r[field], 0);
  const titleN = sum(isTitleBased, "n");
  const topicN = sum((k) => !isTitleBased(k), "n");
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);
  return {
    reports: scores.length,
    links,
    linkFalse: links - linkRight,
    linkP: links ? linkRight / links : 1,
    anyP: offers ? offerRight / offers : 1,
    titleLinkR: titleN ? sum(isTitleBased, "byLink") / titleN : 1,
    titleAnyR: titleN ? sum(isTitleBased, "byAny") / titleN : 1,
    titleAnyRAvg: mean(avgAny),
    titleLinkRAvg: mean(avgLink),
    topicAnyR: topicN ? sum((k) => !isTitleBased(k), "byAny") / topicN : 1,
    titleTalks: titleN,
    topicTalks: topicN,
    perKind,
  };
}

/** Where the figures go: standard output, or nowhere (tests pass a quiet logger). */
let log: (line: string) => void = (line) => console.log(line);

/** The targets, on the held-out split. */
export const TARGETS = { linkPrecision: 0.97, titleRecall: 0.9, topicRecall: 0.5, suggestPrecision: 0.8 } as const;

function failedTargets(s: Summary): string[] {
  const out: string[] = [];
  if (s.linkP < TARGETS.linkPrecision) out.push(`link precision ${fmt(s.linkP)} < ${TARGETS.linkPrecision}`);
  if (s.titleAnyR < TARGETS.titleRecall) out.push(`link+suggest title recall (pooled) ${fmt(s.titleAnyR)} < ${TARGETS.titleRecall}`);
  if (s.titleAnyRAvg < TARGETS.titleRecall) out.push(`link+suggest title recall (per report) ${fmt(s.titleAnyRAvg)} < ${TARGETS.titleRecall}`);
  if (s.topicTalks > 0 && s.topicAnyR < TARGETS.topicRecall) out.push(`topic-only recall ${fmt(s.topicAnyR)} < ${TARGETS.topicRecall}`);
  if (s.anyP < TARGETS.suggestPrecision) out.push(`link+suggest precision ${fmt(s.anyP)} < ${TARGETS.suggestPrecision}`);
  return out;
}

function printSummary(label: string, s: Summary): void {
  log(`\n== ${label} (${s.reports} reports; ${s.titleTalks} talks named by title, ${s.topicTalks} by topic only)`);
  log(`   link:           precision ${fmt(s.linkP)} (${s.linkFalse} false of ${s.links})   title recall ${fmt(s.titleLinkR)} pooled, ${fmt(s.titleLinkRAvg)} per report`);
  log(`   link + suggest: precision ${fmt(s.anyP)}   title recall ${fmt(s.titleAnyR)} pooled, ${fmt(s.titleAnyRAvg)} per report   topic-only recall ${fmt(s.topicAnyR)}`);
  log(`   recall per kind                talks   link   link+suggest`);
  for (const k of Object.keys(MENTION_KINDS).map(Number) as MentionKindNo[]) {
    const r = s.perKind.get(k);
    if (!r) continue;
    log(`   ${k} ${MENTION_KINDS[k].padEnd(30)} ${String(r.n).padStart(4)}   ${fmt(r.byLink / r.n)}  ${fmt(r.byAny / r.n)}`);
  }
}

function printDoc(score: DocScore, predicted: readonly DetectedMention[], catalog: Catalog, verbose: boolean): void {
  const { doc } = score;
  const title = (k: string) => {
    const [kind, id] = [k.slice(0, k.indexOf(":")), k.slice(k.indexOf(":") + 1)];
    return kind === "talk" ? catalog.talks.find((t) => t.id === id)?.title : catalog.speakers.find((s) => s.id === id)?.name;
  };
  const tp = [...score.offered].filter((k) => doc.goldIds.has(k)).length;
  log(`\n== ${doc.name}  [${doc.split}]  (${catalog.talks.length} talks; gold ${doc.talkKinds.size} talks, ${doc.goldIds.size - doc.talkKinds.size} speakers; ${score.linked.size} linked, ${score.offered.size - score.linked.size} suggested, ${tp} right)`);
  for (const t of score.talks.filter((x) => !x.byAny)) {
    const g = doc.gold.find((m) => key(m.kind, m.id) === t.key);
    log(`   MISS  ${t.key} [kind ${t.kind}] (${doc.labelNames.get(t.key) ?? ""})  e.g. ${JSON.stringify(g?.text ?? "")}`);
  }
  for (const t of score.talks.filter((x) => x.byAny && !x.byLink)) log(`   SUGGESTED ONLY  ${t.key} [kind ${t.kind}]`);
  for (const k of [...doc.goldIds].filter((x) => x.startsWith("speaker:") && !score.offered.has(x))) log(`   MISS  ${k} (${doc.labelNames.get(k) ?? ""})`);
  for (const m of predicted) {
    const k = key(m.kind, m.id);
    if (doc.goldIds.has(k) || doc.neutral.some((n) => overlaps(n, m))) continue;
    const action = m.action ?? actionOf(m);
    log(`   FALSE ${action === "link" ? "LINK   " : "SUGGEST"} ${k} (${title(k) ?? ""})  ${JSON.stringify(m.text)}  ${m.confidence.toFixed(2)} ${m.reason}`);
  }
  for (const m of predicted.filter((p) => doc.negatives.some((n) => overlaps(n, p)))) {
    const n = doc.negatives.find((x) => overlaps(x, m))!;
    log(`   MUST-NOT-LINK violated: ${JSON.stringify(n.text)} → ${m.kind}:${m.id} (${m.reason}); ${n.why}`);
  }
  if (verbose) {
    for (const m of predicted) {
      const ok = doc.goldIds.has(key(m.kind, m.id)) ? "ok " : "BAD";
      log(`     ${ok} ${(m.action ?? actionOf(m)).padEnd(7)} ${m.kind.padEnd(7)} ${m.id.padEnd(22)} ${m.confidence.toFixed(2)} ${m.reason.padEnd(26)} ${JSON.stringify(m.text.slice(0, 90))}`);
    }
  }
}

/** Scores the detector on every labelled report, prints the figures, and returns them with the held-out split's unmet targets. */
export async function evaluateMentions({ minConfidence, narrow, verbose, noLinks, showHeldOut, log: logTo }: EvalOptions): Promise<EvalResult> {
  log = logTo ?? ((line) => console.log(line));
  if (!hasShared()) throw new Error(`No fixtures at ${sharedDir}; set HALLWAY_SHARED_DIR.`);
  const split = JSON.parse(readFileSync(path.join(repoRoot, "tools", "eval-mentions", "split.json"), "utf8")) as { heldOut: string[] };
  const docs: Doc[] = [loadSeed()];
  const reportDir = sharedPath("fixtures", "mentions", "reports");
  for (const file of readdirSync(reportDir).filter((f) => f.endsWith(".labels.json")).sort()) docs.push(await loadReport(file));
  docs.push(...loadDockerconReports(new Set(split.heldOut)));
  docs.push(...loadOwnCases());

  const real = docs.filter((d) => d.split !== "own");
  const merged = narrow ? mergeCatalogs(real.map((d) => d.catalog)) : null;
  const t0 = performance.now();
  const scores: DocScore[] = [];
  let violations = 0;
  let ownWrong = 0;
  for (const doc of docs) {
    let catalog = doc.catalog;
    if (merged && doc.split !== "own") {
      catalog = narrowCatalog(doc.text, merged);
      log(`  narrowCatalog picked: ${catalog.conferences.map((c) => c.slug).join(", ")}`);
    }
    const index = buildMentionIndex(catalog);
    const text = noLinks ? blankLinks(doc.text) : doc.text;
    const predicted = detectMentions(text, index, { minConfidence }).map((m) => (catalog === doc.catalog ? m : unprefix(m)));
    violations += predicted.filter((m) => doc.negatives.some((n) => overlaps(n, m))).length;
    if (doc.split === "own") {
      const got = new Set(predicted.map((m) => key(m.kind, m.id)));
      const wrong = [...doc.goldIds].filter((k) => !got.has(k)).length + [...got].filter((k) => !doc.goldIds.has(k)).length;
      ownWrong += wrong;
      if (wrong > 0 || verbose) printDoc(scoreDoc({ ...doc, talkKinds: new Map([...doc.goldIds].filter((k) => k.startsWith("talk:")).map((k) => [k, 2])) }, predicted), predicted, doc.catalog, verbose);
      continue;
    }
    const score = scoreDoc(doc, predicted);
    scores.push(score);
    if (doc.split === "dev" || showHeldOut) printDoc(score, predicted, doc.catalog, verbose);
  }

  const dev = summarize(scores.filter((s) => s.doc.split === "dev"));
  const held = summarize(scores.filter((s) => s.doc.split === "held-out"));
  printSummary("dev split", dev);
  printSummary("held-out split (tools/eval-mentions/split.json)", held);
  const all = summarize(scores);
  printSummary("all real reports", all);
  log(`\n   own labelled cases: ${docs.filter((d) => d.split === "own").length}, ${ownWrong} wrong`);
  log(`   must-not-link violations: ${violations}`);
  log(`   time: ${(performance.now() - t0).toFixed(0)} ms   (minConfidence ${minConfidence}${narrow ? ", narrowed catalogs" : ""}${noLinks ? ", links blanked" : ""})`);
  const failed = [...failedTargets(held), ...(violations > 0 ? [`${violations} must-not-link violations`] : []), ...(ownWrong > 0 ? [`${ownWrong} wrong on own cases`] : [])];
  log(failed.length ? `\n   TARGETS NOT MET (held-out): ${failed.join("; ")}` : "\n   all targets met on the held-out split");
  return { failed, dev, heldOut: held, all, violations, ownWrong };
}
