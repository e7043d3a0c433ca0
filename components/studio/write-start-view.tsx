import Link from "next/link";
import { ERROR_MESSAGES, messageFor } from "@/components/editor/editor-messages";
import { formatDay, formatDayRange, formatTime } from "@/lib/core/format/dates";
import { PICKER_CONFERENCES, type PickTalk, type WriteStart } from "@/lib/server/queries/studio-write";

function byDay(talks: PickTalk[]): [string, PickTalk[]][] {
  const days = new Map<string, PickTalk[]>();
  for (const t of talks) days.set(t.day ?? "", [...(days.get(t.day ?? "") ?? []), t]);
  return [...days.entries()];
}

/** A signed-in reader (a role an admin gives, e.g. after moderation) may read but not write. */
export function CannotWrite() {
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

export interface WriteStartViewProps extends WriteStart {
  error?: string | string[];
  startDraft: (form: FormData) => Promise<void>;
}

/** /write: pick a conference, tick the sessions attended, start a draft with an outline. */
export function WriteStartView({ conferences, programme, error: errorCode, startDraft }: WriteStartViewProps) {
  const error = messageFor(ERROR_MESSAGES, errorCode);

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
        <form action={startDraft} className="form-card write-programme">
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

      <form action={startDraft} className="write-blank">
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
