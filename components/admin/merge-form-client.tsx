"use client";
/** The speaker merge form: two slugs (or pasted speaker URLs), and what the merge moved. */
import Link from "next/link";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/server/actions/safe-action";
import type { MergeSummary } from "@/lib/server/services/merge-speakers";
import { speakerPath } from "@/lib/paths";

type Props = {
  action: (previous: ActionResult<MergeSummary> | null, form: FormData) => Promise<ActionResult<MergeSummary>>;
  keep?: string;
  duplicate?: string;
};

export function MergeForm({ action, keep = "", duplicate = "" }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const err = (name: string) => (state && !state.ok ? state.fieldErrors[name]?.[0] : undefined);
  return (
    <>
      {state?.ok && (
        <p className="notice notice-ok" role="status">
          Merged <strong>{state.data.merged.name}</strong> into <Link href={speakerPath(state.data.kept.slug)}>{state.data.kept.name}</Link>: {state.data.talks}{" "}
          {state.data.talks === 1 ? "talk" : "talks"} and {state.data.mentions} {state.data.mentions === 1 ? "mention" : "mentions"} moved, {state.data.writeupsRerendered}{" "}
          {state.data.writeupsRerendered === 1 ? "writeup" : "writeups"} relinked. /speakers/{state.data.merged.slug} now redirects.
        </p>
      )}
      {state && !state.ok && (
        <p className="notice notice-error" role="alert">
          {state.error}
        </p>
      )}
      <form action={formAction} className="form-card merge-form">
        <div className="field">
          <label htmlFor="keep">Keep this speaker</label>
          <input id="keep" name="keep" required defaultValue={values.keep ?? keep} placeholder="slug, e.g. diogo-monica" autoCapitalize="none" spellCheck={false} aria-invalid={!!err("keep")} />
          {err("keep") && <p className="field-error">{err("keep")}</p>}
        </div>
        <div className="field">
          <label htmlFor="duplicate">Merge this duplicate into it</label>
          <input id="duplicate" name="duplicate" required defaultValue={values.duplicate ?? duplicate} placeholder="slug or speaker page address" autoCapitalize="none" spellCheck={false} aria-invalid={!!err("duplicate")} />
          {err("duplicate") && <p className="field-error">{err("duplicate")}</p>}
          <p className="hint">The duplicate’s talks and the links to it in writeups move to the kept speaker; its empty details fill the kept one’s gaps. This can’t be undone.</p>
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Merging…" : "Merge"}
        </button>
      </form>
    </>
  );
}
