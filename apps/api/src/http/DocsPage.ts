/**
 * `/api/docs`: the OpenAPI document as a browsable page, rendered on the server — no script and no
 * network (the API's Content-Security-Policy lets nothing load), each operation a `<details>` with its
 * description (both languages, access, CSRF, caching), parameters, body and responses.
 */
type Json = Record<string, unknown>

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

const pre = (value: unknown): string =>
  value === undefined ? "" : `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`

/** The media types of a body or response, each with its schema. */
const contentHtml = (content: Json | undefined): string =>
  Object.entries(content ?? {})
    .map(([type, media]) => `<p><code>${escapeHtml(type)}</code></p>${pre((media as Json).schema)}`)
    .join("")

const paragraphs = (text: unknown): string =>
  typeof text !== "string"
    ? ""
    : text
        .split("\n\n")
        .map((part) => `<p>${escapeHtml(part)}</p>`)
        .join("")

const operationHtml = (path: string, method: string, op: Json): string => {
  const parameters = (op.parameters ?? []) as ReadonlyArray<Json>
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined
  const responses = (op.responses ?? {}) as Record<string, Json>
  return `<details><summary><code>${method.toUpperCase()} ${escapeHtml(path)}</code> — ${escapeHtml(String(op.summary ?? ""))}</summary>
${parameters.length === 0 ? "" : `<h4>Parameters</h4><ul>${parameters.map((p) => `<li><code>${escapeHtml(String(p.name))}</code> (${escapeHtml(String(p.in))}${p.required === true ? ", required" : ""}) ${pre(p.schema)}</li>`).join("")}</ul>`}
${paragraphs(op.description)}
${body === undefined ? "" : `<h4>Body</h4>${contentHtml(body)}`}
<h4>Responses</h4><ul>${Object.entries(responses)
    .map(
      ([status, r]) =>
        `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(String(r.description ?? ""))}${contentHtml(r.content as Json | undefined)}</li>`,
    )
    .join("")}</ul>
</details>`
}

/** The HTML page of an OpenAPI document. */
export const render = (document: Json): string => {
  const info = (document.info ?? {}) as Json
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>
  const byTag = new Map<string, Array<string>>()
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = String(((op.tags ?? []) as ReadonlyArray<string>)[0] ?? "Other")
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)])
    }
  }
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title ?? "API"))}</title></head>
<body>
<h1>${escapeHtml(String(info.title ?? "API"))} ${escapeHtml(String(info.version ?? ""))}</h1>
<p>${escapeHtml(String(info.description ?? ""))}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<nav><ul>${[...byTag.keys()].map((tag) => `<li><a href="#${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join("")}<li><a href="#schemas">Schemas</a></li></ul></nav>
${[...byTag.entries()].map(([tag, ops]) => `<section id="${escapeHtml(tag)}"><h2>${escapeHtml(tag)}</h2>${ops.join("\n")}</section>`).join("\n")}
<section id="schemas"><h2>Schemas</h2>${Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<details><summary><code>${escapeHtml(name)}</code></summary>${pre(schema)}</details>`,
    )
    .join("\n")}</section>
</body></html>`
}
