// @ts-check
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PAGE_REVALIDATE_S, cacheHeaderRules } from "./lib/server/http/cache-policy.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

/** @type {import("next").NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two checkouts' worth of work share one tree (e.g. a test
  // run beside a dev server) without overwriting each other's build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and driver packages are loaded by Node at runtime, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@hallway/prisma-sqlite",
    "@hallway/prisma-postgresql",
    "pg-boss",
  ],
  // `npm test` runs tsc over the whole project first; a second check inside
  // every `next build` would only slow down `npm start`.
  typescript: { ignoreBuildErrors: true },
  // Reader pages live in Hallway's page cache: in memory, dropped by tag when
  // what they show changes, on every instance (lib/server/cache/page-cache-handler.mjs).
  cacheHandler: path.join(root, "lib/server/cache/page-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // What Next itself would send for a cached page ("s-maxage=<revalidate>")
  // is not what nginx should do: the one cache policy says (lib/server/http/cache-policy.mjs).
  expireTime: PAGE_REVALIDATE_S * 2,
  async headers() {
    return cacheHeaderRules();
  },
  // Paging and the programme's filter are query strings in every URL Hallway
  // prints, but a page that reads its query string cannot be cached; these
  // routes take them as path segments instead, out of sight.
  async rewrites() {
    const page = (source, destination) => ({ source, has: [{ type: "query", key: "page", value: "(?<n>[0-9]{1,6})" }], destination });
    return {
      beforeFiles: [
        page("/", "/page/:n"),
        page("/speakers/:speaker", "/speakers/:speaker/page/:n"),
        page("/authors/:username", "/authors/:username/page/:n"),
        page("/conferences/:conference/talks/:talk", "/conferences/:conference/talks/:talk/page/:n"),
        page("/conferences/:conference/writeups", "/conferences/:conference/writeups/page/:n"),
        { source: "/conferences/:conference", has: [{ type: "query", key: "filter", value: "uncovered" }], destination: "/conferences/:conference/uncovered" },
      ],
    };
  },
  experimental: {
    // Organizers upload programme files through a server action (/admin/import);
    // the importer itself refuses 50 MB and more (MAX_PROGRAMME_BYTES). nginx
    // allows bodies this large only under /admin (deploy/nginx.conf).
    serverActions: { bodySizeLimit: "51mb" },
  },
};

export default nextConfig;
