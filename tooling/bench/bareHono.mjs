/**
 * The baseline of the API benchmark: a bare Hono app on @hono/node-server (the same versions the API
 * runs) answering one route with a fixed JSON body — the ceiling any Hono handler on this machine can
 * reach. Started as its own process: `node bench/bareHono.mjs <port> <body.json>`.
 */
import { readFileSync } from "node:fs"
import { serve } from "@hono/node-server"
import { Hono } from "hono"

const [, , port = "0", bodyFile] = process.argv
const body = bodyFile === undefined ? '{"ok":true}' : readFileSync(bodyFile, "utf8")

const app = new Hono().get("/", (c) => c.body(body, 200, { "content-type": "application/json" }))

const server = serve({ fetch: app.fetch, port: Number(port), hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`listening ${info.port}\n`)
})
process.on("SIGTERM", () => server.close(() => process.exit(0)))
