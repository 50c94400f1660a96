/**
 * The fetch the typed client uses: same-origin cookies, the caller's language, the CSRF token the
 * API hands out in a cookie, and one error type for every failure.
 */
import { type ClientResponse, parseResponse } from "hono/client"
import { ApiError, OfflineError } from "./ApiError"

const csrfCookie = "bdhv_csrf"
const csrfHeader = "x-csrf-token"

const readCookie = (name: string): string | undefined => {
  if (typeof document === "undefined") return undefined
  const match = document.cookie.split("; ").find((part) => part.startsWith(`${name}=`))
  return match === undefined ? undefined : decodeURIComponent(match.slice(name.length + 1))
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"])

/** A fetch that sends cookies, `Accept-Language` and, on writes, the CSRF token. */
export const makeFetch =
  (language: () => string): typeof fetch =>
  async (input, init) => {
    const headers = new Headers(init?.headers)
    headers.set("accept-language", language())
    const method = (init?.method ?? "GET").toUpperCase()
    const token = readCookie(csrfCookie)
    if (!safeMethods.has(method) && token !== undefined) headers.set(csrfHeader, token)
    try {
      return await fetch(input, { ...init, headers, credentials: "same-origin" })
    } catch (cause) {
      throw new OfflineError(cause)
    }
  }

/** The body type of a route's successful responses. */
export type SuccessBody<T extends ClientResponse<unknown>> = Awaited<ReturnType<typeof parseResponse<T>>>

/** The body of a successful response, typed from the route; any other status throws `ApiError`. */
export const unwrap = async <T extends ClientResponse<unknown>>(
  response: T | Promise<T>,
): Promise<SuccessBody<T>> => {
  const settled = await response
  if (!settled.ok) throw await ApiError.fromResponse(settled)
  return (await parseResponse(settled)) as SuccessBody<T>
}
