import type { Metadata } from "next";
import Link from "next/link";
import { getPickerProgramme, listPickerConferences, PICKER_CONFERENCES, type PickTalk } from "@/lib/server/repositories/studio";
import { ERROR_MESSAGES, messageFor } from "@/components/editor/editor-messages";
import { formatDay, formatDayRange, formatTime } from "@/lib/core/format/dates";
import { getDb } from "@/lib/server/db";
import { hasRole } from "@/lib/core/auth/roles";
import { requireUser } from "@/lib/server/services/session";
import { startDraftAction } from "@/lib/server/actions/writeups";

export const metadata: Metadata = { title: "Write", robots: { index: false } };

type Props = { searchParams: Promise<{ conference?: string | string[]; error?: string | string[] }> };

function byDay(talks: PickTalk[]): [string, PickTalk[]][] {
  const days = new Map<string, PickTalk[]>();
  for (const t of talks) days.set(t.day ?? "", [...(days.get(t.day ?? "") ?? []), t]);
  return [...days.entries()];
}

/** A signed-in reader (a role an admin gives, e.g. after moderation) may read but not write. */
function CannotWrite() {
  return (
    <div className="studio">
      <header className="page-head">
        <h1>Write up a conference</h1>
      </header>
      <p className="notice" role="status">
        Your account can read and follow Hallway, but not publish writeups. If you think that’s a mistake, ask the site’s admins.
      </p>
    </div>
  );
}

export default async function WritePage({ searchParams }: Props) {
  const user = await requireUser("/write");
  if (!hasRole(user.role, "author")) return <CannotWrite />;
  const query = await searchParams;
  const chosen = Array.isArray(query.conference) ? query.conference[0] : query.conference;
  const db = getDb();
  const [conferences, programme] = await Promise.all([listPickerConferences(db), chosen ? getPickerProgramme(db, chosen) : null]);
  const error = messageFor(ERROR_MESSAGES, query.error);

  return (
    <div className="studio write-start">
      <header className="page-head">
        <p className="eyebrow">
          <Link href="/dashboard">Your writeups</Link>
        </p>
        <h1>Write up a conference</h1>
        <p className="lede">Start from the programme: pick the conference, tick the sessions you went to, and get an outline to fill in.</p>
      </header>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}

      {programme ? (
        <form action={startDraftAction} className="form-card write-programme">
          <input type="hidden" name="conference" value={programme.conference.slug} />
          <h2>{programme.conference.name}</h2>
          <p className="hint">
            {formatDayRange(programme.conference.startsOn, programme.conference.endsOn)} · Tick the sessions you attended; each becomes a linked heading in your draft.{" "}
            <Link href="/write">Pick another conference</Link>
          </p>
          {programme.talks.length === 0 && <p className="empty">This conference has no programme yet. You can still start writing about it.</p>}
          {byDay(programme.talks).map(([day, talks]) => (
            <fieldset key={day || "undated"} className="pick-day">
              <legend>{day ? formatDay(day) : "Other sessions"}</legend>
              <ul className="pick-list">
                {talks.map((t) => (
                  <li key={t.id}>
                    <label>
                      <input type="checkbox" name={`talks.${programme.talks.indexOf(t)}`} value={t.id} />
                      <span className="pick-time">{t.startsAt ? formatTime(t.startsAt, programme.conference.timezone) : ""}</span>
                      <span className="pick-talk">
                        <span className="pick-title">{t.title}</span>
                        {t.speakers.length > 0 && <span className="pick-who">{t.speakers.map((s) => s.speaker.name).join(", ")}</span>}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <div className="editor-actions sticky-actions">
            <button type="submit" className="button">
              Start writing
            </button>
          </div>
        </form>
      ) : (
        <form method="get" action="/write" className="form-card write-pick">
          <fieldset className="field">
            <legend>Which conference?</legend>
            {conferences.length === 0 && <p className="empty">No conferences on this site yet.</p>}
            <ul className="pick-list">
              {conferences.map((c, i) => (
                <li key={c.slug}>
                  <label>
                    <input type="radio" name="conference" value={c.slug} required defaultChecked={i === 0} />
                    <span className="pick-talk">
                      <span className="pick-title">{c.name}</span>
                      <span className="pick-who">
                        {[formatDayRange(c.startsOn, c.endsOn), c.location, `${c._count.talks} sessions`].filter(Boolean).join(" · ")}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            {conferences.length === PICKER_CONFERENCES && <p className="hint">The {PICKER_CONFERENCES} most recent conferences.</p>}
          </fieldset>
          <button type="submit" className="button">
            Show its programme
          </button>
        </form>
      )}

      <form action={startDraftAction} className="write-blank">
        <p>
          Or{" "}
          <button type="submit" className="link-button">
            start a blank writeup
          </button>{" "}
          and choose its conferences in the editor.
        </p>
      </form>
    </div>
  );
}
