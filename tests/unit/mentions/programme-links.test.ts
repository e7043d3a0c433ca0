/**
 * Links that name a talk by an address the programme gave: its slides and
 * recording links, and the identifiers schedule and recording sites put in
 * their URLs (a frab event's numeric id and slug, a guid). The link text is
 * deliberately not the title, so only the URL can resolve the talk. The
 * conference, its programme and every URL are invented for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { talkAddresses, talkAddressesOf } from "../../../lib/core/mentions/talk-addresses";
import { normalizeUrl, registrableDomain } from "../../../lib/core/mentions/link-index";
import { narrowCatalog } from "../../../lib/core/mentions/narrow-catalog";
import { parseFrabXml } from "../../../lib/core/programme/parse-frab-xml";
import { catalogOf, detect, find, ids, talk } from "./helpers";

const conference = { slug: "77h7", name: "77H7 – Hackers on a Hill", startsOn: "2031-12-27", endsOn: "2031-12-30" };

const catalog = catalogOf(
  [
    talk("lanterns", "Lanterns in the Server Room", ["oda"], {
      conference: "77h7",
      day: "2031-12-27",
      sourceKeys: ["0a1b2c3d-1111-4e4e-9f9f-123456789abc", "7421", "77h7_-_7421_-_en_-_hall_2_-_203112271400_-_lanterns_in_the_server_room_-_oda"],
      urls: ["https://video.example-tube.test/watch?v=Qx7_lanTern1"],
    }),
    talk("moss", "Moss, Mesh Networks and Me", ["pim"], {
      conference: "77h7",
      day: "2031-12-28",
      sourceKeys: ["0a1b2c3d-2222-4e4e-9f9f-123456789abc", "7433"],
      url: "https://schedule.hackhill.test/2031/events/7433.html",
      urls: ["https://schedule.hackhill.test/2031/events/7433.html", "https://slides.hackhill.test/moss-mesh.pdf"],
    }),
    talk("kites", "Kites as Antennas", ["oda"], { conference: "77h7", day: "2031-12-28", sourceKeys: ["7440"], urls: ["https://video.example-tube.test/watch?v=SharedPlaylist"] }),
    talk("tides", "Tides of Telemetry", ["pim"], { conference: "77h7", day: "2031-12-29", sourceKeys: ["7450"], urls: ["https://video.example-tube.test/watch?v=SharedPlaylist"] }),
  ],
  [
    ["oda", "Oda Fenwick"],
    ["pim", "Pim Achterberg"],
  ],
  conference,
);

const linked = (markdown: string) => ids(detect(markdown, catalog), "talk");

test("a schedule page's numeric event id in the URL resolves the talk, with the year or on the schedule's site", () => {
  assert.deepEqual(linked("I liked [this one](https://fahrplan.other-host.test/congress/2031/Fahrplan/events/7421.html)."), ["lanterns"]);
  assert.deepEqual(linked("Then [that one](https://schedule.hackhill.test/2031/events/7433)."), ["moss"]);
});

test("a bare number is not an event id without a schedule-like path, or without the conference in a stranger's URL", () => {
  assert.deepEqual(linked("See [the issue](https://code.example.test/oda/lanterns/issues/7421)."), []);
  assert.deepEqual(linked("The [front page](https://schedule.hackhill.test/7433/)."), []);
  assert.deepEqual(linked("A [meetup](https://meetups.example.test/events/7421/)."), []);
});

test("a recording site's page named by the frab slug resolves the talk", () => {
  const m = detect("The [recording](https://media.example.test/v/77h7_-_7421_-_en_-_hall_2_-_203112271400_-_lanterns_in_the_server_room_-_oda).", catalog);
  assert.equal(find(m, "talk", "lanterns")?.reason, "schedule link");
});

test("a recording file named with the conference's short name and the event id resolves the talk", () => {
  assert.deepEqual(linked("Download [the HD file](https://cdn.example.test/congress/2031/h264-hd/77h7-7433-en-Moss_Mesh_Networks_hd.mp4)."), ["moss"]);
  // The same number without the short name is only a number.
  assert.deepEqual(linked("Download [a file](https://cdn.example.test/files/video-7433-final-cut.mp4)."), []);
});

test("the talk's own video and slides links resolve it, in any spelling of the video's address", () => {
  assert.deepEqual(linked("[Watch it](https://video.example-tube.test/watch?v=Qx7_lanTern1&t=42s)"), ["lanterns"]);
  assert.deepEqual(linked("[Slides](https://slides.hackhill.test/moss-mesh.pdf)"), ["moss"]);
  // Another video on the same site is not the talk.
  assert.deepEqual(linked("[Something else](https://video.example-tube.test/watch?v=SomethingElse)"), []);
});

test("a URL two talks share (one playlist for both) names neither", () => {
  assert.deepEqual(linked("[The playlist](https://video.example-tube.test/watch?v=SharedPlaylist)"), []);
});

test("URLs normalize across short hosts, embeds, tracking parameters and subdomains", () => {
  const watch = normalizeUrl("https://www.youtube.com/watch?v=AbC123&utm_source=x&t=10")!.fullKey;
  assert.equal(normalizeUrl("https://youtu.be/AbC123?si=tracking")!.fullKey, watch);
  assert.equal(normalizeUrl("https://www.youtube.com/embed/AbC123")!.fullKey, watch);
  assert.notEqual(normalizeUrl("https://www.youtube.com/watch?v=Other")!.fullKey, watch);
  assert.equal(registrableDomain("video.hackhill.test"), "hackhill.test");
  assert.equal(registrableDomain("talks.example.co.uk"), "example.co.uk");
});

test("a recording on a subdomain of the schedule's site is on the schedule's site", () => {
  const withPage = catalogOf(
    [talk("sprouts", "Sprouts and Schedulers", ["oda"], { url: "https://hackhill.test/2031/schedule/event/sprouts_sched/" })],
    [["oda", "Oda Fenwick"]],
  );
  assert.deepEqual(ids(detect("[video](https://video.hackhill.test/2031/hall2/sprouts_sched.webm)", withPage), "talk"), ["sprouts"]);
});

test("only the links that are the talk itself count as its addresses, not the project's site", () => {
  const addresses = talkAddressesOf({
    url: "https://schedule.test/e/1",
    links: [
      { label: "Video recording", url: "https://tube.test/watch?v=1" },
      { label: "Folien", url: "https://files.test/folien.pdf" },
      { label: "Project homepage", url: "https://project.test/" },
      { label: "", url: "https://cdn.test/1.webm" },
    ],
    sourceId: "guid-1",
    sourceKeys: ["1", "slug-1"],
  });
  assert.equal(addresses.url, "https://schedule.test/e/1");
  assert.deepEqual(addresses.urls, ["https://schedule.test/e/1", "https://tube.test/watch?v=1", "https://files.test/folien.pdf", "https://cdn.test/1.webm"]);
  assert.deepEqual(addresses.sourceKeys, ["guid-1", "1", "slug-1"]);
  // The stored row's JSON, including a malformed value, reads the same way.
  assert.deepEqual(talkAddresses({ url: null, links: "not json", sourceId: "g", sourceKeys: '["7", 8]' }), { url: null, urls: [], sourceKeys: ["g", "7"] });
});

test("a frab import keeps the event's numeric id and slug beside its guid", () => {
  const xml = `<?xml version="1.0"?>
<schedule><conference><acronym>77h7</acronym><title>77H7</title><start>2031-12-27</start><end>2031-12-27</end><time_zone_name>Europe/Berlin</time_zone_name></conference>
<day index="1" date="2031-12-27"><room name="Hall 2">
<event guid="0a1b2c3d-1111-4e4e-9f9f-123456789abc" id="7421"><date>2031-12-27T14:00:00+01:00</date><start>14:00</start><duration>00:45</duration><room>Hall 2</room>
<slug>77h7_-_7421_-_lanterns</slug><title>Lanterns in the Server Room</title><type>lecture</type><persons><person id="9">Oda Fenwick</person></persons></event>
</room></day></schedule>`;
  const programme = parseFrabXml(xml);
  assert.equal(programme.conference.acronym, "77h7");
  const talk = programme.talks[0]!;
  assert.equal(talk.sourceId, "0a1b2c3d-1111-4e4e-9f9f-123456789abc");
  assert.deepEqual(talk.sourceKeys, ["7421", "77h7_-_7421_-_lanterns"]);
});

test("a conference known by its acronym: recording files and writeups that use it find it", () => {
  const byName = catalogOf(
    [talk("sprockets", "Sprockets and Solder", ["oda"], { conference: "hackers-on-a-hill", sourceKeys: ["guid-s", "8810"] })],
    [["oda", "Oda Fenwick"]],
    { slug: "hackers-on-a-hill", name: "Hackers on a Hill", acronym: "HoH31", startsOn: "2031-12-27", endsOn: "2031-12-30" },
  );
  assert.deepEqual(ids(detect("[HD](https://cdn.example.test/hoh31-8810-en-Sprockets_hd.mp4)", byName), "talk"), ["sprockets"]);
  const other = { slug: "garden-days", name: "Garden Days", startsOn: "2031-05-01", endsOn: "2031-05-02" };
  const both = { ...byName, conferences: [...byName.conferences, other], talks: [...byName.talks, talk("roses", "Roses", [], { conference: "garden-days" })] };
  assert.deepEqual(narrowCatalog("My notes from HoH31, the best congress.", both).conferences.map((c) => c.slug), ["hackers-on-a-hill"]);
});

test("a talk's slides on a code-hosting site do not make that site a schedule: a repository named like a slug is not the talk", () => {
  const hosted = catalogOf(
    [
      talk("wasps", "Wasps You Like It", ["oda"], {
        sourceKeys: ["4411", "wasps"],
        url: "https://hackhill.test/2031/schedule/event/wasps/",
        urls: ["https://hackhill.test/2031/schedule/event/wasps/", "https://code.example.test/oda/talks/blob/main/slides.pdf"],
      }),
    ],
    [["oda", "Oda Fenwick"]],
  );
  assert.deepEqual(ids(detect("[Star the repository](https://code.example.test/wasp-project/wasps)", hosted), "talk"), []);
  assert.deepEqual(ids(detect("[The recording](https://video.hackhill.test/2031/hall/wasps.webm)", hosted), "talk"), ["wasps"]);
});
