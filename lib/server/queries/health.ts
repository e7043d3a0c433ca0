/** What the health check reads: only whether the database answers. */
export { pingDatabase } from "@/lib/server/repositories/site-counts";
