/** The "write up a conference" page: recent conferences, or the chosen one's programme to tick. */
import type { Db } from "@/lib/server/db";
import { getPickerProgramme, listPickerConferences, PICKER_CONFERENCES, type PickTalk } from "@/lib/server/repositories/programme-picker";

export { PICKER_CONFERENCES, type PickTalk };

export async function getWriteStart(db: Db, conferenceSlug: string | undefined) {
  const [conferences, programme] = await Promise.all([listPickerConferences(db), conferenceSlug ? getPickerProgramme(db, conferenceSlug) : null]);
  return { conferences, programme };
}

export type WriteStart = Awaited<ReturnType<typeof getWriteStart>>;
