import Link from "next/link";
import { formatDay } from "@/lib/core/format/dates";
import type { AdminTalkRow } from "@/lib/server/queries/admin-talks";
import { ADMIN_QUERY_MAX } from "@/lib/validations/admin";

export interface AdminTalksViewProps {
  q: string;
  list: { rows: AdminTalkRow[]; limit: number };
}

/** /admin/talks: find a talk to see and edit the phrases writers use for it. */
export function AdminTalksView({ q, list: { rows, limit } }: AdminTalksViewProps) {
  return (
    <>
      <header className="page-head">
        <h1>Talks</h1>
        <p className="lede">Find a talk to see the phrases writers use for it (its aliases), and correct them.</p>
      </header>
      <form method="get" action="/admin/talks" className="admin-search" role="search">
        <label htmlFor="talks-q">Find a talk</label>
        <div className="admin-search-row">
          <input id="talks-q" name="q" type="search" defaultValue={q} maxLength={ADMIN_QUERY_MAX} placeholder="Words of its title" />
          <button type="submit" className="button button-small">
            Find
          </button>
        </div>
      </form>
      <p className="meta">
        {q ? `Talks whose title contains “${q}”` : "Talks with aliases"}
        {rows.length >= limit ? ` (the first ${limit})` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="hint">{q ? "No talk matches." : "No talk has aliases yet. They appear as authors confirm or reject suggestions."}</p>
      ) : (
        <ul className="stack dash-list">
          {rows.map((t) => (
            <li key={t.id} className="card dash-row">
              <h2>
                <Link href={`/admin/talks/${t.id}`}>{t.title}</Link>
              </h2>
              <p className="meta">
                {[t.conference.name, t.day ? formatDay(t.day) : null, t.speakers.map((s) => s.speaker.name).join(", ") || null].filter(Boolean).join(" · ")} ·{" "}
                {t._count.aliases} {t._count.aliases === 1 ? "alias" : "aliases"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
