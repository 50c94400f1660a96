import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import solid from "vite-plugin-solid"
import { defineConfig } from "vitest/config"
import { communeMap } from "./build/communeMap.ts"
import { serviceWorker } from "./build/serviceWorker.ts"

const here = dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  base: "/admin/",
  plugins: [
    solid(),
    communeMap({
      geoDir: resolve(here, "geo"),
      licenceFile: resolve(here, "geo/LICENSE.txt"),
    }),
    serviceWorker({ source: resolve(here, "build/sw.js"), publicDir: resolve(here, "public") }),
  ],
  server: {
    port: 5174,
    proxy: { "/api": { target: process.env.BDHV_API_URL ?? "http://localhost:3000", changeOrigin: false } },
  },
  build: { target: "es2022", sourcemap: true },
  test: {
    // vite-plugin-solid would otherwise ask for jsdom.
    environment: "happy-dom",
    projects: [
      {
        extends: true,
        // Compiling a component through the Solid plugin takes seconds on a busy two-core machine.
        test: {
          name: "unit",
          environment: "happy-dom",
          include: ["test/**/*.test.{ts,tsx}"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Browser end-to-end tests: the real server, the built app, Debian's Chromium.
        test: {
          name: "e2e",
          root: resolve(here, "../../tooling/e2e"),
          include: ["admin*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          // Seeding and starting a server with the country's units takes minutes on two busy cores.
          hookTimeout: 600_000,
          // expect.poll waits for what a page shows: a second is too short on a busy two-core machine.
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
  resolve: { conditions: ["development", "browser"] },
})
