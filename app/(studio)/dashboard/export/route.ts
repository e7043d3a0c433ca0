/**
 * GET /dashboard/export: the signed-in author's writeups (drafts included,
 * the trash not) as markdown files with front matter, in one zip. Signed-out
 * requests are sent to sign in and come back here.
 */
import { NextResponse } from "next/server";
import { getDb } from "@/lib/server/db";
import { currentUser, signInPath } from "@/lib/server/auth/current-user";
import { exportWriteups, exportZip } from "@/lib/server/services/export-writeups";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const user = await currentUser();
  if (!user) return NextResponse.redirect(new URL(signInPath("/dashboard/export"), request.url), 303);
  const db = getDb();
  const zip = exportZip(await exportWriteups(db, { authorId: user.id }));
  return new Response(new Uint8Array(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": 'attachment; filename="hallway-writeups.zip"',
      "Content-Length": String(zip.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
