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
 * mentions are resolved before linking (see resolveOverlaps): a speaker keeps
 * its link inside a talk mention, otherwise talks win, then longer mentions.
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

/**
 * A talk named through its speakers ("the keynote was held by … Steve Singh")
 * contains speaker mentions. Links cannot nest, so the speakers keep their
 * links and the talk link shrinks to the words before the first speaker; when
 * nothing but names is left ("A and B"), the talk is credited in the "talks
 * covered" list instead of in the prose.
 */
function yieldToSpeakers(talk: MentionLink, speakers: readonly MentionLink[]): MentionLink | null {
  const inside = speakers.filter((s) => s.start >= talk.start && s.end <= talk.end);
  if (inside.length === 0) return talk;
  const first = Math.min(...inside.map((s) => s.start));
  const prefix = talk.text.slice(0, first - talk.start).replace(/[\s,;:–—-]+$/u, "");
  const words = prefix.match(/\p{L}{2,}/gu) ?? [];
  if (words.filter((w) => !/^(and|und|et|y|with)$/i.test(w)).length === 0) return null;
  return { ...talk, end: talk.start + prefix.length, text: prefix };
}

/** Picks a non-overlapping subset: speakers inside talks first, then talks before speakers, longer before shorter, earlier first. */
export function resolveOverlaps(mentions: readonly MentionLink[]): MentionLink[] {
  const speakers = mentions.filter((m) => m.kind === "speaker");
  const adjusted = mentions.flatMap((m) => {
    if (m.kind !== "talk") return [m];
    const shrunk = yieldToSpeakers(m, speakers);
    return shrunk ? [shrunk] : [];
  });
  const ranked = [...adjusted].sort(
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
