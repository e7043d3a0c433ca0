import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { getSpeakerPage } from "@/lib/server/repositories/speakers";
import { getPublishedWriteup } from "@/lib/server/repositories/writeups";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
before(async () => {
  t = await createTestDb();
});
after(async () => {
  await t.drop();
});

test("the demo seed loads both programmes and the linked writeup, once", async () => {
  const result = await seedDemo(t.db);
  assert.equal(result.seeded, true);
  assert.deepEqual(result.notes, []);

  const cc = await t.db.conference.findUniqueOrThrow({ where: { slug: "container-camp-au-2017" }, include: { talks: true } });
  assert.equal(cc.talks.length, 25);
  assert.equal(cc.talks.filter((x) => x.kind === "workshop").length, 7);
  assert.equal(cc.talks.filter((x) => x.kind === "talk").length, 17);
  assert.equal(cc.talks.filter((x) => x.kind === "keynote").length, 1);
  assert.equal(await t.db.talkSpeaker.count({ where: { talk: { conferenceId: cc.id } } }), 25);
  const dc = await t.db.conference.findUniqueOrThrow({ where: { slug: "dockercon-eu-2017" }, include: { talks: true } });
  assert.equal(dc.talks.length, 42);

  const diogo = await getSpeakerPage(t.db, "diogo-monica");
  assert.ok(diogo);
  assert.deepEqual(diogo.talks.map((x) => x.conference.slug).sort(), ["container-camp-au-2017", "dockercon-eu-2017"]);
  assert.equal(diogo.speaker.role, "Security Lead @ Docker");
  const docker500 = diogo.talks.find((x) => x.conference.slug === "dockercon-eu-2017")!;
  assert.equal(docker500.coverageCount, 1);

  const writeup = await getPublishedWriteup(t.db, "my-journey-to-dockercon-europe-2017");
  assert.ok(writeup);
  assert.equal(writeup.talks.length, 8);
  assert.match(writeup.bodyHtml, /href="\/speakers\/gianluca-borello"/);

  const again = await seedDemo(t.db);
  assert.equal(again.seeded, false);
  assert.equal(await t.db.writeup.count(), 1);
});
