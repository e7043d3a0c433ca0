import { test } from "node:test";
import assert from "node:assert/strict";
import { blogPostingLd, eventLd, personLd, serializeJsonLd } from "@/lib/core/seo/json-ld";

const talk = {
  url: "https://h.example/conferences/c/talks/t",
  title: "Docker 500",
  abstract: null,
  startsAt: new Date("2017-10-17T09:00:00Z"),
  endsAt: null,
  day: "2017-10-17",
  room: "Hall A",
  conference: { name: "DockerCon EU 2017", url: "https://h.example/conferences/c", venue: "Bella Center", location: "Copenhagen" },
  speakers: [{ url: "https://h.example/speakers/d", name: "Diogo Mónica", affiliation: "Docker", role: "Security Lead" }],
};

test("a talk is an Event in its conference, performed by its speakers", () => {
  const ld = eventLd(talk);
  assert.equal(ld["@type"], "Event");
  assert.equal(ld.startDate, "2017-10-17T09:00:00.000Z");
  assert.deepEqual(ld.superEvent, { "@type": "Event", name: "DockerCon EU 2017", url: "https://h.example/conferences/c" });
  assert.equal(ld.performer?.[0]?.name, "Diogo Mónica");
  assert.equal(ld.location?.name, "Hall A, Bella Center");
  assert.equal(eventLd({ ...talk, startsAt: null }).startDate, "2017-10-17");
});

test("a writeup is a BlogPosting about Events", () => {
  const ld = blogPostingLd({
    url: "https://h.example/writeups/w",
    title: "My trip",
    description: "Notes",
    publishedAt: new Date("2017-10-20T00:00:00Z"),
    updatedAt: new Date("2017-10-21T00:00:00Z"),
    author: { name: "Ann", url: "https://h.example/authors/ann" },
    talks: [talk],
    site: { name: "Hallway", url: "https://h.example" },
  });
  assert.equal(ld["@type"], "BlogPosting");
  assert.equal(ld.about[0]?.["@type"], "Event");
  assert.equal(ld.datePublished, "2017-10-20T00:00:00.000Z");
  assert.equal(personLd(talk.speakers[0]!).affiliation?.name, "Docker");
});

test("serialized JSON-LD cannot close its script tag", () => {
  const out = serializeJsonLd({ name: "</script><script>alert(1)</script> & more" });
  assert.doesNotMatch(out, /<\/script/i);
  assert.deepEqual(JSON.parse(out), { name: "</script><script>alert(1)</script> & more" });
});
