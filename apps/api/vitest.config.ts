import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each file opens its own database (PGlite in memory, or a fresh PostgreSQL schema). A test of a
    // dozen uploads took 30 s on two cores at a load of 17.
    testTimeout: 60_000,
    // Opening and migrating a database takes a minute or more when six suites share two busy cores.
    hookTimeout: 180_000,
  },
})
