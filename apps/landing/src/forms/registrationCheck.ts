/**
 * The browser-side check of the public forms with the domain's own schemas (`Registration`), so a
 * person sees the same message next to the field as the API would send. Loaded on the first
 * interaction with a form: it brings the schema library, which the first page load does without.
 */
import * as Registration from "@bdhv/domain/Registration"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Result } from "effect"
import type { Lang } from "../i18n/messages.ts"
import type { FieldErrors } from "./FormParts.tsx"

const toErrors = (messages: ReadonlyArray<ValidationMessage.FieldMessage>, lang: Lang): FieldErrors => {
  const errors: Record<string, string> = {}
  for (const m of messages) errors[m.path.split(".")[0] ?? ""] ??= m.message[lang]
  return errors
}

const check =
  (decode: (input: unknown) => Result.Result<unknown, ReadonlyArray<ValidationMessage.FieldMessage>>) =>
  (input: unknown, lang: Lang): FieldErrors => {
    const result = decode(input)
    return Result.isFailure(result) ? toErrors(result.failure, lang) : {}
  }

/** Field messages for a class sign-up (`Registration.PublicSignUp`); empty when it is valid. */
export const checkSignUp = check(ValidationMessage.decoderWithMessages(Registration.PublicSignUp))

/** Field messages for a volunteer sign-up (`Registration.VolunteerSignUp`); empty when it is valid. */
export const checkVolunteer = check(ValidationMessage.decoderWithMessages(Registration.VolunteerSignUp))
