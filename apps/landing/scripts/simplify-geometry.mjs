// Turns the commune boundaries of shared/data/geo (MIT, thanglequoc/vietnamese-provinces-database)
// into the small SVG paths the landing map draws: projected once here, simplified, rounded to
// integers, so the browser needs no projection code, no tile server and no network.
// Run: node apps/landing/scripts/simplify-geometry.mjs [geoDir]  → writes src/map/communes.json
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const geoDir = process.argv[2] ?? join(here, "../../../../shared/data/geo")
const out = join(here, "../src/map/communes.json")
const width = 1000
// One unit of the 1000-wide view box is ~40 m on the ground: finer than any phone can show.
const tolerance = 1.2

/** Squared distance from p to the segment a–b. */
const segmentDistance2 = (p, a, b) => {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2))
  const x = a[0] + t * dx - p[0]
  const y = a[1] + t * dy - p[1]
  return x * x + y * y
}

/** Douglas–Peucker on an open polyline, iterative so long rings cannot overflow the stack. */
const simplify = (points, tol) => {
  const keep = new Uint8Array(points.length)
  keep[0] = 1
  keep[points.length - 1] = 1
  const stack = [[0, points.length - 1]]
  while (stack.length > 0) {
    const [first, last] = stack.pop()
    let worst = -1
    let worstD = tol * tol
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last])
      if (d > worstD) {
        worst = i
        worstD = d
      }
    }
    if (worst !== -1) {
      keep[worst] = 1
      stack.push([first, worst], [worst, last])
    }
  }
  return points.filter((_, i) => keep[i] === 1)
}

const features = readdirSync(geoDir)
  .filter((f) => f.endsWith(".geojson"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(geoDir, f), "utf8")).features[0])

const bbox = features.reduce(
  (b, f) => [
    Math.min(b[0], f.bbox[0]),
    Math.min(b[1], f.bbox[1]),
    Math.max(b[2], f.bbox[2]),
    Math.max(b[3], f.bbox[3]),
  ],
  [Infinity, Infinity, -Infinity, -Infinity],
)
// Equirectangular projection with the scale of the middle latitude: over 25 km the error is invisible.
const kx = Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180)
const scale = width / ((bbox[2] - bbox[0]) * kx)
const height = Math.ceil((bbox[3] - bbox[1]) * scale)
const project = ([lon, lat]) => [(lon - bbox[0]) * kx * scale, (bbox[3] - lat) * scale]

/** Area-weighted centroid of a ring, for the label. */
const centroid = (ring) => {
  let a = 0
  let cx = 0
  let cy = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1]
    a += f
    cx += (ring[j][0] + ring[i][0]) * f
    cy += (ring[j][1] + ring[i][1]) * f
  }
  return [Math.round(cx / (3 * a)), Math.round(cy / (3 * a))]
}

const communes = features.map((f) => {
  const rings = f.geometry.coordinates.flatMap((polygon) => polygon.map((ring) => ring.map(project)))
  const simplified = rings.map((ring) => simplify(ring, tolerance)).filter((ring) => ring.length >= 4)
  const d = simplified
    .map((ring) => "M" + ring.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join("L") + "Z")
    .join("")
  const outer = simplified.reduce((a, b) => (b.length > a.length ? b : a))
  const p = f.properties
  return {
    code: p.code,
    name: p.name,
    nameEn: p.nameEn,
    d,
    label: centroid(outer),
  }
})

const licence = readFileSync(join(geoDir, "../LICENSE-vietnamese-provinces-database.txt"), "utf8")
writeFileSync(
  out,
  JSON.stringify(
    {
      source: "thanglequoc/vietnamese-provinces-database, json/geojson/01_ha_noi/wards (MIT), simplified",
      licence,
      viewBox: [0, 0, width, height],
      communes,
    },
    null,
    1,
  ) + "\n",
)
console.log(
  `${communes.length} communes, ${communes.reduce((n, c) => n + c.d.length, 0)} path characters → ${out}`,
)
