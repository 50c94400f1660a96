/**
 * Vite plugin: turns the commune boundaries in /work/shared/data/geo (GeoJSON, MIT) into the
 * `virtual:commune-map` module — projected, simplified SVG paths — at build time, so the app
 * ships a few kilobytes of paths instead of a megabyte of coordinates and needs no tile server.
 * The licence notice of the source data is emitted next to the bundle and exported for display.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import type { Plugin } from "vite"

type Position = readonly [number, number]
type Ring = ReadonlyArray<Position>

interface GeoFeature {
  readonly properties: {
    readonly code: string
    readonly name: string
    readonly nameEn: string
    readonly fullName: string
    readonly fullNameEn: string
  }
  readonly geometry:
    | { readonly type: "Polygon"; readonly coordinates: ReadonlyArray<Ring> }
    | { readonly type: "MultiPolygon"; readonly coordinates: ReadonlyArray<ReadonlyArray<Ring>> }
}

export interface CommuneShape {
  readonly code: string
  readonly name: string
  readonly nameEn: string
  readonly fullName: string
  readonly fullNameEn: string
  readonly path: string
  readonly labelX: number
  readonly labelY: number
}

const moduleId = "virtual:commune-map"
const resolvedId = `\0${moduleId}`
const width = 600

/** Perpendicular distance of p from the segment a–b. */
const distanceToSegment = (p: Position, a: Position, b: Position): number => {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const lengthSquared = dx * dx + dy * dy
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared))
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
}

/** Douglas–Peucker simplification, iterative so long rings cannot overflow the stack. */
export const simplifyRing = (ring: Ring, tolerance: number): Ring => {
  if (ring.length <= 4) return ring
  const keep = new Uint8Array(ring.length)
  keep[0] = 1
  keep[ring.length - 1] = 1
  const stack: Array<[number, number]> = [[0, ring.length - 1]]
  while (stack.length > 0) {
    const [from, to] = stack.pop()!
    let farthest = -1
    let farthestDistance = tolerance
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(ring[i]!, ring[from]!, ring[to]!)
      if (d > farthestDistance) {
        farthest = i
        farthestDistance = d
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1
      stack.push([from, farthest], [farthest, to])
    }
  }
  return ring.filter((_, i) => keep[i] === 1)
}

const ringsOf = (feature: GeoFeature): ReadonlyArray<Ring> =>
  feature.geometry.type === "Polygon" ? feature.geometry.coordinates : feature.geometry.coordinates.flat()

/** Reads every *.geojson in `geoDir` and projects them into one SVG coordinate space. */
export const buildCommuneMap = (geoDir: string) => {
  const features = readdirSync(geoDir)
    .filter((file) => file.endsWith(".geojson"))
    .sort()
    .flatMap(
      (file) =>
        (JSON.parse(readFileSync(join(geoDir, file), "utf8")) as { features: Array<GeoFeature> }).features,
    )
  const all = features.flatMap(ringsOf).flat()
  const minLon = Math.min(...all.map((p) => p[0]))
  const maxLon = Math.max(...all.map((p) => p[0]))
  const minLat = Math.min(...all.map((p) => p[1]))
  const maxLat = Math.max(...all.map((p) => p[1]))
  // Equirectangular projection scaled by cos(latitude): exact enough for a district 30 km across.
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const scale = width / ((maxLon - minLon) * xScale)
  const height = Math.ceil((maxLat - minLat) * scale)
  const project = (p: Position): Position => [(p[0] - minLon) * xScale * scale, (maxLat - p[1]) * scale]
  const communes: Array<CommuneShape> = features.map((feature) => {
    const rings = ringsOf(feature).map((ring) => simplifyRing(ring.map(project), 0.6))
    const path = rings
      .filter((ring) => ring.length >= 3)
      .map((ring) => `M${ring.map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join("L")}Z`)
      .join("")
    // Label at the vertex-average of the largest ring: good enough for compact communes.
    const largest = rings.reduce((a, b) => (b.length > a.length ? b : a))
    const labelX = largest.reduce((s, p) => s + p[0], 0) / largest.length
    const labelY = largest.reduce((s, p) => s + p[1], 0) / largest.length
    const { code, name, nameEn, fullName, fullNameEn } = feature.properties
    return {
      code,
      name,
      nameEn,
      fullName,
      fullNameEn,
      path,
      labelX: Math.round(labelX),
      labelY: Math.round(labelY),
    }
  })
  return { viewBox: `0 0 ${width} ${height}`, communes }
}

/** The plugin; `geoDir` holds the GeoJSON files and `licenceFile` their licence notice. */
export const communeMap = (options: { readonly geoDir: string; readonly licenceFile: string }): Plugin => ({
  name: "bdhv-commune-map",
  resolveId: (id) => (id === moduleId ? resolvedId : undefined),
  load(id) {
    if (id !== resolvedId) return undefined
    const map = buildCommuneMap(options.geoDir)
    const notice = readFileSync(options.licenceFile, "utf8")
    if (this.meta.watchMode === false) {
      this.emitFile({ type: "asset", fileName: "LICENSE-geo-boundaries.txt", source: notice })
    }
    const attribution = notice.split("\n").find((line) => line.startsWith("Copyright")) ?? ""
    return `export const viewBox = ${JSON.stringify(map.viewBox)}
export const communes = ${JSON.stringify(map.communes)}
export const attribution = ${JSON.stringify(`Boundaries: vietnamese-provinces-database, MIT. ${attribution}`)}
`
  },
})
