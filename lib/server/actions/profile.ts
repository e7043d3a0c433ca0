"use server";
/** The account page's profile form. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/server/db";
import { saveProfile } from "@/lib/server/services/profile";
import { profileSchema } from "@/lib/validations/profile";
import { authorPath } from "@/lib/paths";
import { authedAction } from "./safe-action";

export const saveProfileAction = authedAction(profileSchema, async (input, { user }) => {
  const result = await saveProfile(getDb(), user.id, input);
  revalidatePath("/account");
  revalidatePath(authorPath(result.username));
  if (result.previousUsername && result.previousUsername !== result.username) revalidatePath(authorPath(result.previousUsername));
  return { username: result.username };
});
