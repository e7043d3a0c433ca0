/**
 * Text keys that make "Mónica", "MONICA" and "monica" the same.
 *
 * foldDiacritics removes combining marks after NFKD decomposition and maps the
 * few Latin letters that do not decompose (ø, ł, ß, æ, œ, đ, þ). normalizeName
 * builds the key Hallway uses to recognise the same person or title again:
 * lower case, folded, punctuation dropped, whitespace collapsed.
 */

const NON_DECOMPOSING: Record<string, string> = {
  ø: "o", Ø: "O", ł: "l", Ł: "L", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", đ: "d", Đ: "D", þ: "th", Þ: "Th", ı: "i",
};

export function foldDiacritics(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[øØłŁßæÆœŒđĐþÞı]/g, (c) => NON_DECOMPOSING[c] ?? c);
}

/** "Diogo  Mónica!" → "diogo monica"; "&" becomes "and". */
export function normalizeName(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’ʼ`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
