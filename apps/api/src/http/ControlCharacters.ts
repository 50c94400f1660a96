/**
 * The edge guard against control characters: a NUL or another C0 control code in the path, in a query
 * parameter or in any string of a JSON body is refused with a 400 in the API's error shape, before the
 * request reaches sign-in, a route or SQL (PostgreSQL cannot store a NUL in text, and no field of the
 * API holds a control code). Tabs and line breaks inside JSON strings are text (an address over two
 * lines) and pass; in a path or query parameter nothing below U+0020 does.
 */
import { createMiddleware } from "hono/factory"
import type { Env } from "./Env.js"
import { HttpFailure } from "./ErrorResponse.js"

/** C0 controls and DEL; in JSON strings, tab, line feed and carriage return are allowed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const inUrl = /[\u0000-\u001F\u007F]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const inText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

const refused = (paths: ReadonlyArray<string>) =>
  new HttpFailure(
    400,
    "invalid_input",
    { vi: "Dữ liệu không hợp lệ", en: "The input is not valid" },
    paths.map((path) => ({
      path,
      message: {
        vi: "Không được chứa ký tự điều khiển (như NUL)",
        en: "Must not contain control characters (such as NUL)",
      },
    })),
  )

const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    // Malformed percent-encoding is the router's to refuse; it cannot hide a control code from us here.
    return text
  }
}

/** The paths (`address`, `members.0.name`) of the strings, and keys, of a JSON value that hold a control code. */
const controlPaths = (value: unknown, path: string, found: Array<string>, depth = 0): void => {
  if (found.length >= 20 || depth > 64) return
  if (typeof value === "string") {
    if (inText.test(value)) found.push(path)
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries())
      controlPaths(item, path === "" ? String(i) : `${path}.${i}`, found, depth + 1)
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const at = path === "" ? key : `${path}.${key}`
      if (inText.test(key)) found.push(at)
      else controlPaths(item, at, found, depth + 1)
    }
  }
}

/** Refuses control characters in the path, the query and JSON bodies of `/api/*`. */
export const middleware = createMiddleware<Env>(async (c, next) => {
  const url = new URL(c.req.url)
  const segments = url.pathname.split("/").map(decoded)
  const badSegment = segments.findIndex((segment) => inUrl.test(segment))
  if (badSegment >= 0) throw refused(["path"])
  const badParams = [...url.searchParams].flatMap(([key, value]) =>
    inUrl.test(key) || inUrl.test(value) ? [key.replace(inUrl, "")] : [],
  )
  if (badParams.length > 0) throw refused([...new Set(badParams)])
  // The import routes take files (multipart) and limit their own body, which must reach them unread.
  const json = (c.req.header("content-type") ?? "").toLowerCase().includes("json")
  if (json && c.req.method !== "GET" && !c.req.path.startsWith("/api/imports")) {
    let body: unknown
    try {
      body = JSON.parse(await c.req.text())
    } catch {
      // Not JSON: the route's own parsing refuses it with its message.
      return next()
    }
    const found: Array<string> = []
    controlPaths(body, "", found)
    if (found.length > 0) throw refused(found)
  }
  return next()
})
