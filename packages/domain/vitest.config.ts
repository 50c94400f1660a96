import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Importing the package (the README example does) or running a property test over many values takes
    // seconds on a busy two-core machine; no test of logic here depends on speed.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
