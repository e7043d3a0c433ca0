/**
 * Abstracts and bios arrive as HTML (FOSDEM, frab), markdown (pretalx) or
 * plain text (Sessionize, iCalendar). htmlToMarkdown turns HTML into clean
 * markdown with one unified pipeline (rehype-parse → rehype-remark →
 * remark-gfm → remark-stringify), so no raw HTML ever reaches the Programme:
 * scripts, iframes and comments are dropped, other unknown elements keep only
 * their text, and a literal "<" in text is escaped.
 *
 * Text with no tags and no entities skips the pipeline (it is the slow part
 * of an import) and is returned trimmed, as the markdown or text it already is.
 */
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import type { Root } from "mdast";
import { visit, SKIP } from "unist-util-visit";

const LOOKS_LIKE_HTML = /<[a-zA-Z!/]|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;

let processor: ReturnType<typeof buildProcessor> | undefined;

function buildProcessor() {
  return unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeRemark)
    .use(dropRawHtml)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", fences: true, rule: "-" })
    .freeze();
}

/** rehype-remark keeps HTML comments as mdast `html` nodes; none may reach the output. */
function dropRawHtml() {
  return (tree: Root) => {
    visit(tree, "html", (_node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** HTML (or text) → markdown; undefined when nothing is left. */
export function htmlToMarkdown(html: string | undefined | null): string | undefined {
  if (!html) return undefined;
  const text = html.replace(/\r\n?/g, "\n");
  if (!LOOKS_LIKE_HTML.test(text)) return tidy(text);
  processor ??= buildProcessor();
  return tidy(String(processor.processSync(text)));
}

function tidy(text: string): string | undefined {
  const out = text
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return out || undefined;
}

/** Joins abstract and description, dropping a part the other already contains. */
export function joinTexts(...parts: (string | undefined)[]): string | undefined {
  const kept: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    if (kept.some((k) => k.includes(part))) continue;
    const i = kept.findIndex((k) => part.includes(k));
    if (i >= 0) kept.splice(i, 1);
    kept.push(part);
  }
  return kept.length > 0 ? kept.join("\n\n") : undefined;
}
