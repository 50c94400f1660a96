import { defineConfig } from "vitest/config"

/** `pnpm --filter @bdhv/api reliability`: the reliability run that writes RELIABILITY.md at the root. */
export default defineConfig({
  test: {
    include: ["reliability/**/*.run.ts"],
    testTimeout: 1_200_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
