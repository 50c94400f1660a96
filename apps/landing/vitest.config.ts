import { defineConfig } from "vitest/config"
import solid from "vite-plugin-solid"
import { domainContent } from "./scripts/domainContent.ts"

export default defineConfig({
  plugins: [solid({ ssr: true }), domainContent()],
  test: { include: ["test/**/*.test.ts"], environment: "node" },
})
