/**
 * The map's sequential colour scale: five bands of 20 points, light to dark (ColorBrewer's Blues, each
 * with an ink colour that reads on it at WCAG AA), chosen by the value as shown (`Percent.tenths`), so
 * a commune labelled 80% is in the 80–100% band and one labelled 79,9% is not.
 */
import * as Percent from "@bdhv/domain/Percent"

export const bands = [
  { from: 0, to: 20, fill: "#eff3ff", ink: "#1b1f24" },
  { from: 20, to: 40, fill: "#bdd7e7", ink: "#1b1f24" },
  { from: 40, to: 60, fill: "#6baed6", ink: "#1b1f24" },
  { from: 60, to: 80, fill: "#3182bd", ink: "#ffffff" },
  { from: 80, to: 100, fill: "#08519c", ink: "#ffffff" },
] as const

/** The fill of a commune with nothing to measure. */
export const noDataFill = "#d5d9de"

/** The band of a share (0–1); 100% falls in the top band. */
export const bandOf = (value: number): number =>
  Math.min(bands.length - 1, Math.floor(Percent.tenths(value) / 20))
