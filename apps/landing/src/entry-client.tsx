/** Takes over the prerendered page: same first render from the embedded data, then live updates. */
import { hydrate } from "solid-js/web"
import { App } from "./App.tsx"
import { PAGE_DATA_ID, type PageData } from "./PageData.ts"
import "./styles.css"
// After the app's styles: a status colour overrides the plain badge it is on.
import "@bdhv/ui/status.css"

const root = document.getElementById("app")
const data = document.getElementById(PAGE_DATA_ID)?.textContent
if (root !== null && data !== undefined && data !== null) {
  hydrate(() => <App data={JSON.parse(data) as PageData} />, root)
}
