/**
 * The words writers use for conference days and keynote slots, in the
 * languages trip reports are commonly written in: English, French, German,
 * Dutch and Spanish. Entries are in token form (tokenize.ts: folded, lower
 * case, apostrophes dropped: "d’ouverture" → "douverture", "zweiten" stays).
 *
 * Each list is a closed class of the language (weekdays, months, ordinals,
 * "day", "yesterday"), never words from one report. Words that mean
 * something else in another language ("hier" is "here" in German and
 * Dutch, "morgen" is "morning" in German) count only in their language.
 */

const map = (entries: [string, number][]): ReadonlyMap<string, number> => new Map(entries);
const each = (words: string, value: number): [string, number][] => words.split(" ").map((w) => [w, value]);

/** Weekday number (0 = Sunday) by name. */
export const WEEKDAY_WORDS = map([
  ...each("sunday dimanche sonntag zondag domingo", 0),
  ...each("monday lundi montag maandag lunes", 1),
  ...each("tuesday mardi dienstag dinsdag martes", 2),
  ...each("wednesday mercredi mittwoch woensdag miercoles", 3),
  ...each("thursday jeudi donnerstag donderdag jueves", 4),
  ...each("friday vendredi freitag vrijdag viernes", 5),
  ...each("saturday samedi samstag sonnabend zaterdag sabado", 6),
]);

/** Month number (1–12) by full name; English "may" is left out (it is mostly the verb). */
export const MONTH_WORDS = map([
  ...each("january janvier januar januari enero", 1),
  ...each("february fevrier februar februari febrero", 2),
  ...each("march mars marz maart marzo", 3),
  ...each("april avril abril", 4),
  ...each("mai mei mayo", 5),
  ...each("june juin juni junio", 6),
  ...each("july juillet juli julio", 7),
  ...each("august aout augustus agosto", 8),
  ...each("september septembre septiembre", 9),
  ...each("october octobre oktober octubre", 10),
  ...each("november novembre noviembre", 11),
  ...each("december decembre dezember diciembre", 12),
]);

/** "day" itself. */
export const DAY_WORDS: ReadonlySet<string> = new Set(["day", "jour", "journee", "tag", "dag", "dia"]);

/** Ordinal by word: "second", "deuxieme", "zweiten", "tweede", "segundo", "2nd", "2e". */
export const ORDINAL_WORDS = map([
  ...each("first 1st premier premiere 1er 1re erste ersten erster erstes eerste primer primero primera", 1),
  ...each("second 2nd deuxieme 2e 2eme seconde zweite zweiten zweiter zweites tweede 2de segundo segunda", 2),
  ...each("third 3rd troisieme 3e 3eme dritte dritten dritter drittes derde tercer tercero tercera", 3),
  ...each("fourth 4th quatrieme 4e 4eme vierte vierten vierter vierde cuarto cuarta", 4),
  ...each("fifth 5th cinquieme 5e 5eme funfte funften vijfde quinto quinta", 5),
  ...each("sixth 6th", 6),
  ...each("seventh 7th", 7),
]);

/** "last" / "final". */
export const LAST_WORDS: ReadonlySet<string> = new Set([
  "last", "final", "dernier", "derniere", "letzte", "letzten", "letzter", "laatste", "ultimo", "ultima",
]);

/** Words that say "opening" of a keynote or a day. */
export const OPENING_WORDS: ReadonlySet<string> = new Set([
  "opening", "ouverture", "douverture", "louverture", "eroffnung", "eroffnungs", "eroffnende", "openings", "apertura", "inaugural", "inaugurale",
]);

/** Words that say "closing". */
export const CLOSING_WORDS: ReadonlySet<string> = new Set([
  "closing", "cloture", "decloture", "abschluss", "abschlusse", "afsluiting", "afsluitende", "cierre", "clausura",
]);

/** Words for a keynote or plenary slot (plurals are folded by vocabularyKey before the lookup). */
export const KEYNOTE_WORDS: ReadonlySet<string> = new Set(["keynote", "plenary", "pleniere", "plenaire", "plenar", "plenum"]);

/**
 * A keynote word, or a compound ending in one ("Eröffnungskeynote",
 * "openingskeynote"): what is left in front says which slot.
 */
export function keynoteWord(norm: string): { modifier: "opening" | "closing" | null } | null {
  if (KEYNOTE_WORDS.has(norm)) return { modifier: null };
  if (!norm.endsWith("keynote") || norm.length <= 7) return null;
  // The joint "s" of German and Dutch compounds may or may not be part of the word.
  const front = norm.slice(0, -7);
  const fronts = [front, front.replace(/s$/, "")];
  if (fronts.some((f) => OPENING_WORDS.has(f))) return { modifier: "opening" };
  if (fronts.some((f) => CLOSING_WORDS.has(f))) return { modifier: "closing" };
  return null;
}

/** Days relative to the day the writer is at: yesterday −1, today 0, tomorrow +1, by language. */
const RELATIVE: Record<string, ReadonlyMap<string, number>> = {
  en: map([["yesterday", -1], ["today", 0], ["tonight", 0], ["tomorrow", 1]]),
  fr: map([["hier", -1], ["aujourdhui", 0], ["demain", 1]]),
  de: map([["gestern", -1], ["heute", 0]]),
  nl: map([["gisteren", -1], ["vandaag", 0]]),
  es: map([["ayer", -1], ["hoy", 0]]),
};

/** The offset in days that a word like "yesterday" means in `language`, if it is one. */
export function relativeDay(norm: string, language: string): number | undefined {
  return RELATIVE[language]?.get(norm) ?? (language === "en" ? undefined : RELATIVE.en!.get(norm));
}

const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(["the", "and", "of", "to", "is", "was", "with", "that", "this"]),
  fr: new Set(["le", "la", "les", "et", "des", "est", "une", "pour", "dans", "qui"]),
  de: new Set(["der", "die", "und", "das", "ist", "nicht", "mit", "ein", "eine", "auf"]),
  nl: new Set(["het", "een", "van", "niet", "dat", "zijn", "voor", "ook", "maar"]),
  es: new Set(["el", "los", "las", "que", "una", "por", "para", "con", "del"]),
};

const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);

/**
 * The language of a text by its commonest function words: "en", "fr", "de", "nl" or "es".
 * Each distinct word counts once, so it may be given a text's words or its vocabulary.
 */
export function guessLanguage(norms: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const w of new Set(norms)) {
    for (const lang of LANGUAGES_OF.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = "en";
  let top = 0;
  for (const [lang, n] of counts) if (n > top) [best, top] = [lang, n];
  return best;
}
