import assert from "node:assert/strict";
import { test } from "node:test";
import { frontMatterAuthor } from "../../../lib/core/writeups/front-matter-author";

test("the author of a file's front matter", () => {
  assert.equal(frontMatterAuthor("---\ntitle: Notes from the harbour\nauthor: Nadia Ferreira-Lund\n---\n\nMy talk went well."), "Nadia Ferreira-Lund");
  assert.equal(frontMatterAuthor("---\r\nauthor: 'Pim de Wilde'\r\n---\r\nBody"), "Pim de Wilde");
});

test("no front matter, no author field, or front matter that does not read: no author", () => {
  assert.equal(frontMatterAuthor("My talk went well.\n\n---\nauthor: Someone\n---\n"), undefined);
  assert.equal(frontMatterAuthor("---\ntitle: Notes\n---\nBody"), undefined);
  assert.equal(frontMatterAuthor("---\nauthor:\n  - One\n  - Two\n---\nBody"), undefined);
  assert.equal(frontMatterAuthor("---\nauthor: Nadia\nno colon here\n"), undefined);
});
