import type { Metadata } from "next";
import { ImportForm } from "@/components/admin/import-form-client";
import { importProgrammeAction } from "@/lib/server/actions/admin";
import { requireRole } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Import a programme", robots: { index: false } };

export default async function ImportPage() {
  await requireRole("organizer", "/admin/import");
  return (
    <>
      <header className="page-head">
        <h1>Import a programme</h1>
        <p className="lede">
          Bring a conference’s talks, speakers, times and rooms in from the file its organizers already publish. The same importer runs on the command line as{" "}
          <code>npm run hallway -- import</code>.
        </p>
      </header>
      <ImportForm action={importProgrammeAction} />
    </>
  );
}
