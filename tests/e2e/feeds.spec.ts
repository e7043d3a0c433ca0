import { expect, test } from "@playwright/test";

const TALK = "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data";
const PAGES = ["", "/conferences/dockercon-eu-2017", TALK, "/speakers/diogo-monica", "/authors/maja"];
const FORMATS = [
  { file: "feed.xml", type: "application/rss+xml; charset=utf-8", start: /^<\?xml[^>]*>\s*<rss version="2\.0"/ },
  { file: "atom.xml", type: "application/atom+xml; charset=utf-8", start: /^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/ },
  { file: "feed.json", type: "application/feed+json; charset=utf-8", start: /^\{\s*"version": "https:\/\/jsonfeed\.org\/version\/1\.1"/ },
];

// HTTP only: one project is enough.
const onceOnly = () => test.skip(test.info().project.name !== "desktop", "HTTP-only checks run in the desktop project");

test.describe("feeds", () => {
  test("every feed of the site, a conference, a talk, a speaker and an author answers with its type", async ({ request }) => {
    onceOnly();
    for (const page of PAGES) {
      for (const { file, type, start } of FORMATS) {
        const url = `${page}/${file}`;
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        expect(response.headers()["content-type"], url).toBe(type);
        expect(response.headers()["cache-control"], url).toBe("public, max-age=60, s-maxage=2, stale-while-revalidate=600");
        expect(response.headers()["last-modified"], url).toMatch(/GMT$/);
        const body = await response.text();
        expect(body, url).toMatch(start);
        // Maja's demo writeup belongs in each of them.
        expect(body, url).toContain("Three days in Copenhagen: DockerCon Europe 2017");
      }
    }
  });

  test("a repeated GET with the ETag gets 304 and no body", async ({ request }) => {
    onceOnly();
    for (const url of ["/feed.xml", `${TALK}/atom.xml`, "/speakers/diogo-monica/feed.json"]) {
      const first = await request.get(url);
      const etag = first.headers()["etag"];
      expect(etag, url).toMatch(/^W\/".+"$/);
      const again = await request.get(url, { headers: { "If-None-Match": etag! } });
      expect(again.status(), url).toBe(304);
      expect((await again.body()).length, url).toBe(0);
      expect(again.headers()["etag"], url).toBe(etag);
      const since = await request.get(url, { headers: { "If-Modified-Since": first.headers()["last-modified"]! } });
      expect(since.status(), url).toBe(304);
    }
  });

  test("a feed item links to the writeup with absolute URLs, and names its talks and speakers", async ({ request }) => {
    onceOnly();
    const xml = await (await request.get(`${TALK}/feed.xml`)).text();
    expect(xml).toMatch(/<link>https?:\/\/[^<]+\/writeups\/three-days-in-copenhagen<\/link>/);
    expect(xml).toMatch(/<guid isPermaLink="false">tag:[^<]+:writeup:[^<]+<\/guid>/);
    expect(xml).toMatch(/<category domain="https?:\/\/[^"]+\/speakers\/diogo-monica">Diogo Mónica<\/category>/);
    expect(xml).toContain("<dc:creator>Maja Lindqvist</dc:creator>");
    expect(xml).not.toMatch(/(?:href|src)="\//);
  });

  test("an unknown scope's feed is 404", async ({ request }) => {
    onceOnly();
    for (const url of ["/conferences/dockercon-eu-2017/talks/no-such-talk/feed.xml", "/speakers/nobody-at-all/atom.xml", "/authors/nobody/feed.json"]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });
});

// Autodiscovery and the visible subscribe line: these pass once the pages use
// feedAlternates() in their metadata and render <SubscribeLinks>.
test.describe("feed autodiscovery", () => {
  for (const page of PAGES) {
    test(`${page || "/"} advertises its feeds`, async ({ page: browser }) => {
      await browser.goto(page || "/");
      const own = `${page}/feed.xml`;
      await expect(browser.locator(`head link[rel="alternate"][type="application/rss+xml"][href$="${own}"]`)).toHaveCount(1);
      await expect(browser.locator(`head link[rel="alternate"][type="application/atom+xml"][href$="${page}/atom.xml"]`)).toHaveCount(1);
      await expect(browser.locator(`head link[rel="alternate"][type="application/feed+json"][href$="${page}/feed.json"]`)).toHaveCount(1);
      const subscribe = browser.locator("p.subscribe");
      await expect(subscribe).toBeVisible();
      await expect(subscribe.getByRole("link", { name: /RSS/ })).toHaveAttribute("href", own);
      await expect(subscribe.getByRole("link", { name: /Atom/ })).toHaveAttribute("href", `${page}/atom.xml`);
      await expect(subscribe.getByRole("link", { name: /JSON Feed/ })).toHaveAttribute("href", `${page}/feed.json`);
    });
  }
});
