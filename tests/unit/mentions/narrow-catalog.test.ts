import assert from "node:assert/strict";
import { test } from "node:test";
import { narrowCatalog } from "../../../lib/core/mentions/narrow-catalog";
import type { Catalog } from "../../../lib/core/mentions/types";

const catalog: Catalog = {
  conferences: [
    { slug: "fosdem-2020", name: "FOSDEM 2020", startsOn: "2020-02-01", endsOn: "2020-02-02" },
    { slug: "fosdem-2024", name: "FOSDEM 2024", startsOn: "2024-02-03", endsOn: "2024-02-04" },
    { slug: "dockercon-eu-2017", name: "DockerCon Europe 2017", startsOn: "2017-10-16", endsOn: "2017-10-19" },
  ],
  talks: [
    { id: "a", slug: "a", conference: "fosdem-2020", title: "Welcome to FOSDEM 2020", kind: "keynote", speakerIds: ["s1"] },
    { id: "b", slug: "b", conference: "fosdem-2024", title: "Welcome to FOSDEM 2024", kind: "keynote", speakerIds: ["s1", "s2"] },
    { id: "c", slug: "c", conference: "dockercon-eu-2017", title: "Docker 101", kind: "talk", speakerIds: ["s3"] },
  ],
  speakers: [
    { id: "s1", slug: "s1", name: "Ann Example" },
    { id: "s2", slug: "s2", name: "Ben Example" },
    { id: "s3", slug: "s3", name: "Cy Example" },
  ],
};

test("the conference name with its year picks one edition", () => {
  const narrowed = narrowCatalog("My trip to FOSDEM 2024 in Brussels. Next year FOSDEM 2025!", catalog);
  assert.deepEqual(narrowed.conferences.map((c) => c.slug), ["fosdem-2024"]);
  assert.deepEqual(narrowed.talks.map((t) => t.id), ["b"]);
  assert.deepEqual(narrowed.speakers.map((s) => s.id).sort(), ["s1", "s2"]);
});

test("years in schedule URLs count", () => {
  const narrowed = narrowCatalog("I went to [a talk](https://fosdem.org/2020/schedule/event/x/) at FOSDEM.", catalog);
  assert.deepEqual(narrowed.conferences.map((c) => c.slug), ["fosdem-2020"]);
});

test("name words and dates", () => {
  const narrowed = narrowCatalog("My Journey to DockerCon Europe. From October 17th to 19th I attended.", catalog);
  assert.deepEqual(narrowed.conferences.map((c) => c.slug), ["dockercon-eu-2017"]);
});

test("no clue: the catalog is returned unchanged", () => {
  assert.equal(narrowCatalog("A nice weekend with friends.", catalog), catalog);
});
