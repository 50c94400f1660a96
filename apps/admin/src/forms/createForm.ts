/**
 * Form state validated by a domain schema, so a form says exactly what the API would say
 * (`ValidationMessage.decodeWithMessages`, in Vietnamese and English). Errors show after the first
 * submit and then follow every keystroke; errors the API still returns (a duplicate, a stale
 * version) land on the same fields.
 */
import { ValidationMessage } from "@bdhv/domain"
import { Result, type Schema } from "effect"
import { createSignal } from "solid-js"
import { createStore, type SetStoreFunction, type Store } from "solid-js/store"
import { ApiError } from "../api/ApiError"
import { useI18n } from "../i18n/I18n"
import { errorMessageKey } from "../ui/States"

type FieldText = ValidationMessage.Bilingual | string

export interface Form<V extends object, T> {
  readonly values: Store<V>
  readonly set: SetStoreFunction<V>
  /** The message for a field path (`"fullName"`, `"members.0.name"`), in the current language. */
  readonly error: (path: string) => string | undefined
  /** Messages that belong to no shown field (the whole record, a conflict). */
  readonly formError: () => string | undefined
  readonly pending: () => boolean
  /**
   * Validates, then runs `save` with the decoded value and the input it was decoded from (what the API
   * decodes in turn); maps API errors back onto the fields.
   */
  readonly submit: (save: (value: T, input: unknown) => Promise<unknown>) => (event?: Event) => Promise<void>
}

export const createForm = <V extends object, S extends Schema.ConstraintDecoder<unknown>>(options: {
  readonly initial: V
  readonly schema: S
  /** Turns the form's strings into the input the schema decodes (numbers, nulls, arrays). */
  readonly toInput: (values: V) => unknown
  /** Field paths the form shows; messages for other paths go to the form-level message. */
  readonly fields: ReadonlyArray<string>
}): Form<V, S["Type"]> => {
  const { pick, t } = useI18n()
  const [values, set] = createStore<V>(structuredClone(options.initial))
  const [submitted, setSubmitted] = createSignal(false)
  const [serverErrors, setServerErrors] = createSignal<Record<string, FieldText>>({})
  const [failure, setFailure] = createSignal<string>()
  const [pending, setPending] = createSignal(false)
  const decode = ValidationMessage.decoderWithMessages(options.schema)
  const shown = new Set(options.fields)

  const clientErrors = (): Record<string, FieldText> => {
    const result = decode(options.toInput(values))
    if (Result.isSuccess(result)) return {}
    const byPath: Record<string, FieldText> = {}
    for (const message of result.failure)
      if (byPath[message.path] === undefined) byPath[message.path] = message.message
    return byPath
  }
  const allErrors = (): Record<string, FieldText> =>
    submitted() ? { ...serverErrors(), ...clientErrors() } : serverErrors()
  const text = (value: FieldText) => (typeof value === "string" ? value : pick(value))

  return {
    values,
    set: ((...args: Array<unknown>) => {
      setServerErrors({})
      setFailure(undefined)
      return (set as (...a: Array<unknown>) => void)(...args)
    }) as SetStoreFunction<V>,
    error: (path) => {
      const value = allErrors()[path]
      return value === undefined ? undefined : text(value)
    },
    formError: () => {
      const stray = Object.entries(allErrors())
        .filter(([path]) => !shown.has(path))
        .map(([, value]) => text(value))
      return [failure(), ...stray].filter((m): m is string => m !== undefined).join(" ") || undefined
    },
    pending,
    submit: (save) => async (event) => {
      event?.preventDefault()
      setSubmitted(true)
      setFailure(undefined)
      setServerErrors({})
      const input = options.toInput(values)
      const result = decode(input)
      if (Result.isFailure(result)) {
        queueMicrotask(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus())
        return
      }
      setPending(true)
      try {
        await save(result.success, input)
      } catch (error) {
        if (error instanceof ApiError && error.issues.length > 0) {
          setServerErrors(error.fieldMessages())
          if (error.status !== 400) setFailure(error.message)
        } else {
          const { key, params } = errorMessageKey(error)
          setFailure(error instanceof ApiError ? `${t(key, params)} ${error.message}` : t(key, params))
        }
      } finally {
        setPending(false)
      }
    },
  }
}
