// The *.test.ts files under the given folders (or files), sorted, for node's
// test runner: Node 20's --test takes no glob patterns, so we list them ourselves.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export function listTestFiles(roots) {
  const files = [];
  const walk = (dir) => {
    if (!statSync(dir).isDirectory()) return void files.push(dir);
    for (const entry of readdirSync(dir)) {
      const p = path.join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".test.ts")) files.push(p);
    }
  };
  roots.forEach(walk);
  return files.sort();
}
