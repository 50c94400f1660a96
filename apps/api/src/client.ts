/**
 * The typed client of the API for the web apps: Hono's `hc` over the app's route types, so a change of a
 * route's input or output breaks the apps' build, not production.
 *
 * ```ts
 * const api = makeClient("/", { init: { credentials: "include" } })
 * const page = await (await api.api.people.$get({ query: { q: "nguyen" } })).json()
 * ```
 */
import { type ClientRequestOptions, hc } from "hono/client"
import type { AppType } from "./http/app.js"

export type { AppType }

/** A client of the API at `baseUrl`. */
export const makeClient = (baseUrl: string, options?: ClientRequestOptions) => hc<AppType>(baseUrl, options)

/** The client's type. */
export type Client = ReturnType<typeof makeClient>
