/**
 * The mention eval (tools/eval-mentions) over every labelled real report:
 * the seed, the FOSDEM and PyCon UK reports, and the 14 DockerCon reports,
 * with the held-out split of tools/eval-mentions/split.json. Asserted: what
 * the product promises readers on every report (a link is right, a
 * suggestion is mostly right, no must-not-link phrase links, Hallway's own
 * cases hold) and title recall on the dev split. The held-out figures are
 * printed as the test's diagnostics; `npm run eval:mentions` exits non-zero
 * while they are below the targets.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluateMentions } from "../../../tools/eval-mentions/evaluate-mentions";
import { realSkip } from "../shared";
import { hasShared, sharedPath } from "./fixture-catalogs";

const skip = realSkip || (hasShared() ? false : `${sharedPath("fixtures", "mentions")} not found: real-data test skipped`);

test("labelled reports: link precision ≥ 0.97, link+suggest precision ≥ 0.80, dev title recall ≥ 0.90", { skip }, async (t) => {
  const r = await evaluateMentions({ minConfidence: 0.4, narrow: false, verbose: false, noLinks: false, showHeldOut: false, log: () => {} });
  const fmt = (x: number) => x.toFixed(3);
  t.diagnostic(
    `held-out: link P ${fmt(r.heldOut.linkP)}, link+suggest P ${fmt(r.heldOut.anyP)}, title recall ${fmt(r.heldOut.titleAnyR)} pooled / ${fmt(r.heldOut.titleAnyRAvg)} per report, topic ${fmt(r.heldOut.topicAnyR)}`,
  );
  assert.ok(r.all.linkP >= 0.97, `link precision ${fmt(r.all.linkP)}`);
  assert.ok(r.all.anyP >= 0.8, `link+suggest precision ${fmt(r.all.anyP)}`);
  assert.ok(r.dev.titleAnyR >= 0.9 && r.dev.titleAnyRAvg >= 0.9, `dev title recall ${fmt(r.dev.titleAnyR)} / ${fmt(r.dev.titleAnyRAvg)}`);
  assert.equal(r.violations, 0, "must-not-link phrases");
  assert.equal(r.ownWrong, 0, "Hallway's own labelled cases");
});
