import { highlight } from "@/lib/core/search/query";

/** Text with the search terms marked; React escapes every piece. */
export function Highlighted({ text, terms, max }: { text: string; terms: string[]; max?: number }) {
  const { parts } = highlight(text, terms, max);
  return (
    <>
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
