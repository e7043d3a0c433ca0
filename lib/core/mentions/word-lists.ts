/**
 * Small fixed word lists the detector reasons with. All entries are in the
 * detector's token form (see tokenize.ts: folded, lower case, possessive
 * "'s" dropped).
 *
 * They are deliberately short and generic (English function words, the
 * vocabulary of conference programmes), never words taken from one report:
 * the detector must generalize to writeups it has not seen.
 */

/** Function words: they carry no evidence that a title is meant. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
  "without", "about", "into", "onto", "over", "under", "as", "is", "are", "was", "were", "be", "been",
  "being", "it", "its", "this", "that", "these", "those", "you", "your", "we", "our", "us", "i", "my",
  "me", "he", "she", "his", "her", "they", "them", "their", "what", "whats", "why", "how", "when",
  "where", "who", "which", "do", "does", "did", "done", "not", "no", "yes", "can", "could", "will",
  "would", "should", "shall", "may", "might", "must", "have", "has", "had", "all", "any", "some", "more",
  "most", "less", "than", "then", "so", "if", "up", "out", "via", "vs", "versus", "just", "also", "very",
  "there", "here", "one", "new", "get", "getting", "make", "making", "use", "using", "let", "lets",
  "de", "la", "le", "el", "der", "die", "das", "und", "et", "y", "en", "du", "des", "von", "van",
]);

/**
 * Programme words: a title made only of these and stopwords ("Keynote",
 * "Lunch", "Day 1: General Session", "Welcome") is generic and is never
 * linked by its wording, only by an explicit link or a slot (keynote) cue.
 */
export const GENERIC_EVENT_WORDS: ReadonlySet<string> = new Set([
  "keynote", "keynotes", "general", "session", "sessions", "plenary", "opening", "closing", "welcome",
  "introduction", "intro", "remarks", "lunch", "breakfast", "dinner", "coffee", "break", "tea", "snack",
  "snacks", "registration", "party", "social", "reception", "networking", "panel", "discussion", "q", "qa",
  "lightning", "talk", "talks", "workshop", "workshops", "tutorial", "sprint", "sprints", "hackathon",
  "day", "morning", "afternoon", "evening", "track", "room", "announcements", "unconference", "bof", "meetup", "summit", "conference", "awards", "raffle", "farewell",
  "drinks", "beer", "event", "demo", "demos", "tbd", "tba", "slot",
]);

/** Words that say a sentence is about a talk (for speaker → talk inference). */
export const TALK_CUE_WORDS: ReadonlySet<string> = new Set([
  "talk", "talks", "talked", "talking", "presentation", "presentations", "presented", "presenting",
  "presents", "presenter", "spoke", "speaks", "speaking", "speaker", "session", "keynote", "gave", "give",
  "gives", "giving", "held", "lecture", "workshop", "panel", "demo", "demoed", "demonstrated", "explained",
  "showed", "shown", "discussed", "introduced", "covered", "described", "slides", "stage", "announced",
  "delivered", "hosted", "led",
]);

export const WEEKDAYS: readonly string[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export const MONTHS: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december",
];

/** Month abbreviations that are not also common words ("may", "mar" stay full-only). */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ["jan", 1], ["feb", 2], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9], ["sept", 9],
  ["oct", 10], ["nov", 11], ["dec", 12],
]);

/** "first" → 1 …; also digits with suffixes, which the tokenizer keeps as one token ("2nd"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7],
  ["1st", 1], ["2nd", 2], ["3rd", 3], ["4th", 4], ["5th", 5], ["6th", 6], ["7th", 7],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
]);

/** Name particles that stay lower case inside a capitalised name ("Molly de Blanc"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter",
  "ten", "bin", "ibn", "al", "el", "y", "e",
]);
