/**
 * Makes every URL in a stored writeup's HTML absolute, for feeds.
 *
 * Writeups are stored with site-relative links ("/speakers/x", "#user-content-fn-1")
 * because the site resolves them; a feed reader shows the HTML somewhere else,
 * where those would break. We resolve against the writeup's own absolute URL, so
 * fragment links point back into the writeup, as they do on its page.
 *
 * The input is Writeup.bodyHtml, sanitized when it was saved: this pass only
 * rewrites URL attributes and never adds markup. A URL that does not resolve is
 * dropped rather than left relative.
 */
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** hast property names that hold one URL. */
const URL_PROPERTIES = ["href", "src", "cite", "poster", "longDesc", "action", "formAction"] as const;

function resolve(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

function rehypeAbsoluteUrls(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const props = node.properties;
      for (const name of URL_PROPERTIES) {
        const value = props[name];
        if (typeof value !== "string") continue;
        const absolute = resolve(value, options.base);
        if (absolute === null) delete props[name];
        else props[name] = absolute;
      }
      // srcset: "a.png 1x, b.png 2x" (a string from rehype-parse, a list in hand-built trees).
      const srcSet = props.srcSet;
      if (typeof srcSet === "string" || (typeof srcSet === "object" && srcSet !== null)) {
        props.srcSet = String(srcSet)
          .split(",")
          .flatMap((candidate) => {
            const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
            const absolute = url ? resolve(url, options.base) : null;
            return absolute === null ? [] : [[absolute, ...descriptor].join(" ")];
          })
          .join(", ");
      }
    });
  };
}

/** Returns `html` with every href/src (and similar) resolved against `base`, an absolute URL. */
export function absolutizeHtml(html: string, base: string): string {
  if (!URL.canParse(base)) throw new TypeError(`absolutizeHtml needs an absolute base URL, got ${JSON.stringify(base)}`);
  const file = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeAbsoluteUrls, { base })
    .use(rehypeStringify)
    .processSync(html);
  return String(file);
}
