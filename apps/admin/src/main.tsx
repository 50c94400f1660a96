import { render } from "solid-js/web"
import { App } from "./App"
import "./styles.css"
// After the app's styles: a status colour overrides the plain badge it is on.
import "@bdhv/ui/status.css"

const root = document.getElementById("root")
if (root === null) throw new Error("#root missing from index.html")
render(() => <App />, root)
