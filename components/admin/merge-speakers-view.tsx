import Link from "next/link";
import { MergeForm } from "@/components/admin/merge-form-client";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import type { SpeakerCandidate } from "@/lib/server/queries/admin-lists";
import type { MergeSummary } from "@/lib/server/services/merge-speakers";
import { ADMIN_QUERY_MAX } from "@/lib/validations/admin";
import { speakerPath } from "@/lib/paths";

function Who({ s }: { s: SpeakerCandidate }) {
  return (
    <>
      <Link href={speakerPath(s.slug)}>{s.name}</Link> <code>{s.slug}</code>
      <span className="meta">
        {" "}
        · {[s.affiliation, `${s.talks} ${s.talks === 1 ? "talk" : "talks"}`].filter(Boolean).join(" · ")}
      </span>
    </>
  );
}

export interface MergeSpeakersViewProps {
  found: SpeakerCandidate[];
  pairs: [SpeakerCandidate, SpeakerCandidate][];
  q: string;
  /** The two sides, when a "Merge these…" link filled them in. */
  keep?: string;
  duplicate?: string;
  merge: (previous: ActionResult<MergeSummary> | null, form: FormData) => Promise<ActionResult<MergeSummary>>;
}

/** /admin/speakers: merge two records of one person, find speakers, and likely duplicates. */
export function MergeSpeakersView({ found, pairs, q, keep, duplicate, merge }: MergeSpeakersViewProps) {
  const mergeHref = (keep: string, duplicate: string) => `/admin/speakers?${new URLSearchParams({ keep, duplicate })}#merge`;

  return (
    <>
      <header className="page-head">
        <h1>Merge speakers</h1>
        <p className="lede">A speaker is one person across all conferences. Imports match people by name; when one person still has two records, merge them here.</p>
      </header>

      <section aria-labelledby="merge" className="dash-section">
        <h2 id="merge">Merge two records</h2>
        <MergeForm key={`${keep ?? ""}|${duplicate ?? ""}`} action={merge} keep={keep} duplicate={duplicate} />
      </section>

      <section aria-labelledby="find" className="dash-section">
        <h2 id="find">Find speakers</h2>
        <form method="get" action="/admin/speakers" className="admin-search" role="search">
          <label htmlFor="speaker-q">Name or slug</label>
          <div className="admin-search-row">
            <input id="speaker-q" name="q" type="search" defaultValue={q} maxLength={ADMIN_QUERY_MAX} placeholder="e.g. Mónica" />
            <button type="submit" className="button button-small">
              Find
            </button>
          </div>
        </form>
        {q && (found.length === 0 ? <p className="empty">No speaker matches “{q}”.</p> : (
          <ul className="plain-list">
            {found.map((s) => (
              <li key={s.slug}>
                <Who s={s} />
              </li>
            ))}
          </ul>
        ))}
      </section>

      <section aria-labelledby="likely" className="dash-section">
        <h2 id="likely">Probably the same person</h2>
        {pairs.length === 0 ? (
          <p className="empty">No likely duplicates: no two speakers share a name or a surname with a matching first name.</p>
        ) : (
          <ul className="stack dash-list">
            {pairs.map(([a, b]) => (
              <li key={`${a.slug}-${b.slug}`} className="card">
                <p>
                  <Who s={a} />
                </p>
                <p>
                  <Who s={b} />
                </p>
                <p>
                  <Link href={mergeHref(a.talks >= b.talks ? a.slug : b.slug, a.talks >= b.talks ? b.slug : a.slug)}>Merge these…</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
