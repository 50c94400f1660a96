/**
 * An indicator's trend as a small line chart (uPlot: 45 kB, canvas, fast on a cheap phone), with
 * its target as a dashed line. The chart is an image to assistive technology, labelled with the
 * first and last values; the numbers themselves are on the card next to it.
 */
import { createEffect, onCleanup, onMount } from "solid-js"
import * as Percent from "@bdhv/domain/Percent"
import uPlot from "uplot"
import "uplot/dist/uPlot.min.css"

export interface TrendPoint {
  /** A calendar date, `YYYY-MM-DD`. */
  readonly date: string
  /** The indicator's value, 0–1; `null` where there was nothing to measure. */
  readonly value: number | null
}

const axisFont = "11px system-ui"

const toSeconds = (date: string) => Date.parse(`${date}T00:00:00+07:00`) / 1000

export const TrendChart = (props: {
  readonly points: ReadonlyArray<TrendPoint>
  readonly target: number | null
  readonly color: string
  readonly label: string
  readonly height?: number
  /**
   * The axis label of a point, in seconds since the epoch: the locale's month name ("thg 9"), with the
   * year under it when `withYear` ("thg 9\n2025").
   */
  readonly monthLabel: (seconds: number, withYear: boolean) => string
}) => {
  let container!: HTMLDivElement
  let chart: uPlot | undefined

  const data = (): uPlot.AlignedData => {
    const xs = props.points.map((p) => toSeconds(p.date))
    const ys = props.points.map((p) => (p.value === null ? null : Percent.tenths(p.value)))
    const target = props.points.map(() => (props.target === null ? null : Percent.tenths(props.target)))
    return [xs, ys, target]
  }

  /**
   * Room right of the plot for half the last month's label (centred on the last point, at the plot's
   * edge): "thg 12" is wider than the 14 px a short month needs, and was cut.
   */
  const rightRoom = () => {
    const last = data()[0].at(-1)
    const context = document.createElement("canvas").getContext("2d")
    if (last === undefined || context === null) return 14
    context.font = axisFont
    const widest = Math.max(
      ...props
        .monthLabel(last, true)
        .split("\n")
        .map((line) => context.measureText(line).width),
    )
    return Math.max(14, Math.ceil(widest / 2) + 3)
  }

  onMount(() => {
    const options: uPlot.Options = {
      width: Math.max(160, container.clientWidth),
      height: props.height ?? 130,
      // Room above "100%" and right of the last month, so neither is cut at the edge.
      padding: [10, rightRoom(), 0, 0],
      legend: { show: false },
      cursor: { show: true, drag: { x: false, y: false } },
      scales: { y: { range: [0, 100] } },
      axes: [
        {
          // Two lines (month, and the year where it starts or changes): room for both, never cut.
          size: 38,
          font: axisFont,
          stroke: "#4f5660",
          grid: { show: false },
          ticks: { show: false },
          splits: () => data()[0] as Array<number>,
          values: (u, splits) => {
            // Every other month when the chart is narrow, always the last (the report's date).
            const step = u.width < 260 ? 3 : u.width < 420 ? 2 : 1
            let lastYear: number | undefined
            return splits.map((seconds, i) => {
              const shown = (splits.length - 1 - i) % step === 0
              if (!shown) return ""
              const year = new Date((seconds + 7 * 3600) * 1000).getUTCFullYear()
              const withYear = lastYear !== year
              lastYear = year
              return props.monthLabel(seconds, withYear)
            })
          },
        },
        {
          // Wide enough for "100%" in any locale.
          size: 46,
          font: axisFont,
          stroke: "#4f5660",
          values: (_, ticks) => ticks.map((tick) => `${tick}%`),
          splits: () => [0, 50, 100],
          grid: { stroke: "#e3e6ea" },
        },
      ],
      series: [
        {},
        { stroke: props.color, width: 2, points: { show: false }, spanGaps: true },
        { stroke: "#4f5660", width: 1, dash: [4, 4], points: { show: false } },
      ],
    }
    chart = new uPlot(options, data(), container)
    const observer = new ResizeObserver(() => {
      if (chart !== undefined && container.clientWidth > 0) {
        chart.setSize({ width: container.clientWidth, height: props.height ?? 130 })
      }
    })
    observer.observe(container)
    onCleanup(() => {
      observer.disconnect()
      chart?.destroy()
    })
  })

  createEffect(() => {
    const next = data()
    chart?.setData(next)
  })

  return <div class="trend" role="img" aria-label={props.label} ref={container} />
}
