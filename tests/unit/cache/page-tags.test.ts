import assert from "node:assert/strict";
import test from "node:test";
import { MAX_PAGE_TAGS, PageTag, pageTags, writeupChangeTags } from "@/lib/core/cache/page-tags";

const base = { id: "w1", authorId: "u1", talkIds: ["t1", "t2"], speakerIds: ["s1"], conferenceIds: ["c1"] };

test("a draft that stays a draft (or in the trash) affects no reader page", () => {
  assert.deepEqual(writeupChangeTags({ ...base, publicBefore: false, publicAfter: false }), []);
});

test("publishing, editing a published writeup and unpublishing mark its page, its author, the lists and what it links", () => {
  const expected = ["writeup:w1", "author:u1", "writeups", "talk:t1", "talk:t2", "speaker:s1", "conference:c1"];
  for (const [before, after] of [
    [false, true],
    [true, true],
    [true, false],
  ] as const) {
    assert.deepEqual(writeupChangeTags({ ...base, publicBefore: before, publicAfter: after }).sort(), [...expected].sort(), `${before} → ${after}`);
  }
});

test("a talk linked both before and after is marked once", () => {
  const tags = writeupChangeTags({ ...base, talkIds: ["t1", "t1", "t2"], publicBefore: true, publicAfter: true });
  assert.equal(tags.filter((t) => t === "talk:t1").length, 1);
});

test("a page's tags: the broad ones always, the specific ones while they fit, else the fallback", () => {
  assert.deepEqual(pageTags([PageTag.speaker("s1"), PageTag.catalog], ["talk:a", "talk:b", "talk:a"], PageTag.writeups), ["speaker:s1", "catalog", "talk:a", "talk:b"]);
  const many = Array.from({ length: MAX_PAGE_TAGS + 1 }, (_, i) => PageTag.talk(String(i)));
  assert.deepEqual(pageTags([PageTag.catalog], many, PageTag.writeups), ["catalog", "writeups"]);
});
