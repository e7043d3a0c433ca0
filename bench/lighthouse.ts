/**
 * bench:lighthouse — Lighthouse (mobile, its default simulated throttling) on
 * a writeup, a talk and a speaker page of a running Hallway with the demo
 * content. Builds and starts nothing itself:
 *
 *   npm run bench:lighthouse -- http://localhost:3000
 *
 * Prints, per page, the four category scores, total blocking time, largest
 * contentful paint and the script it downloads (KB transferred, files), and
 * checks the issue's targets: performance ≥ 95, accessibility, best practices
 * and SEO at 100. Each page is run LIGHTHOUSE_RUNS times (3) and the median
 * performance run is reported, as Lighthouse itself advises. Uses Chromium at
 * CHROME_PATH (/usr/bin/chromium), headless, without a sandbox.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const base = (process.argv[2] ?? process.env.BENCH_BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PAGES: [string, string][] = [
  ["writeup", process.env.LIGHTHOUSE_WRITEUP ?? "/writeups/three-days-in-copenhagen"],
  ["talk", process.env.LIGHTHOUSE_TALK ?? "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data"],
  ["speaker", process.env.LIGHTHOUSE_SPEAKER ?? "/speakers/diogo-monica"],
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  tbt: number;
  lcp: number;
  scriptKb: number;
  scriptFiles: number;
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
process.on("exit", () => chrome.kill());

async function audit(url: string): Promise<Run> {
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Run["scores"];
  const summary = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined)?.items ?? [];
  const script = summary.find((i) => i.resourceType === "script");
  return {
    scores,
    tbt: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    scriptKb: (script?.transferSize ?? 0) / 1024,
    scriptFiles: script?.requestCount ?? 0,
  };
}

console.log(`bench:lighthouse — ${base}, mobile (simulated throttling), median of ${RUNS} run(s) by performance`);
console.log(`${"page".padEnd(8)} ${"perf".padStart(5)} ${"a11y".padStart(5)} ${"b-p".padStart(5)} ${"seo".padStart(5)} ${"TBT".padStart(8)} ${"LCP".padStart(8)} ${"script".padStart(14)}`);
const misses: string[] = [];
for (const [name, path] of PAGES) {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(`${base}${path}`));
  runs.sort((a, b) => a.scores.performance - b.scores.performance);
  const r = runs[Math.floor(runs.length / 2)]!;
  const s = r.scores;
  console.log(
    `${name.padEnd(8)} ${String(s.performance).padStart(5)} ${String(s.accessibility).padStart(5)} ${String(s["best-practices"]).padStart(5)} ${String(s.seo).padStart(5)} ${`${Math.round(r.tbt)} ms`.padStart(8)} ${`${(r.lcp / 1000).toFixed(2)} s`.padStart(8)} ${`${r.scriptKb.toFixed(1)} KB/${r.scriptFiles}`.padStart(14)}`,
  );
  if (s.performance < 95) misses.push(`${name} performance ${s.performance}`);
  for (const c of ["accessibility", "best-practices", "seo"] as const) if (s[c] < 100) misses.push(`${name} ${c} ${s[c]}`);
}
console.log(misses.length ? `\ntargets missed: ${misses.join(", ")}` : "\nall targets met (performance ≥ 95; accessibility, best practices, SEO 100)");
process.exit(0);
