/**
 * What became of a class sign-up, read from the API's answer:
 * 201 registered; 200, or 409 without a class on offer, for a person already signed up (recognised,
 * not duplicated); 409 with `nextClass` for a full class; 400 with field issues.
 */
import type { PublicClass } from "./publicApi.ts"

export type RegistrationOutcome =
  | {
      readonly _tag: "Registered"
      readonly whatToBring: ReadonlyArray<string>
      /** Why the class may not suit the person (e.g. not an older person in a class for them), or null. */
      readonly warning: string | null
    }
  | { readonly _tag: "Duplicate"; readonly whatToBring: ReadonlyArray<string> }
  | { readonly _tag: "Full"; readonly nextClass: PublicClass | null }
  | {
      readonly _tag: "Invalid"
      readonly message: string
      readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>
    }
  | { readonly _tag: "Failed"; readonly status: number }

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {}

const strings = (value: unknown): ReadonlyArray<string> =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []

export const registrationOutcome = (status: number, body: unknown): RegistrationOutcome => {
  const b = record(body)
  if (status === 201) {
    return {
      _tag: "Registered",
      whatToBring: strings(b.whatToBring),
      warning: typeof b.warning === "string" && b.warning !== "" ? b.warning : null,
    }
  }
  if (status === 200) return { _tag: "Duplicate", whatToBring: strings(b.whatToBring) }
  if (status === 409) {
    if ("nextClass" in b) {
      const next = b.nextClass
      return {
        _tag: "Full",
        nextClass: typeof next === "object" && next !== null ? (next as PublicClass) : null,
      }
    }
    return { _tag: "Duplicate", whatToBring: strings(b.whatToBring) }
  }
  if (status === 400) {
    const issues = Array.isArray(b.issues)
      ? b.issues.map(record).map((i) => ({ path: String(i.path ?? ""), message: String(i.message ?? "") }))
      : []
    return { _tag: "Invalid", message: typeof b.message === "string" ? b.message : "", issues }
  }
  return { _tag: "Failed", status }
}
