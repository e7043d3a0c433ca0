// @ts-check
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
  experimental: {
    // Organizers upload programme files through a server action (/admin/import);
    // the importer itself refuses 50 MB and more (MAX_PROGRAMME_BYTES). nginx
    // allows bodies this large only under /admin (deploy/nginx.conf).
    serverActions: { bodySizeLimit: "51mb" },
  },
};

export default nextConfig;
