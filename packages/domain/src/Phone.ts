/**
 * Vietnamese phone numbers, as people write them and as the system stores them.
 *
 * People write `0912 345 678`, `0912.345.678`, `+84 912 345 678`, `84912345678` or `(+84) 0912…`;
 * all of these are stored in E.164, `+84912345678`, so a person who signs up twice with differently
 * written numbers is recognised. Accepted:
 * - mobile numbers, 10 digits with the 0, on the prefixes allocated since the 2018 renumbering:
 *   032–039, 052, 055, 056, 058, 059, 070, 076–079, 081–089, 090–099;
 * - old 11-digit mobile numbers (`0168…`), converted to their new prefix by the official 2018 table,
 *   since elderly people often still give the number they have always had;
 * - landlines, 11 digits with the 0, area codes 02x/02xx (`024 3825 1234`).
 *
 * {@link PhoneNumber} decodes any of these forms, so forms and the API apply the same rule; a rejected
 * number gets a reason in Vietnamese and English.
 *
 * @since 0.1.0
 */
import { Effect, Result, Schema, SchemaTransformation } from "effect"
import * as ValidationMessage from "./ValidationMessage.js"

// National significant numbers (without the trunk 0 or +84).
const mobileNsn = /^(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/
const landlineNsn = /^2\d{9}$/
const e164 = /^\+84((3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}|2\d{9})$/

// The 2018 conversion of 11-digit mobile numbers to 10 digits (Ministry of Information and
// Communications, Decision 798/QĐ-BTTTT): old prefix (after the 0) → new prefix.
const oldMobilePrefixes: ReadonlyArray<readonly [string, string]> = [
  ["120", "70"],
  ["121", "79"],
  ["122", "77"],
  ["126", "76"],
  ["128", "78"],
  ["123", "83"],
  ["124", "84"],
  ["125", "85"],
  ["127", "81"],
  ["129", "82"],
  ["162", "32"],
  ["163", "33"],
  ["164", "34"],
  ["165", "35"],
  ["166", "36"],
  ["167", "37"],
  ["168", "38"],
  ["169", "39"],
  ["186", "56"],
  ["188", "58"],
  ["199", "59"],
]

/**
 * Why a phone number was rejected: empty, characters other than digits and separators, a foreign
 * number, the wrong number of digits, or a prefix that is neither mobile nor landline in Vietnam.
 */
export const Problem = Schema.Literals([
  "empty",
  "invalid_characters",
  "not_vietnamese",
  "wrong_length",
  "unknown_prefix",
])
/** Why a phone number was rejected. */
export type Problem = typeof Problem.Type

/** What to tell the person who typed the number, for each {@link Problem}. */
export const problemMessages: { readonly [P in Problem]: ValidationMessage.Bilingual } = {
  empty: { vi: "Vui lòng nhập số điện thoại", en: "Enter a phone number" },
  invalid_characters: {
    vi: "Số điện thoại chỉ gồm chữ số, có thể kèm +84, dấu cách, dấu chấm hoặc gạch ngang",
    en: "A phone number has only digits, optionally with +84, spaces, dots or dashes",
  },
  not_vietnamese: {
    vi: "Chỉ nhận số điện thoại Việt Nam (+84)",
    en: "Only Vietnamese phone numbers (+84) are accepted",
  },
  wrong_length: {
    vi: "Số di động có 10 chữ số, số cố định có 11 chữ số, bắt đầu bằng 0",
    en: "A mobile number has 10 digits and a landline 11, starting with 0",
  },
  unknown_prefix: {
    vi: "Đầu số này không phải đầu số di động hay cố định của Việt Nam",
    en: "This is not a Vietnamese mobile or landline prefix",
  },
}

/** A phone number that could not be read, with the reason. */
export class InvalidPhoneNumber extends Schema.TaggedError<InvalidPhoneNumber>()("Phone/Invalid", {
  input: Schema.String,
  problem: Problem,
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return problemMessages[this.problem]
  }
}

const e164Check = Schema.makeFilter<string>((s) => e164.test(s), {
  expected: "a Vietnamese phone number in E.164 (+84…)",
  ...ValidationMessage.message(problemMessages.unknown_prefix),
  toJsonSchema: () => ({ pattern: e164.source }),
  arbitraryConstraint: { patterns: [{ source: e164.source, flags: "" }] },
})

/** A phone number as stored: E.164, `+84` then 9 digits (mobile) or 10 digits (landline). */
export const E164 = Schema.String.check(e164Check).pipe(Schema.brand("PhoneNumber"))
/** A Vietnamese phone number, stored in E.164 (`+84912345678`). */
export type PhoneNumber = typeof E164.Type

// The one place a string becomes a PhoneNumber without a decode: `parse` builds it from a national
// number it has just matched against the allocated prefixes.
const trusted = (s: string): PhoneNumber => s as PhoneNumber

const fail = (input: string, problem: Problem) => Result.fail(new InvalidPhoneNumber({ input, problem }))

/**
 * Reads a phone number written in any usual way and returns it in E.164, or the reason it is not a
 * Vietnamese phone number.
 *
 * @example
 * ```ts
 * Phone.parse("0912.345.678") // Result.succeed("+84912345678")
 * Phone.parse("0168 123 4567") // Result.succeed("+84381234567"): the old prefix 0168 is now 038
 * Phone.parse("0112 345 678") // Result.fail(InvalidPhoneNumber { problem: "unknown_prefix" })
 * ```
 */
export const parse = (input: string): Result.Result<PhoneNumber, InvalidPhoneNumber> => {
  const compact = input.replace(/[\s.\-()]/g, "")
  if (compact === "") return fail(input, "empty")
  if (!/^\+?\d+$/.test(compact)) return fail(input, "invalid_characters")
  let nsn: string
  if (compact.startsWith("+84")) nsn = compact.slice(3)
  else if (compact.startsWith("+")) return fail(input, "not_vietnamese")
  else if (compact.startsWith("0084")) nsn = compact.slice(4)
  else if (compact.startsWith("00")) return fail(input, "not_vietnamese")
  else if (compact.startsWith("0")) nsn = compact.slice(1)
  else if (compact.startsWith("84") && (compact.length === 11 || compact.length === 12))
    nsn = compact.slice(2)
  else nsn = compact
  // "+84 (0) 912…": the trunk 0 written after the country code.
  if (nsn.startsWith("0") && (nsn.length === 10 || nsn.length === 11)) nsn = nsn.slice(1)
  if (nsn.length === 10 && nsn.startsWith("1")) {
    const old = oldMobilePrefixes.find(([from]) => nsn.startsWith(from))
    if (old !== undefined) nsn = old[1] + nsn.slice(3)
  }
  if (mobileNsn.test(nsn) || landlineNsn.test(nsn)) return Result.succeed(trusted(`+84${nsn}`))
  // The length of a mobile (9), landline or old mobile (10) number: then the prefix is what is wrong.
  const prefixIsWrong = (nsn.length === 9 && !nsn.startsWith("2")) || (nsn.length === 10 && /^[12]/.test(nsn))
  return fail(input, prefixIsWrong ? "unknown_prefix" : "wrong_length")
}

/**
 * A Vietnamese phone number: decodes any usual way of writing one (`0912 345 678`, `+84912345678`,
 * `84-912-345-678`) into E.164 and rejects anything else with a reason in Vietnamese and English;
 * encodes to E.164. The one rule for forms, the API and imports.
 */
export const PhoneNumber = Schema.String.pipe(
  Schema.decodeTo(
    E164,
    SchemaTransformation.transformEffect({
      decode: (input: string) =>
        Result.match(parse(input), {
          onSuccess: (phone) => Effect.succeed<string>(phone),
          onFailure: (error) => Effect.fail(ValidationMessage.invalid(error.text, input)),
        }),
      encode: (phone: string) => Effect.succeed(phone),
    }),
  ),
).annotate(ValidationMessage.label({ vi: "Số điện thoại", en: "Phone number" }))

/** Whether a phone number is a mobile number (can receive SMS and Zalo), not a landline. */
export const isMobile = (phone: PhoneNumber): boolean => mobileNsn.test(phone.slice(3))

/** The number as written in Vietnam: `0912 345 678`, `024 3825 1234`, `0203 382 5123`. */
export const format = (phone: PhoneNumber): string => {
  const national = `0${phone.slice(3)}`
  if (isMobile(phone)) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
  // Hà Nội (024) and Hồ Chí Minh City (028) have 3-digit area codes and 8-digit subscriber numbers.
  return /^02[48]/.test(national)
    ? `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`
    : `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
}

/**
 * The number with its middle hidden, for roles that may know a number exists but not read it:
 * the first three and last three digits of the national form (`091****678`).
 */
export const mask = (phone: PhoneNumber): string => {
  const national = `0${phone.slice(3)}`
  return `${national.slice(0, 3)}${"*".repeat(national.length - 6)}${national.slice(-3)}`
}

/**
 * The number a search query spells, in E.164, or `undefined` when the query is not a whole phone
 * number (a name, a code, a partial number): `0912 345 678`, `0912345678`, `+84912345678` and
 * `84-912-345-678` all search for `+84912345678`. A query with letters is never a number, so a search
 * can try both: the people whose number it is, and the names it matches.
 */
export const searchKey = (query: string): PhoneNumber | undefined => {
  if (!/\d/.test(query) || /[^\d\s.\-()+]/.test(query.trim())) return undefined
  const parsed = parse(query.trim())
  return Result.isSuccess(parsed) ? parsed.success : undefined
}
