/**
 * `npm run bench:mentions` — how mention detection scales with the catalog.
 *
 * Generates a synthetic catalog of 100,000 talks (realistic-looking titles
 * from word lists, speakers with first and last names, shared surnames,
 * one conference per 1,000 talks with keynotes on each day) and uses its
 * first 1,000 and 10,000 talks as the smaller catalogs, so the same
 * ~10,000-word writeup mentions the same talks in all three. For each size
 * it prints the index build time and the median detection time, then the
 * 100k/1k ratio. The headline "detect" column is end to end: the markdown
 * string in, mentions out (detectMentions without a tree, which parses the
 * markdown with remark). Detection on a tree pre-parsed (what the save
 * pipeline passes) and the remark parse itself are printed separately.
 *
 * Everything printed is measured on this run; nothing is hard-coded.
 */
import { pathToFileURL } from "node:url";
import { detectMentions } from "../lib/core/mentions/detect-mentions";
import { parseMarkdown } from "../lib/core/mentions/markdown-scan";
import { buildMentionIndex } from "../lib/core/mentions/mention-index";
import type { Catalog, CatalogSpeaker, CatalogTalk } from "../lib/core/mentions/types";
import type { TalkKind } from "../lib/core/programme/types";

const SIZES = [1_000, 10_000, 100_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const TALKS_PER_CONFERENCE = 1_000;

// Deterministic pseudo-random numbers (mulberry32), so runs are comparable.
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

const TECH = `Kubernetes Docker Rust Python Go Java Kotlin Swift TypeScript JavaScript WebAssembly Postgres SQLite Redis Kafka
Spark Flink Terraform Ansible Linux FreeBSD eBPF GraphQL gRPC React Vue Svelte Django Flask Rails Elixir Erlang Haskell OCaml
Scala Clojure Zig Nim Julia LLVM GCC Git Nix Guix Debian Fedora Ubuntu Alpine Prometheus Grafana OpenTelemetry Envoy Istio
Linkerd Cilium Wasmtime Deno Node Bun Vite Webpack Babel Jupyter Pandas NumPy PyTorch TensorFlow Arrow Parquet DuckDB ClickHouse
Cassandra MongoDB CouchDB Elasticsearch OpenSearch Nginx HAProxy Varnish QEMU KVM Xen Firecracker systemd Wayland Mesa Vulkan
OpenGL Blender Godot Matrix XMPP Mastodon ActivityPub IPFS Tor WireGuard OpenSSL BoringSSL Sigstore SPIFFE Keycloak Vault`.split(/\s+/);
const NOUNS = `pipelines containers clusters services APIs databases queues schedulers compilers runtimes kernels drivers filesystems
networks proxies caches indexes tests builds releases packages dependencies contributors communities maintainers documentation
observability tracing metrics logs alerts dashboards security supply chains signatures secrets permissions sandboxes plugins
extensions editors terminals shells workflows migrations schemas queries transactions replicas shards backups storage memory
allocators threads coroutines actors streams events messages protocols browsers accessibility localisation typography fonts
graphics shaders robots sensors firmware bootloaders routers satellites maps elections archives libraries licenses governance
funding sustainability education hardware keyboards printers cameras audio video codecs`.split(/\s+/);
const ADJECTIVES = `fast safe secure scalable reproducible distributed decentralized portable modern legacy tiny large resilient
reliable observable accessible sustainable ethical open free private efficient incremental concurrent parallel real-time
serverless immutable declarative functional typed embedded mobile native hybrid green boring practical`.split(/\s+/);
const VERBS = `Building Scaling Debugging Testing Securing Shipping Profiling Rewriting Migrating Automating Packaging Designing
Deploying Monitoring Tracing Fuzzing Optimising Teaching Maintaining Funding Documenting Hacking Porting Embedding Streaming`.split(/\s+/);
const PHRASES = ["in production", "at scale", "for everyone", "without tears", "the hard way", "in 2024", "from scratch", "on a budget", "for fun and profit", "in the browser"];
const FIRST = `Ada Alan Alex Alice Amir Ana Andrea Anna Arun Ben Bianca Carla Carlos Chen Chloe Chris Dana Daniel David Deb Diego Dmitri
Elena Elif Emma Eric Eva Fatima Felix Fiona Franz Gabriel Grace Hana Hannah Hugo Ian Ines Isaac Ivan Jack James Jana Javier Jin
Joan Jonas Julia Kai Karen Kenji Kim Lars Laura Lea Leo Lina Liz Lucas Luis Maja Marco Maria Mario Marta Matteo Max Mei Mia Nadia
Nina Noah Olga Omar Oscar Paula Pedro Petra Priya Rafael Rahul Rosa Ruth Sam Sara Sofia Stefan Tariq Tom Uma Vera Victor Wei
Yara Yusuf Zoe`.split(/\s+/);
const LAST = `Abe Adams Ahmed Alvarez Andersen Baker Bauer Berg Bianchi Brown Campbell Chen Costa Cruz Dahl Diaz Dubois Eriksen Evans
Fischer Fontana Garcia Gomez Gruber Hansen Hoffmann Horvat Ito Jansen Jensen Kaur Keller Khan Kim Kowalski Kruger Larsen Laurent
Lee Lopez Moreau Muller Murphy Nakamura Nguyen Novak Olsen Park Patel Peters Petrov Popescu Quinn Reyes Ricci Rossi Santos Sato
Schmidt Schneider Silva Singh Smith Sousa Suzuki Tanaka Taylor Thomas Torres Varga Vogel Wagner Walsh Wang Weber Wilson Wong
Yamamoto Young Zhang Zimmermann`.split(/\s+/);
const PROSE = `the a and of to in that it was for on with as at by this we from they but not are had have were there which
their when one all would about so out up what some them time very after also more into then first could our other many than
just day talk room people hall coffee lunch queue morning evening friend team slides question answer idea demo really quite
interesting learned noticed walked met watched afterwards later before because while although however great good nice busy
crowded quiet warm cold city train hotel booth sticker laptop notes video recording stream chat audience stage speaker
session track conference badge schedule weekend saturday sunday`.split(/\s+/);

interface Synthetic {
  catalog: Catalog;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function makeTitle(r: () => number): string {
  const tech = pick(r, TECH);
  const noun = pick(r, NOUNS);
  const adj = pick(r, ADJECTIVES);
  switch (Math.floor(r() * 7)) {
    case 0:
      return `${pick(r, VERBS)} ${adj} ${noun} with ${tech}`;
    case 1:
      return `${tech} ${noun}: ${pick(r, VERBS).toLowerCase()} ${adj} ${pick(r, NOUNS)} ${pick(r, PHRASES)}`;
    case 2:
      return `How we ${pick(r, VERBS).toLowerCase().replace(/ing$/, "")} ${noun} ${pick(r, PHRASES)}`;
    case 3:
      return `The ${adj} ${noun} of ${tech}`;
    case 4:
      return `${tech} and ${pick(r, TECH)}: ${adj} ${noun} for ${pick(r, NOUNS)}`;
    case 5:
      return `What's new in ${tech} ${Math.floor(r() * 20) + 1}.${Math.floor(r() * 10)}`;
    default:
      return `${pick(r, VERBS)} ${tech} ${noun} – lessons from ${Math.floor(r() * 900) + 100} ${pick(r, NOUNS)}`;
  }
}

export function generate(size: number): Synthetic {
  const r = rng(42);
  const speakers: CatalogSpeaker[] = [];
  const speakerCount = Math.round(size * 0.7);
  for (let i = 0; i < speakerCount; i++) {
    // Surnames repeat on purpose: many speakers share one.
    const name = `${pick(r, FIRST)} ${pick(r, LAST)}${r() < 0.3 ? `-${pick(r, LAST)}` : ""}`;
    speakers.push({ id: `s${i}`, slug: `s${i}`, name });
  }
  const conferences: Catalog["conferences"] = [];
  const talks: CatalogTalk[] = [];
  for (let i = 0; i < size; i++) {
    const c = Math.floor(i / TALKS_PER_CONFERENCE);
    if (i % TALKS_PER_CONFERENCE === 0) {
      const year = 2000 + (c % 25);
      const month = String((c % 12) + 1).padStart(2, "0");
      conferences.push({ slug: `conf-${c}`, name: `DevConf ${c} ${year}`, startsOn: `${year}-${month}-10`, endsOn: `${year}-${month}-12` });
    }
    const conf = conferences[c]!;
    const day = `${conf.startsOn!.slice(0, 8)}${10 + (i % 3)}`;
    const slot = i % TALKS_PER_CONFERENCE;
    const keynote = slot < 3;
    const kind: TalkKind = keynote ? "keynote" : slot % 17 === 0 ? "workshop" : slot % 23 === 0 ? "lightning" : "talk";
    const n = 1 + (r() < 0.25 ? 1 : 0) + (r() < 0.05 ? 1 : 0);
    const speakerIds = new Set<string>();
    for (let k = 0; k < n; k++) speakerIds.add(`s${Math.floor(r() * speakerCount)}`);
    talks.push({
      id: `t${i}`,
      slug: `t${i}`,
      conference: conf.slug,
      title: keynote ? `Day ${slot + 1} Keynote` : makeTitle(r),
      kind,
      day,
      track: null,
      speakerIds: [...speakerIds],
    });
  }
  return { catalog: { conferences, talks, speakers } };
}

function sliceCatalog(full: Catalog, size: number): Catalog {
  const talks = full.talks.slice(0, size);
  const ids = new Set(talks.flatMap((t) => t.speakerIds));
  const confs = new Set(talks.map((t) => t.conference));
  return {
    conferences: full.conferences.filter((c) => confs.has(c.slug)),
    talks,
    speakers: full.speakers.filter((s) => ids.has(s.id)),
  };
}

/** A ~10,000-word trip report about conference 0, with the usual kinds of mentions. */
export function makeWriteup(catalog: Catalog, words: number): string {
  const r = rng(7);
  const talks = catalog.talks.filter((t) => t.conference === "conf-0");
  const speakerName = new Map(catalog.speakers.map((s) => [s.id, s.name]));
  const paragraphs: string[] = ["# My trip to DevConf 0 2000", ""];
  let count = 0;
  let t = 3;
  while (count < words) {
    const sentence: string[] = [];
    const len = 12 + Math.floor(r() * 14);
    for (let i = 0; i < len; i++) sentence.push(pick(r, PROSE));
    let text = sentence.join(" ");
    text = text.charAt(0).toUpperCase() + text.slice(1) + ".";
    const roll = r();
    const talk = talks[t % talks.length]!;
    const who = talk.speakerIds.map((id) => speakerName.get(id) ?? "").join(" and ");
    if (roll < 0.08) {
      text += ` Then I went to “${talk.title}” by ${who}.`;
      t += 7;
    } else if (roll < 0.12) {
      const words = talk.title.split(" ");
      text += ` The talk "${words.slice(0, Math.max(3, Math.ceil(words.length / 2))).join(" ")}" was packed.`;
      t += 11;
    } else if (roll < 0.15) {
      text += ` ${who} talked about ${pick(r, NOUNS)} and ${pick(r, TECH)}.`;
      t += 13;
    } else if (roll < 0.16) {
      text += ` The second day keynote was great.`;
    } else if (roll < 0.17) {
      text += "\n\n```\nconst keynote = 'Docker';\n```\n";
    } else if (roll < 0.18) {
      text += ` See [the slides](/conferences/conf-0/talks/${talk.slug}).`;
      t += 3;
    }
    paragraphs.push(text);
    count += text.split(/\s+/).length;
    if (r() < 0.2) paragraphs.push("");
  }
  return paragraphs.join("\n");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function main(): void {
  const full = generate(Math.max(...SIZES)).catalog;
  const writeup = makeWriteup(full, 10_000);
  const wordCount = writeup.split(/\s+/).filter(Boolean).length;

  const parseTimes: number[] = [];
  let tree = parseMarkdown(writeup);
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    tree = parseMarkdown(writeup);
    parseTimes.push(performance.now() - s);
  }
  console.log(`writeup: ${wordCount} words, ${writeup.length} characters`);
  console.log(`catalog-independent: remark parse median ${median(parseTimes).toFixed(1)} ms (included in "end to end"; the save path parses once and passes the tree)`);
  console.log(`runs per size: ${RUNS} (after warm-up)\n`);
  console.log("talks     speakers  index build   detect (median, end to end)   detect on pre-parsed tree   mentions");

  const results: { size: number; detect: number }[] = [];
  for (const size of SIZES) {
    const catalog = sliceCatalog(full, size);
    const b0 = performance.now();
    const index = buildMentionIndex(catalog);
    const build = performance.now() - b0;

    let mentions = 0;
    for (let i = 0; i < 10; i++) mentions = detectMentions(writeup, index).length;
    const endToEnd: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      detectMentions(writeup, index);
      endToEnd.push(performance.now() - s);
    }
    const preParsed: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      detectMentions(writeup, index, { tree });
      preParsed.push(performance.now() - s);
    }
    const treeMentions = detectMentions(writeup, index, { tree }).length;
    results.push({ size, detect: median(endToEnd) });
    console.log(
      `${String(size).padEnd(9)} ${String(catalog.speakers.length).padEnd(9)} ${`${build.toFixed(0)} ms`.padEnd(13)} ${`${median(endToEnd).toFixed(2)} ms`.padEnd(29)} ${`${median(preParsed).toFixed(2)} ms`.padEnd(27)} ${mentions}${treeMentions === mentions ? "" : ` (tree: ${treeMentions})`}`,
    );
  }
  const small = results[0]!;
  const large = results[results.length - 1]!;
  console.log(`\nend-to-end detection time ratio ${large.size / 1000}k/${small.size / 1000}k: ${(large.detect / small.detect).toFixed(2)}×`);
}

// Run only as a script: the differential scanner test imports the writeup generator.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
