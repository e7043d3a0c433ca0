"use client";
/**
 * Who is reading, for the client islands of cached reader pages: the site
 * header's account links, and the author's own tools on their writeups and
 * profile. The pages are the same HTML for everyone (so Next can cache them);
 * after hydration one request to /api/viewer, shared by every island on the
 * page, says who is signed in. Without JavaScript, everyone is a reader.
 */
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { Viewer } from "@/lib/server/queries/viewer";

export type { Viewer };
const ANONYMOUS: Viewer = { user: null };

// One request per page view, shared by the islands; asked again after a
// navigation, because signing in or out ends in one (a server action's redirect).
let request: { path: string; viewer: Promise<Viewer> } | null = null;

function fetchViewer(path: string): Promise<Viewer> {
  if (request?.path === path) return request.viewer;
  const viewer = fetch("/api/viewer", { credentials: "same-origin", cache: "no-store" })
    .then((r) => (r.ok ? (r.json() as Promise<Viewer>) : ANONYMOUS))
    .catch(() => ANONYMOUS);
  request = { path, viewer };
  return viewer;
}

/** The viewer; `known` when the server already knows it (a page rendered per request), which is then used as it is. */
export function useViewer(known?: Viewer): Viewer {
  const path = usePathname();
  const [viewer, setViewer] = useState<Viewer>(ANONYMOUS);
  useEffect(() => {
    if (known) {
      // The next reader page asks again (its path differs), so a change made here shows there too.
      request = null;
      return;
    }
    let live = true;
    void fetchViewer(path).then((v) => live && setViewer(v));
    return () => {
      live = false;
    };
  }, [path, known]);
  return known ?? viewer;
}
