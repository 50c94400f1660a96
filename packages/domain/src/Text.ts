/**
 * Vietnamese text for search and for names.
 *
 * People type names with or without accents, in composed (NFC) or decomposed (NFD) Unicode, with the
 * old or new tone-mark placement ("Hoà" / "Hòa"), so search compares folded text: no accents, `đ` as
 * `d`, lower case, single spaces — "nguyen" finds "Nguyễn". Names are stored normalised: trimmed,
 * single-spaced, each word capitalised, NFC.
 *
 * The same rules run in SQL: store {@link searchKey} in a column and match a query token `t` with
 * `(' ' || search_key) LIKE '% ' || t || '%'` (see {@link matchesQuery}).
 *
 * @since 0.1.0
 */

const combiningMarks = /[\u0300-\u036f]/g
const whitespace = /\s+/g
const notAlphanumeric = /[^\p{L}\p{N}]+/gu

/**
 * Folds Vietnamese text for comparison: strips accents and tone marks, turns `đ`/`Đ` into `d`, lower
 * case, collapses runs of whitespace into one space and trims. Accepts composed or decomposed input.
 *
 * @example
 * ```ts
 * Text.fold("Nguyễn Văn Đức") // "nguyen van duc"
 * ```
 */
export const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(combiningMarks, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(whitespace, " ")
    .trim()

/**
 * The key a text is searched by: {@link fold}ed, with punctuation turned into spaces, so that
 * "Nguyễn-Văn  Đức." and "nguyen van duc" have the same key. Words are separated by one space.
 */
export const searchKey = (text: string): string => fold(text).replace(notAlphanumeric, " ").trim()

/** The words of a search query, folded: what {@link matchesQuery} looks for. Empty for a blank query. */
export const queryTokens = (query: string): ReadonlyArray<string> => {
  const key = searchKey(query)
  return key === "" ? [] : key.split(" ")
}

/**
 * Whether `text` matches a search `query`: every word of the query is the beginning of a word of the
 * text, ignoring accents and case. "ng duc" matches "Nguyễn Văn Đức"; "an" does not (no word starts
 * with it), which keeps results short when a commune has thousands of people. A blank query matches
 * everything.
 */
export const matchesQuery = (text: string, query: string): boolean => {
  const haystack = ` ${searchKey(text)}`
  return queryTokens(query).every((token) => haystack.includes(` ${token}`))
}

const capitaliseWord = (word: string): string => {
  // Ethnic-minority names keep a capital after an apostrophe or hyphen: "H'Hen Niê", "Ê-Đê".
  let out = ""
  let capitalNext = true
  for (const ch of word) {
    out += capitalNext ? ch.toUpperCase() : ch.toLowerCase()
    capitalNext = ch === "'" || ch === "’" || ch === "-"
  }
  return out
}

/**
 * Normalises a person's or a place's name as it is stored and shown: NFC, trimmed, single spaces,
 * each word capitalised and the rest in lower case (Vietnamese letters included).
 *
 * @example
 * ```ts
 * Text.normalizeName("  nguyễn   VĂN đức ") // "Nguyễn Văn Đức"
 * ```
 */
export const normalizeName = (name: string): string =>
  name.normalize("NFC").replace(whitespace, " ").trim().split(" ").map(capitaliseWord).join(" ")

/**
 * Tidies free text without changing its words: NFC, trimmed, runs of whitespace as one space.
 * For addresses and official names ("Tổ dân phố số 3"), whose case must be kept.
 */
export const tidy = (text: string): string => text.normalize("NFC").replace(whitespace, " ").trim()

/** Whether two names are the same person's name once folded ("Nguyễn Văn Đức" = "NGUYEN VAN DUC"). */
export const sameName = (a: string, b: string): boolean => searchKey(a) === searchKey(b)
