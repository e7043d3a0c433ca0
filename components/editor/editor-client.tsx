"use client";
/**
 * The writeup editor: the one interactive island of the edit page.
 *
 * Without JavaScript it is a plain form: Save / Publish / Unpublish post to
 * saveWriteupAction, which redirects back on success, or renders this form
 * again (useActionState) with the author's text kept and the error or the
 * newer version shown. With JavaScript it also
 *   - saves a draft 2 s after typing stops (never a published writeup: edits
 *     to those go live only when the author says so), one save at a time, each
 *     carrying the version it edited and taking the new one from the answer;
 *   - previews the markdown through the server's one renderer as you type;
 *   - accepts or rejects suggested talk links in place, one answer per talk
 *     and phrase, or links another candidate the same words could mean;
 *   - Ctrl/⌘+S saves, Ctrl/⌘+Shift+Enter publishes.
 * A failed save never touches the text in the form.
 */
import { useActionState, useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { ActionResult, FieldErrors } from "@/lib/server/actions/safe-action";
import type { SaveOutcome, StaleWriteup } from "@/lib/server/actions/writeups";
import type { SuggestionView } from "@/lib/core/writeups/suggestion-view";

type SaveResult = ActionResult<SaveOutcome>;
type DecideResult = ActionResult<{ bodyHtml: string; suggestions: SuggestionView[]; occurrences: number }>;
type Intent = "save" | "publish" | "unpublish";

export interface EditorWriteup {
  id: string;
  slug: string;
  version: number;
  title: string;
  body: string;
  summary: string;
  canonicalUrl: string;
  conferences: string[];
  state: "draft" | "published";
  publishedAt: string | null;
  bodyHtml: string;
}

interface Props {
  writeup: EditorWriteup;
  conferenceOptions: { slug: string; name: string; when: string }[];
  suggestions: SuggestionView[];
  /** A message for the page's last redirect (?done=…), already looked up. */
  notice: string | null;
  save: (previous: SaveResult | null, form: FormData) => Promise<SaveResult>;
  decide: (previous: DecideResult | null, form: FormData) => Promise<DecideResult>;
  preview: (body: string) => Promise<string>;
}

interface Fields {
  title: string;
  body: string;
  summary: string;
  canonicalUrl: string;
  conferences: string[];
}

const AUTOSAVE_MS = 2000;
const PREVIEW_MS = 300;
const editPath = (slug: string) => `/writeups/${slug}/edit`;
const clock = (d: Date) => d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
const snapshot = (f: Fields) => JSON.stringify([f.title, f.body, f.summary, f.canonicalUrl, [...f.conferences].sort()]);

/** What the form shows first: the saved writeup, or (after a no-JS post that failed) what was sent. */
function initialFields(writeup: EditorWriteup, state: SaveResult | null): { fields: Fields; version: number } {
  const saved = { title: writeup.title, body: writeup.body, summary: writeup.summary, canonicalUrl: writeup.canonicalUrl, conferences: writeup.conferences };
  if (state && !state.ok && state.values) {
    const v = state.values;
    const conferences = Object.entries(v)
      .filter(([k]) => k.startsWith("conferences."))
      .map(([, slug]) => slug);
    return {
      fields: { title: v.title ?? "", body: v.body ?? "", summary: v.summary ?? "", canonicalUrl: v.canonicalUrl ?? "", conferences },
      version: Number(v.version) || writeup.version,
    };
  }
  if (state?.ok && state.data.status === "stale") {
    const { version, ...mine } = state.data.mine;
    return { fields: mine, version };
  }
  return { fields: saved, version: writeup.version };
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={id}>
      {errors.join(" ")}
    </p>
  );
}

const EDITOR_FORM_ID = "editor-form";

/** A general session has a dozen speakers: name the first few. */
const speakerList = (names: string[], shown = 4) => (names.length <= shown + 1 ? names.join(", ") : `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`);

export function Editor({ writeup, conferenceOptions, suggestions: initialSuggestions, notice, save, decide, preview }: Props) {
  const [formState, formAction, formPending] = useActionState(save, null);
  const [decideState, decideAction] = useActionState(decide, null);
  const start = initialFields(writeup, formState);

  const [enhanced, setEnhanced] = useState(false);
  const [fields, setFields] = useState<Fields>(start.fields);
  const [slug, setSlug] = useState(writeup.slug);
  const [published, setPublished] = useState(writeup.state === "published");
  const [previewHtml, setPreviewHtml] = useState(writeup.bodyHtml);
  const [suggestions, setSuggestions] = useState(initialSuggestions);
  const [status, setStatus] = useState<string | null>(notice);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(formState && !formState.ok ? formState.error : null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>(formState && !formState.ok ? formState.fieldErrors : {});
  const [conflict, setConflict] = useState<StaleWriteup | null>(formState?.ok && formState.data.status === "stale" ? formState.data : null);
  const [version, setVersion] = useState(start.version);

  // Refs mirror what an in-flight save needs to read at the moment it runs.
  const formRef = useRef<HTMLFormElement>(null);
  const versionRef = useRef(start.version);
  const baseVersionRef = useRef<number | null>(null);
  const savedSnapshot = useRef(snapshot({ title: writeup.title, body: writeup.body, summary: writeup.summary, canonicalUrl: writeup.canonicalUrl, conferences: writeup.conferences }));
  const fieldsRef = useRef(fields);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const previewSeq = useRef(0);
  /**
   * The stored HTML of the text as saved (with its talk links) wins over a
   * live preview of the same text that is still on its way: the one in flight
   * would bring the text back without links.
   */
  const showStored = useCallback((html: string) => {
    previewSeq.current++;
    setPreviewHtml(html);
  }, []);
  const firstRender = useRef(true);

  fieldsRef.current = fields;
  const dirty = snapshot(fields) !== savedSnapshot.current;

  useEffect(() => setEnhanced(true), []);

  const runSave = useCallback(
    async (intent: Intent) => {
      const form = formRef.current;
      if (!form) return;
      const data = new FormData(form);
      data.set("intent", intent);
      data.set("enhanced", "1");
      data.set("version", String(versionRef.current));
      data.delete("baseVersion");
      if (baseVersionRef.current !== null) data.set("baseVersion", String(baseVersionRef.current));
      const sent = fieldsRef.current;
      setSaving(true);
      setStatus(intent === "publish" ? "Publishing…" : intent === "unpublish" ? "Unpublishing…" : "Saving…");
      let result: SaveResult;
      try {
        result = await save(null, data);
      } catch {
        setSaving(false);
        setStatus(null);
        setError("Not saved: the server could not be reached. Your text is still here; try again in a moment.");
        return;
      }
      setSaving(false);
      if (!result.ok) {
        setStatus(null);
        setError(result.error);
        setFieldErrors(result.fieldErrors);
        return;
      }
      const outcome = result.data;
      if (outcome.status === "stale") {
        setStatus(null);
        setError(null);
        setConflict(outcome);
        return;
      }
      versionRef.current = outcome.version;
      baseVersionRef.current = null;
      setVersion(outcome.version);
      setConflict(null);
      setFieldErrors({});
      setError(outcome.refused ?? null);
      savedSnapshot.current = snapshot(sent);
      setPublished(outcome.state === "published");
      setSuggestions(outcome.suggestions);
      if (outcome.slug !== slug) {
        setSlug(outcome.slug);
        // A draft's address follows its title; keep the address bar true.
        window.history.replaceState(window.history.state, "", editPath(outcome.slug));
      }
      // The stored HTML carries the talk links; show it unless the text moved on.
      if (fieldsRef.current.body === sent.body) showStored(outcome.bodyHtml);
      const verb = outcome.refused ? "Saved" : outcome.intent === "publish" ? "Published" : outcome.intent === "unpublish" ? "Unpublished" : "Saved";
      setStatus(`${verb} ${clock(new Date(outcome.savedAt))}`);
    },
    [save, slug, showStored],
  );

  /** One save at a time: a second one waits and then carries the first one's new version. */
  const requestSave = useCallback(
    (intent: Intent) => {
      queue.current = queue.current.then(() => runSave(intent));
      return queue.current;
    },
    [runSave],
  );

  // Autosave drafts; a conflict waits for the author's choice.
  useEffect(() => {
    if (!enhanced || published || conflict || !dirty) return;
    const timer = setTimeout(() => void requestSave("save"), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [enhanced, published, conflict, dirty, fields, requestSave]);

  // Live preview of the text as typed, through the server's renderer.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const seq = ++previewSeq.current;
    const timer = setTimeout(() => {
      preview(fields.body).then(
        (html) => {
          if (seq === previewSeq.current) setPreviewHtml(html);
        },
        () => undefined,
      );
    }, PREVIEW_MS);
    return () => clearTimeout(timer);
  }, [fields.body, preview]);

  // Leaving with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!enhanced) return;
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name === "baseVersion") {
      baseVersionRef.current = Number(submitter.value);
      void requestSave("save");
      return;
    }
    const intent = (submitter?.value as Intent | undefined) ?? "save";
    void requestSave(intent);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (!(event.ctrlKey || event.metaKey)) return;
    if (event.key.toLowerCase() === "s") {
      event.preventDefault();
      void requestSave("save");
    } else if (event.key === "Enter" && event.shiftKey && !published) {
      event.preventDefault();
      void requestSave("publish");
    }
  }

  function takeNewer() {
    if (!conflict) return;
    const { latest } = conflict;
    versionRef.current = latest.version;
    setVersion(latest.version);
    const next = { ...fieldsRef.current, title: latest.title, body: latest.body };
    savedSnapshot.current = snapshot(next);
    setFields(next);
    setConflict(null);
    setStatus("Loaded the newer version");
  }

  async function onDecide(event: FormEvent<HTMLFormElement>) {
    if (!enhanced) return;
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    // "accept:<id>" names the candidate chosen; the best guess is the suggestion's own id.
    const [decision, choice] = (submitter?.value ?? "").split(":");
    data.set("decision", decision === "reject" ? "reject" : "accept");
    if (choice && choice !== data.get("id")) data.set("choice", choice);
    data.set("enhanced", "1");
    // A decision applies to the saved text: save what is typed first.
    if (snapshot(fieldsRef.current) !== savedSnapshot.current) await requestSave("save");
    const result = await decide(null, data);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setSuggestions(result.data.suggestions);
    if (snapshot(fieldsRef.current) === savedSnapshot.current) showStored(result.data.bodyHtml);
    const times = result.data.occurrences > 1 ? ` (${result.data.occurrences} times)` : "";
    setStatus(data.get("decision") === "accept" ? `Linked${times}` : `Suggestion dismissed${times}`);
  }

  /** With JavaScript a button says accept:<talk id> or reject; without, it carries the whole decision to the editor's form. */
  const decisionButton = (s: SuggestionView, decision: "accept" | "reject", choice?: string) => {
    const chosen = choice && choice !== s.id ? { choice } : {};
    return enhanced
      ? { name: "decision", value: decision === "accept" ? `accept:${choice ?? s.id}` : "reject" }
      : { name: "decide", value: JSON.stringify({ decision, kind: s.kind, id: s.id, start: s.start, end: s.end, text: s.text, ...chosen }), form: EDITOR_FORM_ID };
  };

  const set = (name: keyof Omit<Fields, "conferences">) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));
  const toggleConference = (slug: string, on: boolean) =>
    setFields((f) => ({ ...f, conferences: on ? [...f.conferences, slug] : f.conferences.filter((s) => s !== slug) }));
  const describedBy = (name: string, hint?: string) => [hint, fieldErrors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const decideError = decideState && !decideState.ok ? decideState.error : null;
  const shownError = error ?? decideError;
  const pending = saving || formPending;

  return (
    <div className="editor">
      <form ref={formRef} id={EDITOR_FORM_ID} action={formAction} onSubmit={onSubmit} onKeyDown={onKeyDown} className="form-card editor-form" noValidate>
        <input type="hidden" name="id" value={writeup.id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="enhanced" value={enhanced ? "1" : ""} />

        <div className="editor-bar">
          <p className="editor-where">
            {published ? (
              <>
                <span className="badge badge-covered">Published</span> at <a href={`/writeups/${slug}`}>/writeups/{slug}</a>
              </>
            ) : (
              <>
                <span className="badge">Draft</span> only you can see it{enhanced ? "; it saves as you type" : ""}
              </>
            )}
          </p>
          <p className="editor-status" role="status" aria-live="polite">
            {conflict ? "Not saved: changed elsewhere" : (status ?? (dirty && enhanced ? "Unsaved changes" : ""))}
          </p>
        </div>

        {shownError && (
          <p className="notice notice-error" role="alert">
            {shownError}
          </p>
        )}

        {conflict && (
          <div className="notice notice-error editor-conflict" role="alert">
            <p>
              <strong>Not saved.</strong> {conflict.message}
            </p>
            <details open>
              <summary>Newer version saved elsewhere ({new Date(conflict.latest.updatedAt).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })})</summary>
              <p className="conflict-title">{conflict.latest.title}</p>
              <pre className="conflict-text" data-testid="newer-version">
                {conflict.latest.body}
              </pre>
            </details>
            <div className="editor-actions">
              <button type="submit" name="baseVersion" value={conflict.latest.version} className="button">
                Save mine over it
              </button>
              {enhanced ? (
                <button type="button" className="button button-secondary" onClick={takeNewer}>
                  Use the newer version
                </button>
              ) : (
                <a className="button button-secondary" href={editPath(slug)}>
                  Discard mine, load the newer version
                </a>
              )}
            </div>
          </div>
        )}

        <div className="field">
          <label htmlFor="title">Title</label>
          <input id="title" name="title" required maxLength={200} value={fields.title} onChange={set("title")} aria-invalid={!!fieldErrors.title} aria-describedby={describedBy("title")} />
          <FieldError id="title-error" errors={fieldErrors.title} />
        </div>

        <fieldset className="field editor-conferences" aria-describedby={describedBy("conferences")}>
          <legend>Conferences covered</legend>
          {conferenceOptions.length === 0 && <p className="hint">No conferences on this site yet.</p>}
          <ul>
            {conferenceOptions.map((c, i) => (
              <li key={c.slug}>
                <label>
                  <input
                    type="checkbox"
                    name={`conferences.${i}`}
                    value={c.slug}
                    checked={fields.conferences.includes(c.slug)}
                    onChange={(e) => toggleConference(c.slug, e.target.checked)}
                  />
                  <span>
                    {c.name} {c.when && <span className="hint-inline">{c.when}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <FieldError id="conferences-error" errors={fieldErrors.conferences} />
        </fieldset>

        <div className="field">
          <label htmlFor="body">Text (markdown)</label>
          <textarea
            id="body"
            name="body"
            rows={18}
            value={fields.body}
            onChange={set("body")}
            spellCheck
            aria-invalid={!!fieldErrors.body}
            aria-describedby={describedBy("body", "body-hint")}
          />
          <p className="hint" id="body-hint">
            Markdown: <code>## Heading</code>, <code>**bold**</code>, <code>[link](https://…)</code>. Name a talk by its title and Hallway links it.
          </p>
          <FieldError id="body-error" errors={fieldErrors.body} />
        </div>

        <details className="editor-more" open={!!(fieldErrors.summary || fieldErrors.canonicalUrl || fields.summary || fields.canonicalUrl)}>
          <summary>Summary and original address</summary>
          <div className="field">
            <label htmlFor="summary">Summary</label>
            <textarea id="summary" name="summary" rows={2} maxLength={300} value={fields.summary} onChange={set("summary")} aria-invalid={!!fieldErrors.summary} aria-describedby={describedBy("summary", "summary-hint")} />
            <p className="hint" id="summary-hint">
              One or two sentences for lists and link previews (optional).
            </p>
            <FieldError id="summary-error" errors={fieldErrors.summary} />
          </div>
          <div className="field">
            <label htmlFor="canonicalUrl">Originally published at</label>
            <input
              id="canonicalUrl"
              name="canonicalUrl"
              type="url"
              inputMode="url"
              placeholder="https://your-blog.example/…"
              value={fields.canonicalUrl}
              onChange={set("canonicalUrl")}
              aria-invalid={!!fieldErrors.canonicalUrl}
              aria-describedby={describedBy("canonicalUrl", "canonical-hint")}
            />
            <p className="hint" id="canonical-hint">
              If this first appeared on your own site, its address there: search engines will credit it.
            </p>
            <FieldError id="canonicalUrl-error" errors={fieldErrors.canonicalUrl} />
          </div>
        </details>

        <div className="editor-actions">
          <button type="submit" name="intent" value="save" className={published ? "button" : "button button-secondary"} disabled={pending}>
            {published ? "Update" : "Save draft"}
          </button>
          {published ? (
            <button type="submit" name="intent" value="unpublish" className="button button-secondary" disabled={pending}>
              Unpublish
            </button>
          ) : (
            <button type="submit" name="intent" value="publish" className="button" disabled={pending}>
              Publish
            </button>
          )}
        </div>
        <p className="hint editor-keys">
          Shortcuts: <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>S</kbd> save{published ? "" : <>, <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> publish</>}.
        </p>
      </form>

      <div className="editor-side">
        <section className="editor-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <p className="hint">As readers will see it. Talk links appear once the text is saved.</p>
          {/* HTML from lib/core/markdown/render-markdown.ts: sanitized on the server. */}
          <div className="prose editor-preview-body" data-testid="preview" dangerouslySetInnerHTML={{ __html: previewHtml }} />
        </section>

        <section className="editor-suggestions" aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">Suggested links</h2>
          {suggestions.length === 0 ? (
            <p className="hint">No open suggestions. Talks named clearly are linked without asking.</p>
          ) : (
            <>
              <p className="hint">
                These words may name a talk or speaker. One answer covers every time the words appear, and Hallway remembers it for later writeups.
              </p>
              <ul className="suggestions">
                {suggestions.map((s) => (
                  <li key={`${s.kind}-${s.id}-${s.start}`} className="suggestion">
                    <p className="suggestion-words">
                      “<span className="suggestion-text">{s.text}</span>”{" "}
                      {s.count > 1 && <span className="badge suggestion-count">{s.count} times</span>}
                    </p>
                    <p className="suggestion-why">
                      <span className="visually-hidden">Why: </span>
                      {s.reason}
                    </p>
                    <form action={decideAction} onSubmit={onDecide} className="suggestion-form">
                      <input type="hidden" name="writeupId" value={writeup.id} />
                      <input type="hidden" name="kind" value={s.kind} />
                      <input type="hidden" name="id" value={s.id} />
                      <input type="hidden" name="start" value={s.start} />
                      <input type="hidden" name="end" value={s.end} />
                      <input type="hidden" name="text" value={s.text} />
                      <input type="hidden" name="enhanced" value={enhanced ? "1" : ""} />
                      {/* One button per candidate: picking another talk is one click too.
                          Without JavaScript these buttons submit the editor's form, so the
                          decision is saved together with whatever was typed since. */}
                      {[s.target, ...s.others].map((t, i) => (
                        <div className="suggestion-candidate" key={t.id}>
                          <p className="candidate-facts">
                            {i === 0 && s.others.length > 0 && <span className="candidate-best">Best guess: </span>}
                            <a href={t.href} target="_blank" rel="noopener" className="candidate-title">
                              {t.title}
                            </a>
                            {(t.conference || t.day) && <span className="candidate-meta">{[t.conference, t.day].filter(Boolean).join(" · ")}</span>}
                            {t.speakers && t.speakers.length > 0 && <span className="candidate-meta">{speakerList(t.speakers)}</span>}
                          </p>
                          <button type="submit" {...decisionButton(s, "accept", t.id)} className={i === 0 ? "button button-small" : "button button-secondary button-small"}>
                            {i === 0 ? "Accept" : "Choose this"}
                            <span className="visually-hidden">
                              {" "}
                              link for “{s.text}” to {t.title}
                            </span>
                          </button>
                        </div>
                      ))}
                      <button type="submit" {...decisionButton(s, "reject")} className="button button-secondary button-small suggestion-reject">
                        {s.others.length > 0 ? "None of these" : "Reject"}
                        <span className="visually-hidden"> link for “{s.text}”</span>
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
