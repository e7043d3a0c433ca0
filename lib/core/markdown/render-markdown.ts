/**
 * The one markdown pipeline: parse → GFM → mention links → HTML → sanitize.
 *
 * Used when a writeup is saved (render on write) and by the editor's preview,
 * so what an author previews is byte for byte what readers get. Raw HTML in the
 * markdown is dropped, never passed through, and the sanitizer's allow-list
 * below is the only HTML that can reach a page or a feed.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import type { Root as HastRoot, Element } from "hast";
import type { Root as MdastRoot } from "mdast";
import { visit } from "unist-util-visit";
import { remarkMentionLinks, type MentionLink } from "./remark-mention-links";

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Images and links may only point at the web or at Hallway itself.
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
  attributes: {
    ...defaultSchema.attributes,
    // One className entry per element: hast-util-sanitize uses the first it finds.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === "className")),
      "title",
      ["className", "data-footnote-backref", "mention", "mention-talk", "mention-speaker"],
    ],
    img: [...(defaultSchema.attributes?.img ?? []), "title", "width", "height", "loading"],
  },
};

/** Marks links to other sites as user-generated, and lets images load lazily. */
function rehypeExternalLinks() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "a" && typeof node.properties.href === "string" && /^https?:\/\//i.test(node.properties.href)) {
        node.properties.rel = ["nofollow", "ugc", "noopener"];
      }
      if (node.tagName === "img") node.properties.loading = "lazy";
    });
  };
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses markdown into the mdast tree that detection, excerpts and rendering all share. */
export function parseMarkdownTree(markdown: string): MdastRoot {
  return parser.parse(markdown) as MdastRoot;
}

/**
 * Renders an already parsed tree (the write path parses once and shares the
 * tree). The tree is changed in place (mention links are spliced in), so call
 * this last, after detection and excerpts have read it.
 */
export function renderTree(tree: MdastRoot, source: string, mentions: readonly MentionLink[] = []): string {
  const processor = unified()
    .use(remarkMentionLinks, { source, mentions })
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeExternalLinks)
    .use(rehypeStringify);
  return processor.stringify(processor.runSync(tree) as HastRoot);
}

export function renderMarkdown(markdown: string, mentions: readonly MentionLink[] = []): string {
  return renderTree(parseMarkdownTree(markdown), markdown, mentions);
}
