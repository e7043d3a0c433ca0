/**
 * The labelled real writeups in ../shared (read at run time, never copied
 * here): the seed DockerCon report must yield every labelled talk and
 * speaker and link none of its must-not-link phrases; the FOSDEM and PyCon
 * UK reports must keep precision and recall at the targets. Real
 * data, so it runs in the opt-in suite (`npm run test:real`) and is skipped,
 * with the reason, when ../shared is not beside the clone.
 */
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { detectMentions } from "../../../lib/core/mentions/detect-mentions";
import { buildMentionIndex } from "../../../lib/core/mentions/mention-index";
import { narrowCatalog } from "../../../lib/core/mentions/narrow-catalog";
import { normalizeName } from "../../../lib/core/text/normalize";
import { realSkip } from "../shared";
import { hasShared, loadDockerconCatalog, loadProgrammeCatalog, sharedPath } from "./fixture-catalogs";

const skip = realSkip || (hasShared() ? false : `${sharedPath("fixtures", "mentions")} not found: real-data test skipped`);

test("seed DockerCon report: every labelled talk and speaker, no must-not-link phrase", { skip }, () => {
  const labels = JSON.parse(readFileSync(sharedPath("fixtures", "mentions", "seed-dockercon-eu-2017.labels.json"), "utf8")) as {
    talks: { id: string }[];
    speakers: { name: string }[];
    must_not_link: { text: string }[];
  };
  const text = readFileSync(sharedPath("seeds", "001_196a8f7977896cb2.txt"), "utf8");
  const catalog = loadDockerconCatalog();
  const mentions = detectMentions(text, buildMentionIndex(catalog));
  const talks = new Set(mentions.filter((m) => m.kind === "talk").map((m) => m.id));
  assert.deepEqual([...talks].sort(), labels.talks.map((t) => t.id).sort());
  const speakerNames = new Set(
    mentions.filter((m) => m.kind === "speaker").map((m) => normalizeName(catalog.speakers.find((s) => s.id === m.id)!.name)),
  );
  assert.deepEqual([...speakerNames].sort(), labels.speakers.map((s) => normalizeName(s.name)).sort());
  for (const phrase of labels.must_not_link) {
    for (let i = text.indexOf(phrase.text); i >= 0; i = text.indexOf(phrase.text, i + 1)) {
      const linked = mentions.filter((m) => m.start < i + phrase.text.length && i < m.end);
      assert.deepEqual(linked, [], `"${phrase.text}" must not link`);
    }
  }
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test("labelled FOSDEM and PyCon UK reports: precision ≥ 0.95, recall ≥ 0.90", { skip }, async () => {
  const dir = sharedPath("fixtures", "mentions", "reports");
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".labels.json"))) {
    const labels = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as {
      report: string;
      schedule: string;
      sessions: { schedule_event_id?: string; guid?: string | null; schedule_url?: string; schedule_title?: string }[];
      speakers: { schedule_name: string }[];
    };
    const text = readFileSync(path.join(dir, labels.report), "utf8");
    const catalog = await loadProgrammeCatalog(path.basename(labels.schedule));
    const gold = new Set<string>();
    for (const s of labels.sessions) {
      const t =
        catalog.talks.find((x) => [s.schedule_event_id, s.guid, s.schedule_url].includes(x.id) || (x.urls ?? []).includes(s.schedule_url ?? "\u0000")) ??
        catalog.talks.find((x) => s.schedule_title !== undefined && normalizeName(x.title) === normalizeName(s.schedule_title));
      assert.ok(t, `${file}: session not in catalog`);
      gold.add(`talk:${t.id}`);
    }
    for (const s of labels.speakers) {
      const sp = catalog.speakers.find((x) => normalizeName(x.name) === normalizeName(s.schedule_name));
      assert.ok(sp, `${file}: ${s.schedule_name} not in catalog`);
      gold.add(`speaker:${sp.id}`);
    }
    const found = new Set(detectMentions(text, buildMentionIndex(catalog)).map((m) => `${m.kind}:${m.id}`));
    for (const k of found) {
      if (gold.has(k)) tp++;
      else fp++;
    }
    for (const k of gold) if (!found.has(k)) fn++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  assert.ok(precision >= 0.95, `precision ${precision}`);
  assert.ok(recall >= 0.9, `recall ${recall}`);
});

test("narrowCatalog finds each report's conference among all fixture catalogs", { skip }, async () => {
  const catalogs = [
    loadDockerconCatalog(),
    await loadProgrammeCatalog("fosdem-2020-schedule.xml"),
    await loadProgrammeCatalog("fosdem-2024-schedule.xml"),
    await loadProgrammeCatalog("pyconuk-2015-schedule.ics"),
  ];
  const all = {
    conferences: catalogs.flatMap((c) => c.conferences),
    talks: catalogs.flatMap((c) => c.talks),
    speakers: catalogs.flatMap((c) => c.speakers),
  };
  const expectations: [string, string][] = [
    [sharedPath("seeds", "001_196a8f7977896cb2.txt"), "dockercon-eu-2017"],
    [sharedPath("fixtures", "mentions", "reports", "luisgc-fosdem2020.md"), "fosdem-2020"],
    [sharedPath("fixtures", "mentions", "reports", "zerokspot-fosdem2020.md"), "fosdem-2020"],
    [sharedPath("fixtures", "mentions", "reports", "zerokspot-fosdem2024.md"), "fosdem-2024"],
    [sharedPath("fixtures", "mentions", "reports", "robinwinslow-pyconuk2015.md"), "pyconuk-2015"],
  ];
  for (const [file, slug] of expectations) {
    const narrowed = narrowCatalog(readFileSync(file, "utf8"), all);
    assert.deepEqual(narrowed.conferences.map((c) => c.slug), [slug], path.basename(file));
  }
});
