/**
 * The API's own modules, as built into apps/api/dist: the benchmarks measure the code the API runs
 * (its database layer, migrations, demo generator, indicator queries, import pipeline), never a copy.
 * Build first (`pnpm --filter @bdhv/api build`; `pnpm bench` does it).
 */
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

/** The repository's root folder. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

/** The API's build output. */
export const apiDist = join(repositoryRoot, "apps/api/dist")

/**
 * Whether the built API has a module (path inside dist, e.g. `demo/Seed.js`).
 * @param {string} path
 */
export const hasModule = (path) => existsSync(join(apiDist, path))

/**
 * Imports a module of the built API.
 * @param {string} path inside dist, e.g. `demo/Seed.js`
 * @returns {Promise<any>}
 */
export const load = (path) => {
  const file = join(apiDist, path)
  if (!existsSync(file)) {
    throw new Error(`the built API has no ${path} (looked in ${apiDist}; run pnpm --filter @bdhv/api build)`)
  }
  return import(pathToFileURL(file).href)
}

/**
 * A digest of the built files under the given dist folders: when the generator or the migrations
 * change, a database filled by the old ones is no longer the data set the benchmark means.
 * @param {ReadonlyArray<string>} folders inside dist, e.g. `demo`
 */
export const fingerprint = (folders) => {
  const hash = createHash("sha256")
  /** @param {string} folder */
  const walk = (folder) => {
    if (!existsSync(folder)) return
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith(".js")) hash.update(name).update(readFileSync(path))
    }
  }
  for (const folder of folders) walk(join(apiDist, folder))
  return hash.digest("hex").slice(0, 16)
}
