import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { EditWriteupView, TrashedWriteupView } from "@/components/editor/edit-writeup-view";
import { DONE_MESSAGES, ERROR_MESSAGES, messageFor } from "@/components/editor/editor-messages";
import { requireUser } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getEditWriteup } from "@/lib/server/queries/studio-edit-writeup";
import { TRASH_DAYS } from "@/lib/server/services/writeup-lifecycle";
import { changeSlugAction, decideMentionAction, previewMarkdownAction, restoreWriteupAction, saveWriteupAction, trashWriteupAction } from "@/lib/server/actions/writeups";
import { firstParam } from "@/lib/validations/params";

export const metadata: Metadata = { title: "Edit writeup", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const actions = { save: saveWriteupAction, decide: decideMentionAction, preview: previewMarkdownAction, changeSlug: changeSlugAction, trash: trashWriteupAction };

export default async function EditWriteupPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const user = await requireUser(`/writeups/${slug}/edit`);
  const found = await getEditWriteup(getDb(), user, slug);
  // A published writeup's old address is followed for its author only; someone else's writeup, draft or not, is simply not there.
  if (found.kind === "moved") redirect(`/writeups/${found.slug}/edit`);
  if (found.kind === "missing") notFound();
  if (found.kind === "trashed") {
    const daysLeft = Math.max(0, TRASH_DAYS - Math.floor((Date.now() - found.deletedAt.getTime()) / 86_400_000));
    return <TrashedWriteupView writeup={found.writeup} daysLeft={daysLeft} restore={restoreWriteupAction} />;
  }
  return (
    <EditWriteupView
      data={found}
      notice={messageFor(DONE_MESSAGES, query.done)}
      failed={messageFor(ERROR_MESSAGES, query.error)}
      slugError={query.slugError}
      wanted={firstParam(query.wanted)}
      trashDays={TRASH_DAYS}
      actions={actions}
    />
  );
}
