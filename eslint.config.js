// Lint: TypeScript's recommended rules, plus the architecture's one hard line —
// lib/core is pure domain code and may not import the framework, the database
// or the server (STYLE.md).
import tseslint from "typescript-eslint";

const PRISMA_MODELS = ["user", "account", "session", "verificationToken", "conference", "talk", "speaker", "speakerSlugRedirect", "speakerSource", "talkSpeaker", "writeup", "writeupConference", "mention", "writeupSlugRedirect", "rateLimit", "job"].join("|");
const PRISMA_OPERATIONS = ["findMany", "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "create", "createMany", "createManyAndReturn", "update", "updateMany", "upsert", "delete", "deleteMany", "count", "aggregate", "groupBy"].join("|");

export default tseslint.config(
  { ignores: [".next/**", ".next-*/**", "bench/baseline-app/.next*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Prisma is reached only from repositories (lib/server/repositories). Elsewhere
  // a database handle is opaque: it may be typed and passed on, but not queried.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "scripts/**/*.{ts,mjs}", "prisma/seed/**/*.ts", "auth.ts"],
    ignores: ["lib/server/repositories/**", "lib/server/db.ts", "lib/server/migrate.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/server/db",
              allowImportNames: ["getDb", "connect", "Db", "Tx"],
              message: "Only repositories use the database client; outside them import just the handle (getDb, connect, Db, Tx).",
            },
          ],
          patterns: [
            { group: ["@prisma/*", "@hallway/prisma-*", "better-sqlite3", "pg"], message: "Only repositories (lib/server/repositories) talk to the database." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: `MemberExpression[object.type='MemberExpression'][object.property.name=/^(${PRISMA_MODELS})$/][property.name=/^(${PRISMA_OPERATIONS})$/]`,
          message: "Queries belong in lib/server/repositories: call a repository function instead.",
        },
        {
          selector: "MemberExpression[property.name=/^\\$(transaction|queryRaw|queryRawUnsafe|executeRaw|executeRawUnsafe|extends)$/]",
          message: "Transactions and raw SQL belong in lib/server/repositories (use transaction() from repositories/transaction.ts).",
        },
      ],
    },
  },
  // Pages, routes and components read through lib/server/queries (pages) and
  // services (mutations), never a repository directly.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/server/db", allowImportNames: ["getDb", "Db"], message: "Pages and components never query: call a function in lib/server/queries." },
          ],
          patterns: [
            { group: ["@/lib/server/repositories/*"], message: "Pages and components never query: call a function in lib/server/queries (reads) or a service (writes)." },
            { group: ["@prisma/*", "@hallway/prisma-*", "better-sqlite3", "pg"], message: "Only repositories (lib/server/repositories) talk to the database." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "react/*"], message: "lib/core is framework-free: move this to app/, components/ or lib/server/." },
            { group: ["@prisma/*", "**/generated/**", "@/lib/server/*", "**/lib/server/**", "better-sqlite3", "pg"], message: "lib/core never touches the database: take data in, return data out." },
            { group: ["node:fs", "fs", "node:child_process", "child_process"], message: "lib/core does no I/O: the caller reads files and passes text." },
          ],
        },
      ],
    },
  },
);
