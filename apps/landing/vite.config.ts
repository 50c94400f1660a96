// Builds the public site twice — for the browser and for Node — then prerenders each language to
// static HTML with the Node build, so the content is there before (and without) any JavaScript.
import { defineConfig } from "vite"
import solid from "vite-plugin-solid"
import { domainContent } from "./scripts/domainContent.ts"
import { prerender } from "./scripts/prerender.ts"

export default defineConfig({
  plugins: [solid({ ssr: true }), domainContent()],
  server: { proxy: { "/api": process.env.LANDING_API_URL ?? "http://localhost:3000" } },
  build: { target: "es2020", modulePreload: { polyfill: false } },
  environments: {
    ssr: {
      build: { outDir: "dist-ssr", rolldownOptions: { input: { render: "src/entry-server.tsx" } } },
    },
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client!)
      await builder.build(builder.environments.ssr!)
      await prerender({ root: import.meta.dirname })
    },
  },
})
