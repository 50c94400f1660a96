/**
 * Validation messages a commune officer understands, in Vietnamese and English, with the field.
 *
 * Schemas of the domain carry their own words: a field says what it is called
 * (`label({ vi: "Số điện thoại", en: "Phone number" })`) and a check says what went wrong
 * (`message({ vi: "…", en: "…" })`). `decodeWithMessages` decodes a form or a request body and turns any
 * failure into `[{ path: "phone", message: { vi, en } }]`: what the API returns in `issues` and what the
 * forms show next to each field. Checks without their own words get a sensible default built from the
 * field's label.
 *
 * @since 0.1.0
 */
import { Result, Schema, SchemaAST, SchemaIssue, SchemaParser } from "effect"

/** A text in Vietnamese (shown first) and English. */
export const Bilingual = Schema.Struct({
  vi: Schema.String,
  en: Schema.String,
})
/** A text in Vietnamese (shown first) and English. */
export type Bilingual = typeof Bilingual.Type

/** The annotation key under which a check or issue carries its {@link Bilingual} message. */
export const messageKey = "bdhv/message"
/** The annotation key under which a field's schema carries its {@link Bilingual} label. */
export const labelKey = "bdhv/label"

/**
 * Annotations for a check (`Schema.isPattern(re, message({...}))`) or an issue: the bilingual message,
 * with its English text also set as Effect's own `message` so the default formatters read well.
 */
export const message = (text: Bilingual): { readonly message: string; readonly [messageKey]: Bilingual } => ({
  message: text.en,
  [messageKey]: text,
})

/**
 * Annotations for a field's schema (`Schema.String.annotate(label({...}))`): the name the forms show,
 * used to build default messages such as "Vui lòng nhập số điện thoại".
 */
export const label = (text: Bilingual): { readonly title: string; readonly [labelKey]: Bilingual } => ({
  title: text.en,
  [labelKey]: text,
})

/**
 * A schema issue carrying a bilingual message, for checks whose message depends on the input
 * (for example the reason a phone number was rejected).
 */
export const invalid = (text: Bilingual, input?: unknown): SchemaIssue.Issue =>
  new SchemaIssue.InvalidValue(message(text), input)

/** One message for one field: `path` is the field's dotted path (`"phone"`, `"members.0.name"`), `""` for the whole input. */
export const FieldMessage = Schema.Struct({
  path: Schema.String,
  message: Bilingual,
})
/** One message for one field: `path` is the field's dotted path (`"phone"`, `"members.0.name"`), `""` for the whole input. */
export type FieldMessage = typeof FieldMessage.Type

const bilingualOf = (annotations: unknown, key: string): Bilingual | undefined => {
  if (typeof annotations !== "object" || annotations === null) return undefined
  const value = (annotations as Record<string, unknown>)[key]
  return Schema.is(Bilingual)(value) ? value : undefined
}

// A schema's annotations live on its last check when it has checks (`SchemaAST.resolve`).
const astLabel = (ast: SchemaAST.AST | undefined): Bilingual | undefined => {
  if (ast === undefined) return undefined
  const direct = bilingualOf(SchemaAST.resolve(ast), labelKey)
  if (direct !== undefined) return direct
  const last = ast.encoding?.[ast.encoding.length - 1]
  return last === undefined ? undefined : bilingualOf(SchemaAST.resolve(last.to), labelKey)
}

const fieldOf = (ast: SchemaAST.AST, key: PropertyKey): SchemaAST.AST | undefined => {
  switch (ast._tag) {
    case "Objects":
      return ast.propertySignatures.find((property) => property.name === key)?.type
    case "Declaration":
      return ast.typeParameters.length === 1 && ast.typeParameters[0] !== undefined
        ? fieldOf(ast.typeParameters[0], key)
        : undefined
    case "Arrays":
      return typeof key === "number" ? (ast.elements[key] ?? ast.rest[0]) : undefined
    default:
      return undefined
  }
}

/**
 * The label a schema gives one of its fields (`ValidationMessage.label` on the field's schema), or
 * `undefined` when the field has none: the heading of that field in forms, messages and exports.
 *
 * @example
 * fieldLabel(Person.Person, "fullName") // { vi: "Họ và tên", en: "Full name" }
 */
export const fieldLabel = (schema: Schema.Top, key: string): Bilingual | undefined =>
  astLabel(fieldOf(schema.ast, key))

const fallbackLabel: Bilingual = { vi: "Trường này", en: "This field" }

const malformedInput: Bilingual = {
  vi: "Dữ liệu gửi lên không đúng dạng biểu mẫu",
  en: "The data sent does not have the shape of the form",
}

const withLabel = (label: Bilingual | undefined, vi: (l: string) => string, en: (l: string) => string) => {
  const l = label ?? fallbackLabel
  return { vi: vi(l.vi), en: en(l.en) }
}

// A label inside a Vietnamese sentence: "Vui lòng nhập số điện thoại", but "VNeID" stays as it is.
const inSentence = (label: string): string =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label

const required = (label: Bilingual | undefined): Bilingual =>
  withLabel(
    label,
    (l) => `Vui lòng nhập ${inSentence(l)}`,
    (l) => `${l} is required`,
  )

const literalsOf = (ast: SchemaAST.AST): ReadonlyArray<unknown> | undefined => {
  if (ast._tag === "Literal") return [ast.literal]
  if (ast._tag === "Union") {
    const out: Array<unknown> = []
    for (const member of ast.types) {
      const inner = literalsOf(member)
      if (inner === undefined) return undefined
      out.push(...inner)
    }
    return out
  }
  return undefined
}

const typeMessage = (ast: SchemaAST.AST, label: Bilingual | undefined): Bilingual => {
  const literals = literalsOf(ast)
  if (literals !== undefined) {
    const list = literals.map((l) => String(l)).join(", ")
    return withLabel(
      label,
      (l) => `${l}: hãy chọn một trong các giá trị ${list}`,
      (l) => `${l}: choose one of ${list}`,
    )
  }
  switch (ast._tag) {
    case "String":
      return withLabel(
        label,
        (l) => `${l} phải là chữ`,
        (l) => `${l} must be text`,
      )
    case "Number":
      return withLabel(
        label,
        (l) => `${l} phải là số`,
        (l) => `${l} must be a number`,
      )
    case "Boolean":
      return withLabel(
        label,
        (l) => `${l} phải là có hoặc không`,
        (l) => `${l} must be yes or no`,
      )
    case "Arrays":
      return withLabel(
        label,
        (l) => `${l} phải là một danh sách`,
        (l) => `${l} must be a list`,
      )
    case "Objects":
    case "Declaration":
      return withLabel(
        label,
        (l) => `${l} thiếu hoặc sai dạng`,
        (l) => `${l} is missing or malformed`,
      )
    default:
      return withLabel(
        label,
        (l) => `${l} không hợp lệ`,
        (l) => `${l} is not valid`,
      )
  }
}

const payloadNumber = (filter: SchemaAST.Filter<unknown>, key: string): number | undefined => {
  const representation = filter.annotations?.representation as
    | { payload?: Record<string, unknown> }
    | undefined
  const value = representation?.payload?.[key]
  return typeof value === "number" ? value : undefined
}

const checkMessage = (filter: SchemaAST.Filter<unknown>, label: Bilingual | undefined): Bilingual => {
  const representation = filter.annotations?.representation as { id?: unknown } | undefined
  switch (representation?.id) {
    case "effect/schema/isMinLength": {
      const min = payloadNumber(filter, "minLength") ?? 1
      return min <= 1
        ? required(label)
        : withLabel(
            label,
            (l) => `${l} phải có ít nhất ${min} ký tự`,
            (l) => `${l} must have at least ${min} characters`,
          )
    }
    case "effect/schema/isMaxLength": {
      const max = payloadNumber(filter, "maxLength")
      return withLabel(
        label,
        (l) => `${l} dài quá ${max} ký tự`,
        (l) => `${l} is longer than ${max} characters`,
      )
    }
    case "effect/schema/isInt":
      return withLabel(
        label,
        (l) => `${l} phải là số nguyên`,
        (l) => `${l} must be a whole number`,
      )
    case "effect/schema/isGreaterThanOrEqualTo":
      return withLabel(
        label,
        (l) => `${l} phải từ ${payloadNumber(filter, "minimum")} trở lên`,
        (l) => `${l} must be at least ${payloadNumber(filter, "minimum")}`,
      )
    case "effect/schema/isLessThanOrEqualTo":
      return withLabel(
        label,
        (l) => `${l} không được quá ${payloadNumber(filter, "maximum")}`,
        (l) => `${l} must be at most ${payloadNumber(filter, "maximum")}`,
      )
    case "effect/schema/isBetween":
      return withLabel(
        label,
        (l) => `${l} phải từ ${payloadNumber(filter, "minimum")} đến ${payloadNumber(filter, "maximum")}`,
        (l) =>
          `${l} must be between ${payloadNumber(filter, "minimum")} and ${payloadNumber(filter, "maximum")}`,
      )
    default:
      return withLabel(
        label,
        (l) => `${l} không hợp lệ`,
        (l) => `${l} is not valid`,
      )
  }
}

const onlyMissingKeys = (issue: SchemaIssue.Issue): boolean => {
  switch (issue._tag) {
    case "MissingKey":
      return true
    case "Pointer":
    case "Encoding":
      return onlyMissingKeys(issue.issue)
    case "Composite":
      return issue.issues.every(onlyMissingKeys)
    default:
      return false
  }
}

const joinPath = (path: ReadonlyArray<PropertyKey>): string => path.map((key) => String(key)).join(".")

const collect = (
  issue: SchemaIssue.Issue,
  path: ReadonlyArray<PropertyKey>,
  label: Bilingual | undefined,
  parent: SchemaAST.AST | undefined,
  out: Array<FieldMessage>,
): void => {
  switch (issue._tag) {
    case "Pointer": {
      let ast = parent
      for (const key of issue.path) ast = ast === undefined ? undefined : fieldOf(ast, key)
      // An element of a list is described by the list's label; a named field only by its own.
      const inherited = issue.path.every((key) => typeof key === "number") ? label : undefined
      collect(issue.issue, [...path, ...issue.path], astLabel(ast) ?? inherited, ast, out)
      return
    }
    case "Encoding":
      collect(issue.issue, path, astLabel(issue.ast) ?? label, issue.ast, out)
      return
    case "Composite":
      for (const inner of issue.issues) collect(inner, path, astLabel(issue.ast) ?? label, issue.ast, out)
      return
    case "Filter": {
      const own = bilingualOf(issue.filter.annotations, messageKey)
      if (own !== undefined) {
        out.push({ path: joinPath(path), message: own })
        return
      }
      if (issue.issue._tag === "InvalidValue") {
        out.push({
          path: joinPath(path),
          message: bilingualOf(issue.issue.annotations, messageKey) ?? checkMessage(issue.filter, label),
        })
        return
      }
      collect(issue.issue, path, label, parent, out)
      return
    }
    case "AnyOf": {
      const own = bilingualOf(issue.ast.annotations, messageKey)
      // Members whose shape did not even match say nothing about what was meant.
      const specific = issue.issues.filter((inner) => inner._tag !== "InvalidType")
      // A member that only misses keys is a shape the input did not try to have (`{ date }` given
      // to `{ date } | { year }`): report the members the input got further into.
      const closest = specific.filter((inner) => !onlyMissingKeys(inner))
      if (closest.length > 0) {
        for (const inner of closest) collect(inner, path, label, parent, out)
      } else if (own !== undefined || specific.length === 0) {
        out.push({ path: joinPath(path), message: own ?? typeMessage(issue.ast, label) })
      } else {
        for (const inner of specific) collect(inner, path, label, parent, out)
      }
      return
    }
    case "MissingKey":
      out.push({
        path: joinPath(path),
        message: bilingualOf(issue.annotations, messageKey) ?? required(label),
      })
      return
    case "UnexpectedKey":
      out.push({
        path: joinPath(path),
        message: { vi: "Trường này không được phép", en: "This field is not allowed" },
      })
      return
    case "InvalidType":
      out.push({
        path: joinPath(path),
        message:
          bilingualOf(issue.ast.annotations, messageKey) ??
          (path.length === 0 && label === undefined ? malformedInput : typeMessage(issue.ast, label)),
      })
      return
    case "InvalidValue":
      out.push({
        path: joinPath(path),
        message:
          bilingualOf(issue.annotations, messageKey) ??
          withLabel(
            label,
            (l) => `${l} không hợp lệ`,
            (l) => `${l} is not valid`,
          ),
      })
      return
    case "OneOf":
      out.push({
        path: joinPath(path),
        message:
          bilingualOf(issue.ast.annotations, messageKey) ??
          withLabel(
            label,
            (l) => `${l}: chỉ được điền một trong các lựa chọn`,
            (l) => `${l}: fill in only one of the options`,
          ),
      })
      return
    case "Forbidden":
      out.push({
        path: joinPath(path),
        message: bilingualOf(issue.annotations, messageKey) ?? {
          vi: "Không thể kiểm tra giá trị này",
          en: "This value cannot be checked",
        },
      })
      return
  }
}

/**
 * Turns a schema issue into one message per failing field, in the order the fields were checked,
 * without repeating the same message for the same field.
 */
export const fromIssue = (issue: SchemaIssue.Issue): ReadonlyArray<FieldMessage> => {
  const out: Array<FieldMessage> = []
  collect(issue, [], undefined, undefined, out)
  const seen = new Set<string>()
  return out.filter((m) => {
    const key = `${m.path}\u0000${m.message.vi}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Compiles once a decoder that checks every field (not stopping at the first error) and returns the
 * value or the list of field messages. Use it for many inputs (an import of 100,000 rows).
 */
export const decoderWithMessages = <S extends Schema.ConstraintDecoder<unknown>>(schema: S) => {
  const decode = SchemaParser.decodeUnknownResult(schema, { errors: "all" })
  return (input: unknown): Result.Result<S["Type"], ReadonlyArray<FieldMessage>> =>
    Result.mapError(decode(input), fromIssue)
}

/**
 * Decodes `input` with `schema`, checking every field, and returns the value or the list of field
 * messages.
 *
 * @example
 * ```ts
 * const result = ValidationMessage.decodeWithMessages(Registration.PublicSignUp, body)
 * if (Result.isFailure(result)) return c.json({ issues: result.failure }, 400)
 * ```
 */
export const decodeWithMessages = <S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  input: unknown,
): Result.Result<S["Type"], ReadonlyArray<FieldMessage>> => decoderWithMessages(schema)(input)
