/**
 * The periodic indicator report as an Excel workbook: the table a commune sends up to the district.
 * A header names the unit and the date the figures are as at; the table has the unit and each of its
 * children as rows, and for every indicator its value, numerator, denominator, target and status.
 * Every text cell goes through `Cell.inert`, so a unit's name can never run as a formula.
 */
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Indicator from "@bdhv/domain/Indicator"
import * as Percent from "@bdhv/domain/Percent"
import ExcelJS from "exceljs"
import type * as Report from "../indicators/Report.js"
import * as Cell from "./Cell.js"

/** How a status reads in the report. */
export const statusNames: { readonly [K in Indicator.Status]: { readonly vi: string; readonly en: string } } =
  {
    met: { vi: "Đạt", en: "Met" },
    on_track: { vi: "Đúng tiến độ", en: "On track" },
    at_risk: { vi: "Có nguy cơ chậm", en: "At risk" },
    off_track: { vi: "Chậm tiến độ", en: "Off track" },
    no_data: { vi: "Chưa có số liệu", en: "No data" },
  }

const subColumns = [
  { vi: "Tỷ lệ (%)", en: "Value (%)" },
  { vi: "Tử số", en: "Numerator" },
  { vi: "Mẫu số", en: "Denominator" },
  { vi: "Mục tiêu (%)", en: "Target (%)" },
  { vi: "Trạng thái", en: "Status" },
] as const

const viDate = Cell.dateText

/** By the platform's one rounding rule, so the workbook says what the dashboard says. */
const percent = (value: number | null): number | null => (value === null ? null : Percent.tenths(value))

/** The workbook of a report, in a language, made on `today`. */
export const reportWorkbook = async (
  report: Report.IndicatorReport,
  language: "vi" | "en",
  today: CalendarDate.CalendarDate,
): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "BDHV"
  const sheet = workbook.addWorksheet(language === "vi" ? "Báo cáo" : "Report", {
    views: [{ state: "frozen", xSplit: 2, ySplit: 6 }],
  })
  const width = 2 + Indicator.ids.length * subColumns.length
  const title =
    language === "vi"
      ? "BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO “BÌNH DÂN HỌC VỤ SỐ”"
      : "“BÌNH DÂN HỌC VỤ SỐ” DIGITAL LITERACY CAMPAIGN — PROGRESS REPORT"
  sheet.addRow([title])
  sheet.mergeCells(1, 1, 1, Math.min(width, 12))
  sheet.getRow(1).font = { bold: true, size: 14 }
  sheet.addRow([Cell.inert(language === "vi" ? `Đơn vị: ${report.unit.name}` : `Unit: ${report.unit.name}`)])
  sheet.addRow([
    language === "vi" ? `Số liệu tính đến ngày ${viDate(report.asOf)}` : `Figures as at ${report.asOf}`,
  ])
  sheet.addRow([language === "vi" ? `Ngày lập báo cáo: ${viDate(today)}` : `Made on ${today}`])

  const groupHeader: Array<string> = [
    language === "vi" ? "Mã đơn vị" : "Code",
    language === "vi" ? "Đơn vị" : "Unit",
  ]
  const subHeader: Array<string> = ["", ""]
  for (const id of Indicator.ids) {
    groupHeader.push(Indicator.definition(id).name[language], ...Array(subColumns.length - 1).fill(""))
    subHeader.push(...subColumns.map((c) => c[language]))
  }
  const headerRow = sheet.addRow(groupHeader)
  sheet.addRow(subHeader)
  Indicator.ids.forEach((_, i) => {
    const from = 3 + i * subColumns.length
    sheet.mergeCells(headerRow.number, from, headerRow.number, from + subColumns.length - 1)
  })
  sheet.mergeCells(headerRow.number, 1, headerRow.number + 1, 1)
  sheet.mergeCells(headerRow.number, 2, headerRow.number + 1, 2)
  for (const n of [headerRow.number, headerRow.number + 1]) {
    const row = sheet.getRow(n)
    row.font = { bold: true }
    row.alignment = { vertical: "middle", horizontal: "center", wrapText: true }
  }
  sheet.getRow(headerRow.number).height = 48

  const unitRow = (unit: Report.UnitIndicators, bold: boolean) => {
    const cells: Array<Cell.Cell> = [unit.unit.code ?? "", unit.unit.name]
    for (const figure of unit.indicators) {
      cells.push(
        percent(figure.value),
        figure.numerator,
        figure.denominator,
        percent(figure.target.value),
        statusNames[figure.status][language],
      )
    }
    const row = sheet.addRow(cells.map(Cell.inertCell))
    if (bold) row.font = { bold: true }
  }
  unitRow(report, true)
  for (const child of report.children) unitRow(child, false)

  sheet.getColumn(1).width = 10
  sheet.getColumn(2).width = 28
  for (let c = 3; c <= width; c++) sheet.getColumn(c).width = 11
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
