/**
 * Kept only so lib/server/actions/writeups.ts (being redesigned under issue 14)
 * compiles unchanged. The queries now live in files named for what they read:
 * repositories/programme-picker.ts and repositories/suggestion-labels.ts, and
 * the SuggestionView type in lib/core/writeups/suggestion-view.ts. Delete this
 * file once writeups.ts imports from those.
 */
export { getPickerProgramme, getTalksForOutline } from "./programme-picker";
export { describeSuggestions } from "./suggestion-labels";
export type { SuggestionView } from "@/lib/core/writeups/suggestion-view";
