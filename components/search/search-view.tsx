import type { Metadata } from "next";
import Link from "next/link";
import { SEARCH_KINDS, SEARCH_PAGE_SIZE as PAGE_SIZE, type SearchKind, type SearchPage } from "@/lib/server/queries/search-page";
import { SearchForm } from "@/components/search/search-form";
import { Highlighted } from "@/components/search/highlighted";
import { DateTime } from "@/components/ui/time";
import { KindBadge, plural } from "@/components/ui/badges";
import { AuthorName } from "@/components/writeups/writeup-card";
import { speakerPath, talkPath, writeupPath } from "@/lib/paths";
import { roleLine } from "@/lib/core/format/role-line";

const LABELS: Record<SearchKind, [string, string]> = { writeup: ["writeup", "Writeups"], talk: ["talk", "Talks"], speaker: ["speaker", "Speakers"] };

export function searchMetadata(query: string | undefined): Metadata {
  const q = query?.trim();
  // Result pages are for people, not for search engines.
  return { title: q ? `“${q}” — search` : "Search", robots: { index: false, follow: true } };
}

function searchHref(q: string, type?: SearchKind, page = 1) {
  const params = new URLSearchParams({ q });
  if (type) params.set("type", type);
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}

/** The search form, result counts by kind, and the results: a few of each kind, or a page of one. */
export function SearchView({ q, only, page, results, total, terms }: SearchPage) {
  return (
    <>
      <header className="page-head">
        <h1>{q ? <>Results for “{q}”</> : "Search"}</h1>
        <SearchForm query={q} autoFocus={!q} />
        {results && (
          <nav className="filters" aria-label="Result types">
            <Link href={searchHref(q)} aria-current={!only ? "true" : undefined}>
              All ({total})
            </Link>
            {SEARCH_KINDS.map((k) => (
              <Link key={k} href={searchHref(q, k)} aria-current={only === k ? "true" : undefined}>
                {LABELS[k][1]} ({results.counts[k]})
              </Link>
            ))}
          </nav>
        )}
      </header>

      {!q && <p className="empty">Type a talk title, a speaker’s name or any words from a writeup. Accents don’t matter.</p>}
      {results && total === 0 && (
        <p className="empty">
          Nothing matches “{q}”. Try fewer words, or browse the <Link href="/conferences">conferences</Link> and{" "}
          <Link href="/speakers">speakers</Link>.
        </p>
      )}

      {results && results.writeups.length > 0 && (
        <section aria-labelledby="r-writeups" className="results">
          <h2 id="r-writeups">Writeups</h2>
          <ul className="stack">
            {results.writeups.map((w) => (
              <li key={w.id} className="card">
                <h3>
                  <Link href={writeupPath(w.slug)}>
                    <Highlighted text={w.title} terms={terms} />
                  </Link>
                </h3>
                <p className="meta">
                  <span>
                    by <AuthorName author={w.author} />
                  </span>
                  {w.publishedAt && (
                    <span>
                      <DateTime date={w.publishedAt} />
                    </span>
                  )}
                </p>
                <p className="excerpt">
                  <Highlighted text={w.searchText} terms={terms} />
                </p>
              </li>
            ))}
          </ul>
          <MoreLink q={q} kind="writeup" shown={results.writeups.length} total={results.counts.writeup} only={only} />
        </section>
      )}

      {results && results.talks.length > 0 && (
        <section aria-labelledby="r-talks" className="results">
          <h2 id="r-talks">Talks</h2>
          <ul className="stack">
            {results.talks.map((t) => (
              <li key={t.id} className="card">
                <h3>
                  <Link href={talkPath(t.conference.slug, t.slug)}>
                    <Highlighted text={t.title} terms={terms} />
                  </Link>
                </h3>
                <p className="meta">
                  <span>
                    <KindBadge kind={t.kind} />
                  </span>
                  <span>{t.conference.name}</span>
                  {t.speakers.length > 0 && <span>{t.speakers.map((s) => s.speaker.name).join(", ")}</span>}
                </p>
                {(t.subtitle || t.abstract) && (
                  <p className="excerpt">
                    <Highlighted text={[t.subtitle, t.abstract].filter(Boolean).join(" — ")} terms={terms} />
                  </p>
                )}
              </li>
            ))}
          </ul>
          <MoreLink q={q} kind="talk" shown={results.talks.length} total={results.counts.talk} only={only} />
        </section>
      )}

      {results && results.speakers.length > 0 && (
        <section aria-labelledby="r-speakers" className="results">
          <h2 id="r-speakers">Speakers</h2>
          <ul className="stack">
            {results.speakers.map((s) => (
              <li key={s.id} className="card">
                <h3>
                  <Link href={speakerPath(s.slug)}>
                    <Highlighted text={s.name} terms={terms} />
                  </Link>
                </h3>
                {(s.role || s.affiliation) && <p className="meta">{roleLine(s.role, s.affiliation)}</p>}
                {s.bio && (
                  <p className="excerpt">
                    <Highlighted text={s.bio} terms={terms} />
                  </p>
                )}
              </li>
            ))}
          </ul>
          <MoreLink q={q} kind="speaker" shown={results.speakers.length} total={results.counts.speaker} only={only} />
        </section>
      )}

      {results && only && results.counts[only] > PAGE_SIZE && (
        <nav className="pager" aria-label="Pages">
          {page > 1 ? <Link href={searchHref(q, only, page - 1)}>← Previous</Link> : <span />}
          <span className="meta">
            Page {page} of {Math.ceil(results.counts[only] / PAGE_SIZE)}
          </span>
          {page * PAGE_SIZE < results.counts[only] ? <Link href={searchHref(q, only, page + 1)}>Next →</Link> : <span />}
        </nav>
      )}
    </>
  );
}

function MoreLink({ q, kind, shown, total, only }: { q: string; kind: SearchKind; shown: number; total: number; only?: SearchKind }) {
  if (only || total <= shown) return null;
  return (
    <p>
      <Link href={searchHref(q, kind)}>
        All {plural(total, LABELS[kind][0])} →
      </Link>
    </p>
  );
}
