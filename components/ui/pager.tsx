import Link from "next/link";

/** Previous/next links with stable URLs (?page=N; page 1 has no parameter). */
export function Pager({ base, page, pages, params = {} }: { base: string; page: number; pages: number; params?: Record<string, string> }) {
  if (pages <= 1) return null;
  const href = (n: number) => {
    const q = new URLSearchParams(params);
    if (n > 1) q.set("page", String(n));
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  return (
    <nav className="pager" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="meta">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
