/**
 * The address a request comes from, for rate limits and the login throttle.
 *
 * Behind reverse proxies (`BDHV_TRUST_PROXY=n`, the number of proxies in front of the API) the client
 * is the n-th address from the right of `X-Forwarded-For`: the entries further left were written by the
 * client itself and cannot be trusted. Without proxies it is the socket's peer address.
 */
import type { Context } from "hono"

/** The peer address of the socket, when the app runs under @hono/node-server. */
const socketAddress = (c: Context): string | undefined => {
  const bindings = c.env as
    | { readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } } }
    | undefined
  return bindings?.incoming?.socket?.remoteAddress
}

/** The client's address as far as it can be trusted; `"local"` for in-process requests (tests, CLI). */
export const of = (c: Context, trustProxy: number): string => {
  if (trustProxy > 0) {
    const forwarded = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
    const client = forwarded[forwarded.length - trustProxy]
    if (client !== undefined) return client
  }
  return socketAddress(c) ?? "local"
}

/** Whether the request reached the outermost proxy (or the API itself) over HTTPS. */
export const isHttps = (c: Context, trustProxy: number): boolean => {
  if (new URL(c.req.url).protocol === "https:") return true
  return trustProxy > 0 && c.req.header("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
}
