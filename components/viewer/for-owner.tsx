"use client";
/**
 * Shows `children` only to the signed-in user `ownerId` (an author on their
 * own writeup or profile), and `otherwise` to everyone else, including readers
 * without JavaScript. What it hides is a convenience, never a secret: the
 * pages it links check who may use them.
 */
import type { ReactNode } from "react";
import { useViewer } from "./use-viewer";

export function ForOwner({ ownerId, children, otherwise = null }: { ownerId: string; children: ReactNode; otherwise?: ReactNode }) {
  const { user } = useViewer();
  return <>{user?.id === ownerId ? children : otherwise}</>;
}
