/**
 * Who is reading, for the client islands on cached reader pages (the site
 * header, an author's own tools): the signed-in user, or nobody. The pages
 * themselves are the same for everyone.
 */
import type { CurrentUser } from "@/lib/server/auth/current-user";

export interface Viewer {
  user: { id: string; name: string | null; email: string | null; username: string | null; role: string } | null;
}

export function viewerOf(user: CurrentUser | null): Viewer {
  if (!user) return { user: null };
  return { user: { id: user.id, name: user.name ?? null, email: user.email ?? null, username: user.username ?? null, role: user.role } };
}
