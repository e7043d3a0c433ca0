"use client";
/**
 * The programme upload form. Works without JavaScript (a plain multipart post
 * whose result renders in place); with it, the button shows progress. The
 * result lists what the import created, updated and removed, or says exactly
 * where the file is wrong, and a failed import changes nothing.
 */
import Link from "next/link";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ImportResult } from "@/lib/server/actions/admin";
import { conferencePath } from "@/lib/paths";

const FORMATS: [string, string][] = [
  ["auto", "Detect from the file"],
  ["frab-xml", "frab / Pentabarf XML (schedule.xml)"],
  ["c3voc-json", "C3VOC schedule JSON"],
  ["sessionize-json", "Sessionize JSON"],
  ["ical", "iCalendar (.ics)"],
  ["hallway-json", "Hallway JSON"],
  ["hallway-csv", "Hallway CSV"],
];

type Props = { action: (previous: ImportResult | null, form: FormData) => Promise<ImportResult> };

const counts = (c: { created: number; updated: number; unchanged: number; removed?: number }) =>
  [`${c.created} new`, `${c.updated} updated`, `${c.unchanged} unchanged`, ...(c.removed ? [`${c.removed} removed`] : [])].join(", ");

export function ImportForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const errors = state && !state.ok ? state.fieldErrors : {};
  const err = (name: string) => errors[name]?.[0];

  // Submitting by hand keeps the chosen file in the form (an action prop would
  // reset it), so "Check only" can be followed by "Import".
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }

  return (
    <>
      {state?.ok && (
        <div className="notice notice-ok" role="status">
          <p>
            <strong>{state.data.summary.dryRun ? "Checked, nothing saved:" : "Imported:"}</strong> {state.data.filename} →{" "}
            {state.data.summary.dryRun ? (
              state.data.summary.conference.name
            ) : (
              <Link href={conferencePath(state.data.summary.conference.slug)}>{state.data.summary.conference.name}</Link>
            )}{" "}
            ({state.data.summary.conference.created ? "a new conference" : state.data.summary.conference.updated ? "conference details updated" : "an existing conference"})
          </p>
          <ul>
            <li>Talks: {counts(state.data.summary.talks)}{state.data.summary.talks.withdrawn ? `, ${state.data.summary.talks.withdrawn} withdrawn (kept for the writeups that mention them)` : ""}</li>
            <li>Speakers: {counts(state.data.summary.speakers)}</li>
          </ul>
        </div>
      )}
      {state && !state.ok && (
        <div className="notice notice-error" role="alert">
          <p>{state.error}</p>
        </div>
      )}
      <form action={formAction} onSubmit={onSubmit} className="form-card import-form">
        <div className="field">
          <label htmlFor="file">Programme file</label>
          <input id="file" name="file" type="file" accept=".xml,.json,.ics,.csv,.ical,text/xml,application/json,text/calendar,text/csv" aria-invalid={!!err("file")} aria-describedby="file-hint" />
          <p className="hint" id="file-hint">
            Up to 50 MB. Importing the same conference again updates it: changed talks are updated, and talks no longer in the file are withdrawn or removed.
          </p>
        </div>
        <details className="field" open={!!values.text}>
          <summary>Or paste it</summary>
          <label htmlFor="text" className="visually-hidden">
            Programme text
          </label>
          <textarea id="text" name="text" rows={8} spellCheck={false} defaultValue={values.text ?? ""} />
        </details>
        <div className="field">
          <label htmlFor="format">Format</label>
          <select id="format" name="format" defaultValue={values.format ?? "auto"}>
            {FORMATS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="conference">Conference address (optional)</label>
          <input id="conference" name="conference" defaultValue={values.conference ?? ""} placeholder="e.g. fosdem-2026" aria-invalid={!!err("conference")} aria-describedby="conference-hint" autoCapitalize="none" spellCheck={false} />
          <p className="hint" id="conference-hint">
            The slug in /conferences/…; leave empty to take it from the file.
          </p>
          {err("conference") && <p className="field-error">{err("conference")}</p>}
        </div>
        <div className="field">
          <label htmlFor="timezone">Time zone (optional)</label>
          <input id="timezone" name="timezone" defaultValue={values.timezone ?? ""} placeholder="e.g. Europe/Brussels" aria-invalid={!!err("timezone")} aria-describedby="timezone-hint" />
          <p className="hint" id="timezone-hint">
            For files whose times carry no zone. A zone in the file wins.
          </p>
          {err("timezone") && <p className="field-error">{err("timezone")}</p>}
        </div>
        <div className="editor-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Importing…" : "Import"}
          </button>
          <button type="submit" name="dryRun" value="1" className="button button-secondary" disabled={pending}>
            Check only
          </button>
        </div>
      </form>
    </>
  );
}
