/**
 * remark plugin: turns stored mentions into quiet links in the rendered writeup.
 *
 * Input is the list of mentions saved with the writeup (UTF-16 ranges into the
 * markdown source, as the detector and the editor produce them). Each one that
 * falls inside a single text node becomes a link to its talk or speaker page,
 * carrying a `title` that names the talk, its speakers and the conference, so a
 * reader can tell where the link goes before following it.
 *
 * Text inside existing links, code and raw HTML is never touched. Overlapping
 * mentions are resolved before linking: talks win over speakers (a talk named by
 * its speakers links the talk, and the speakers stay credited in the "talks
 * covered" list), then the longer mention wins.
 */
import type { Link, Parent, Root, RootContent, Text } from "mdast";
import { visit, SKIP } from "unist-util-visit";

export interface MentionLink {
  kind: "talk" | "speaker";
  start: number;
  end: number;
  text: string;
  href: string;
  /** Tooltip: "Docker 500: Going Fast while Protecting Data — Diogo Mónica, DockerCon Europe 2017" */
  label: string;
}

/** Picks a non-overlapping subset: talks before speakers, then longer before shorter, then earlier. */
export function resolveOverlaps(mentions: readonly MentionLink[]): MentionLink[] {
  const ranked = [...mentions].sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === "talk" ? -1 : 1) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: MentionLink[] = [];
  for (const m of ranked) {
    if (m.end <= m.start) continue;
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function remarkMentionLinks(options: { source: string; mentions: readonly MentionLink[] }) {
  const { source } = options;
  const mentions = resolveOverlaps(options.mentions);
  return (tree: Root) => {
    if (mentions.length === 0) return;
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type === "link" || node.type === "linkReference" || node.type === "code" || node.type === "inlineCode" || node.type === "html") {
        return SKIP;
      }
      if (node.type !== "text" || !parent || index === undefined) return;
      const text = node as Text;
      const from = text.position?.start.offset;
      const to = text.position?.end.offset;
      if (from === undefined || to === undefined) return;
      const inside = mentions.filter((m) => m.start >= from && m.end <= to);
      if (inside.length === 0) return;
      const pieces = splitText(text, source.slice(from, to) === text.value ? from : null, inside);
      if (!pieces) return;
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}

/**
 * Splits one text node around its mentions. When the node's value is the
 * source slice verbatim, offsets map directly; when escapes or entities made
 * them differ, each mention is found by its text instead, in order.
 */
function splitText(node: Text, base: number | null, mentions: MentionLink[]): RootContent[] | null {
  const value = node.value;
  const out: RootContent[] = [];
  let cursor = 0;
  for (const m of mentions) {
    let at = base === null ? value.indexOf(m.text, cursor) : m.start - base;
    if (at < cursor || at < 0) continue;
    const length = base === null ? m.text.length : m.end - m.start;
    if (value.slice(at, at + length).length !== length) continue;
    if (at > cursor) out.push({ type: "text", value: value.slice(cursor, at) });
    const link: Link = {
      type: "link",
      url: m.href,
      title: m.label,
      children: [{ type: "text", value: value.slice(at, at + length) }],
      data: { hProperties: { className: ["mention", `mention-${m.kind}`] } },
    };
    out.push(link);
    cursor = at + length;
    at = cursor;
  }
  if (out.length === 0) return null;
  if (cursor < value.length) out.push({ type: "text", value: value.slice(cursor) });
  return out;
}
