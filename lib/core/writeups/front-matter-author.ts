/**
 * The `author:` field of a markdown file's front matter, for `hallway detect`:
 * "my talk" in the text is then that speaker's session (mention detection's
 * authorName). A file without front matter, or whose front matter does not
 * read, or whose `author` is not one line of text, has no author: detection
 * still runs, it only suggests nothing for "my talk".
 */
import { readFrontMatter } from "./read-front-matter";

export function frontMatterAuthor(markdown: string): string | undefined {
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(markdown)) return undefined;
  try {
    const value = readFrontMatter(markdown).entries.find((e) => e.key === "author")?.value;
    return typeof value === "string" && value.trim() ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
