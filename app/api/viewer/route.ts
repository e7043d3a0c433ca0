import { currentUser } from "@/lib/server/auth/current-user";
import { PRIVATE_CACHE_CONTROL } from "@/lib/server/http/cache-policy";
import { viewerOf } from "@/lib/server/queries/viewer";

export const dynamic = "force-dynamic";

/** GET /api/viewer: the signed-in user, for the client islands of cached reader pages. */
export async function GET() {
  return Response.json(viewerOf(await currentUser()), { headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } });
}
