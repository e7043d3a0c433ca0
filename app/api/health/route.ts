import { getDb } from "@/lib/server/db";
import { pingDatabase } from "@/lib/server/queries/health";
import { jobHealth } from "@/lib/server/jobs/workers";

export const dynamic = "force-dynamic";

/**
 * Liveness and database reachability, for load balancers and the test runner,
 * plus the background jobs' state for an admin: writeups still waiting to be
 * re-rendered and the last job that failed all its retries.
 */
export async function GET() {
  try {
    const db = getDb();
    await pingDatabase(db);
    return Response.json({ status: "ok", jobs: await jobHealth(db) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return Response.json({ status: "error", error: (error as Error).message }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
