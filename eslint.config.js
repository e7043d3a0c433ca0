// Lint: TypeScript's recommended rules, plus the architecture's one hard line —
// lib/core is pure domain code and may not import the framework, the database
// or the server (STYLE.md).
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", ".next-*/**", "bench/baseline-app/.next*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
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
