import { resolve } from "node:path"
import solid from "vite-plugin-solid"
import { defineConfig } from "vitest/config"
import { domainContent } from "./scripts/domainContent.ts"

export default defineConfig({
  plugins: [solid({ ssr: true }), domainContent()],
  test: {
    projects: [
      {
        extends: true,
        // Importing a component compiles it through the Solid plugin first: seconds on a busy machine.
        test: {
          name: "unit",
          environment: "node",
          include: ["test/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Browser end-to-end tests: the real server serving the built site, Debian's Chromium.
        test: {
          name: "e2e",
          root: resolve(import.meta.dirname, "../../tooling/e2e"),
          include: ["landing*.test.ts"],
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
})
