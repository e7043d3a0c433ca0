"use server";
/** The account page's profile form. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/server/db";
import { saveProfile } from "@/lib/server/services/users";
import { profileSchema } from "@/lib/validations/profile";
import { authorPath } from "@/lib/paths";
import { ActionError, authedAction } from "./safe-action";

export const saveProfileAction = authedAction(profileSchema, async (input, { user }) => {
  const result = await saveProfile(getDb(), user.id, input);
  if (!result.ok) throw new ActionError("Some fields need another look.", { [result.field]: [result.message] });
  revalidatePath("/account");
  revalidatePath(authorPath(result.username));
  if (result.previousUsername && result.previousUsername !== result.username) revalidatePath(authorPath(result.previousUsername));
  return { username: result.username };
});
