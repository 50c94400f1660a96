import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each file opens its own database (PGlite in memory, or a fresh PostgreSQL schema).
    testTimeout: 30_000,
    // Opening and migrating a database takes a minute or more when six suites share two busy cores.
    hookTimeout: 180_000,
  },
})
