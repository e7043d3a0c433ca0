/**
 * Keeping derived content true: when something a writeup links to changes
 * (a talk renamed, speakers merged, a programme re-imported, an alias added),
 * the writeups that link it are re-rendered in the background.
 *
 * Call requestRerender inside the transaction that made the change. It marks
 * the affected writeups stale in the same transaction (so the request is as
 * durable as the change) and queues a job once the transaction commits.
 */
import type { Tx } from "@/lib/server/db";
import { writeupsLinking } from "@/lib/server/repositories/writeup-store";

export interface RerenderRequest {
  talkIds?: readonly string[];
  speakerIds?: readonly string[];
  writeupIds?: readonly string[];
  /** Why, for the job log: "programme re-import", "speaker merge". */
  reason: string;
}

export type { Tx };

/**
 * Interim: re-renders in the caller's transaction until the job queue lands
 * (same contract for callers: call it inside the transaction that changed
 * the linked records).
 */
export async function requestRerender(tx: Tx, request: RerenderRequest): Promise<void> {
  const { rerenderWriteups } = await import("@/lib/server/services/writeup-lifecycle");
  const ids = new Set([...(request.writeupIds ?? []), ...(await writeupsLinking(tx, request.talkIds ?? [], request.speakerIds ?? []))]);
  if (ids.size) await rerenderWriteups(tx, [...ids]);
}
