/**
 * Fills a fresh embedded database with the API's own demo district (`apps/api` demo seed, the quick
 * scale), before the server opens it: PGlite allows one process per data folder, so the seed runs
 * first, here, through the API's built modules and its copy of Effect.
 */
import { mkdirSync } from "node:fs"
import { createRequire } from "node:module"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"

const api = resolve(import.meta.dirname, "../../apps/api")
const load = (path: string) => import(pathToFileURL(path).href)

export const seedDemo = async (dataDir: string): Promise<void> => {
  mkdirSync(dataDir, { recursive: true })
  // The API's modules and this runtime must share one Effect: take it from the API's dependencies.
  const effect = await load(createRequire(join(api, "package.json")).resolve("effect"))
  const AppLayer = await load(join(api, "dist/AppLayer.js"))
  const Config = await load(join(api, "dist/Config.js"))
  const Seed = await load(join(api, "dist/demo/Seed.js"))
  const config = Config.fromEnvironment({ DATA_DIR: dataDir, LOG_LEVEL: "warn" })
  const runtime = effect.ManagedRuntime.make(AppLayer.make(config))
  try {
    await runtime.runPromise(Seed.seed({ people: Seed.scales.quick }))
  } finally {
    await runtime.dispose()
  }
}
