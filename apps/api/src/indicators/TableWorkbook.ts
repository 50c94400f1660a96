/**
 * The dashboard's unit × indicator table as an Excel workbook, as the admin shows it: the unit's own
 * total row first, then every child unit ranked by the chosen indicator (`IndicatorTable.rank`, the
 * same rank as on screen), one column per indicator with its value in percent (`Percent.tenths`, the
 * platform's one rounding rule) filled with its status colour, and the words "no data" or "withheld"
 * where there is no value. Headings in the reader's language; every text cell made inert (`Cell.inert`).
 */
import * as Indicator from "@bdhv/domain/Indicator"
import * as IndicatorTable from "@bdhv/domain/IndicatorTable"
import * as Percent from "@bdhv/domain/Percent"
import ExcelJS from "exceljs"
import * as Cell from "../export/Cell.js"
import { statusNames } from "../export/ReportWorkbook.js"
import type * as Report from "./Report.js"

type Language = "vi" | "en"

/** The column a table is sorted by: an indicator, or the unit's name. */
export type SortKey = IndicatorTable.SortKey

/** Light fills of the status colours, dark enough text on each (WCAG AA on black text). */
const statusFill: { readonly [K in Indicator.Status]: string } = {
  met: "FFD3ECDA",
  on_track: "FFD6E6F4",
  at_risk: "FFFBE3C8",
  off_track: "FFF7D4D1",
  no_data: "FFE9EBEE",
}

const words = {
  title: {
    vi: "BẢNG XẾP HẠNG CÁC ĐƠN VỊ THEO CHỈ TIÊU “BÌNH DÂN HỌC VỤ SỐ”",
    en: "UNITS RANKED BY THE “BÌNH DÂN HỌC VỤ SỐ” INDICATORS",
  },
  unit: { vi: "Đơn vị", en: "Unit" },
  asOf: { vi: "Số liệu tính đến ngày", en: "Figures as at" },
  sorted: { vi: "Xếp hạng theo", en: "Ranked by" },
  rank: { vi: "Hạng", en: "Rank" },
  code: { vi: "Mã đơn vị", en: "Code" },
  total: { vi: "Toàn đơn vị", en: "Whole unit" },
  percent: { vi: "(%)", en: "(%)" },
  noData: { vi: "Chưa có số liệu", en: "No data" },
  withheld: { vi: "Không công bố (dưới 5 người)", en: "Withheld (fewer than 5)" },
  name: { vi: "Tên đơn vị", en: "Unit name" },
  legend: { vi: "Màu ô theo tình trạng:", en: "Cell colour by status:" },
} as const

/** The workbook of the table, in a language. */
export const tableWorkbook = async (
  report: Report.IndicatorReport,
  sort: SortKey,
  order: IndicatorTable.Direction,
  language: Language,
): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "BDHV"
  const sheet = workbook.addWorksheet(language === "vi" ? "Xếp hạng" : "Ranking", {
    views: [{ state: "frozen", xSplit: 3, ySplit: 6 }],
  })
  const width = 3 + Indicator.ids.length
  sheet.addRow([words.title[language]]).font = { bold: true, size: 14 }
  sheet.mergeCells(1, 1, 1, Math.min(width, 12))
  sheet.addRow([Cell.inert(`${words.unit[language]}: ${report.unit.name}`)])
  sheet.addRow([`${words.asOf[language]} ${language === "vi" ? Cell.dateText(report.asOf) : report.asOf}`])
  const sortName = sort === "name" ? words.name[language] : Indicator.definition(sort).name[language]
  sheet.addRow([`${words.sorted[language]}: ${sortName}`])
  const legend = sheet.addRow([
    words.legend[language],
    ...(["met", "on_track", "at_risk", "off_track", "no_data"] as const).map((s) => statusNames[s][language]),
  ])
  legend.eachCell((cell, column) => {
    const status = (["met", "on_track", "at_risk", "off_track", "no_data"] as const)[column - 2]
    if (status !== undefined)
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: statusFill[status] } }
  })
  const header = sheet.addRow([
    words.rank[language],
    words.code[language],
    words.unit[language],
    ...Indicator.ids.map((id) => `${Indicator.definition(id).name[language]} ${words.percent[language]}`),
  ])
  header.font = { bold: true }
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true }
  header.height = 64

  const addUnit = (unit: Report.UnitIndicators, rank: number | string | null, bold: boolean) => {
    const cells: Array<Cell.Cell> = [rank, unit.unit.code ?? "", unit.unit.name]
    for (const figure of unit.indicators) {
      const cell = IndicatorTable.cellOf(figure)
      cells.push(
        cell._tag === "Value"
          ? Percent.tenths(cell.value)
          : cell._tag === "NoData"
            ? words.noData[language]
            : words.withheld[language],
      )
    }
    const row = sheet.addRow(cells.map(Cell.inertCell))
    if (bold) row.font = { bold: true }
    unit.indicators.forEach((figure, i) => {
      const cell = row.getCell(4 + i)
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: statusFill[figure.status] } }
      cell.numFmt = "0.0"
    })
  }
  addUnit(report, words.total[language], true)
  const ranked = IndicatorTable.sortBy(
    report.children,
    sort,
    order,
    (child) => child.indicators,
    (child) => child.unit.name,
  )
  for (const { row, rank } of ranked) addUnit(row, rank, false)

  sheet.getColumn(1).width = 12
  sheet.getColumn(2).width = 10
  sheet.getColumn(3).width = 28
  for (let c = 4; c <= width; c++) sheet.getColumn(c).width = 14
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
