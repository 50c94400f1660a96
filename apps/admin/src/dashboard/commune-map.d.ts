/** The module the `bdhv-commune-map` vite plugin generates from geo/*.geojson. */
declare module "virtual:commune-map" {
  export const viewBox: string
  export const communes: ReadonlyArray<import("../../build/communeMap").CommuneShape>
  export const attribution: string
}
