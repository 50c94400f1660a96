/**
 * The language of a response: Vietnamese unless the request prefers English (`Accept-Language: en`).
 */
import type { Message } from "../ServiceError.js"

/** A language of the product. */
export type Language = keyof Message

/** The first of "vi" or "en" named in an Accept-Language header, by the client's order; "vi" by default. */
export const fromAcceptLanguage = (header: string | undefined): Language => {
  if (header === undefined) return "vi"
  const preferred = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { tag, q: q === undefined ? 1 : Number(q.slice(2)) || 0 }
    })
    .filter(({ tag }) => tag.startsWith("vi") || tag.startsWith("en"))
    .sort((a, b) => b.q - a.q)[0]
  return preferred?.tag.startsWith("en") ? "en" : "vi"
}
