import { getDb } from "@/lib/server/db";
import { pingDatabase } from "@/lib/server/queries/health";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test runner. */
export async function GET() {
  try {
    await pingDatabase(getDb());
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return Response.json({ status: "error", error: (error as Error).message }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
