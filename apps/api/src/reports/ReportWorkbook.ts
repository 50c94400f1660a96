/**
 * An approved report as the workbook a commune files: the unit, the period, the approved figures beside
 * today's live ones, the narrative, who approved it and when, and the signature lines (người lập biểu,
 * thủ trưởng đơn vị, cấp phê duyệt). Vietnamese by default, English on request. Every text a user typed
 * goes through `Cell.inert`, so it never runs as a formula. (The printable copy is the admin app's print
 * view of the same report: the API's pages may load no style.)
 */
import * as Indicator from "@bdhv/domain/Indicator"
import * as Report from "@bdhv/domain/Report"
import ExcelJS from "exceljs"
import * as Cell from "../export/Cell.js"
import type { Language } from "../http/Language.js"
import type { Detail } from "./Reports.js"

type Text = { readonly vi: string; readonly en: string }

const words = {
  title: {
    vi: "BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO “BÌNH DÂN HỌC VỤ SỐ”",
    en: "“BÌNH DÂN HỌC VỤ SỐ” DIGITAL LITERACY CAMPAIGN — PERIODIC REPORT",
  },
  nation: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: "Độc lập – Tự do – Hạnh phúc", en: "Independence – Freedom – Happiness" },
  unit: { vi: "Đơn vị", en: "Unit" },
  period: { vi: "Kỳ báo cáo", en: "Period" },
  asAt: { vi: "Số liệu tính đến ngày", en: "Figures as at" },
  status: { vi: "Trạng thái", en: "Status" },
  submitted: { vi: "Gửi lúc", en: "Submitted" },
  approved: { vi: "Phê duyệt", en: "Approved" },
  by: { vi: "bởi", en: "by" },
  figures: { vi: "I. SỐ LIỆU CÁC CHỈ TIÊU", en: "I. INDICATORS" },
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  approvedValue: { vi: "Đã duyệt (%)", en: "Approved (%)" },
  approvedFraction: { vi: "Tử số / mẫu số đã duyệt", en: "Approved numerator / denominator" },
  liveValue: { vi: "Hiện tại (%)", en: "Live (%)" },
  liveFraction: { vi: "Tử số / mẫu số hiện tại", en: "Live numerator / denominator" },
  difference: { vi: "Chênh lệch (điểm %)", en: "Difference (points)" },
  narrative: { vi: "II. TÌNH HÌNH THỰC HIỆN", en: "II. NARRATIVE" },
  done: { vi: "1. Kết quả đã làm được", en: "1. What was done" },
  difficulties: { vi: "2. Khó khăn, vướng mắc", en: "2. Difficulties" },
  proposals: { vi: "3. Đề xuất, kiến nghị", en: "3. Proposals" },
  preparer: { vi: "NGƯỜI LẬP BIỂU", en: "PREPARED BY" },
  head: { vi: "THỦ TRƯỞNG ĐƠN VỊ", en: "HEAD OF THE UNIT" },
  approver: { vi: "CẤP PHÊ DUYỆT", en: "APPROVED BY" },
  sign: { vi: "(Ký, ghi rõ họ tên)", en: "(Signature and full name)" },
  signStamp: { vi: "(Ký tên, đóng dấu)", en: "(Signature and seal)" },
  note: {
    vi: "Số liệu “đã duyệt” được khóa tại thời điểm phê duyệt; “hiện tại” là số liệu tính lại đến cùng ngày, gồm cả các ghi nhận bổ sung sau đó.",
    en: "“Approved” figures were locked when the report was approved; “live” figures are recomputed as at the same day, including records added since.",
  },
  empty: { vi: "(không có)", en: "(none)" },
} satisfies Record<string, Text>

/** A ratio (or a difference of ratios) in percent (points), one decimal. */
const percent = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1000) / 10

const approvalText = (detail: Detail, language: Language): string =>
  detail.approved === null
    ? ""
    : `${Cell.instantText(new Date(detail.approved.at))} ${words.by[language]} ${detail.approved.name}`

/** The approved report as an XLSX workbook. */
export const workbook = async (detail: Detail, language: Language): Promise<Uint8Array> => {
  const book = new ExcelJS.Workbook()
  book.creator = "BDHV"
  const sheet = book.addWorksheet(language === "vi" ? "Báo cáo" : "Report", {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  const t = (text: Text) => text[language]
  const add = (cells: ReadonlyArray<Cell.Cell>) => sheet.addRow(cells.map(Cell.inertCell))
  add([t(words.title)]).font = { bold: true, size: 14 }
  sheet.mergeCells(1, 1, 1, 6)
  add([t(words.unit), detail.unit.name])
  add([t(words.period), detail.period.name[language]])
  add([t(words.asAt), Cell.dateText(detail.period.end)])
  add([t(words.status), Report.statusNames[detail.status][language]])
  if (detail.submitted !== null)
    add([
      t(words.submitted),
      `${Cell.instantText(new Date(detail.submitted.at))} ${t(words.by)} ${detail.submitted.name}`,
    ])
  add([t(words.approved), approvalText(detail, language)])
  add([])
  add([t(words.figures)]).font = { bold: true }
  const header = add([
    t(words.indicator),
    t(words.approvedValue),
    t(words.approvedFraction),
    t(words.liveValue),
    t(words.liveFraction),
    t(words.difference),
  ])
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: "middle" }
  for (const f of detail.figures) {
    const name = Indicator.definition(f.id as Indicator.IndicatorId).name[language]
    add([
      name,
      percent(f.approved?.value ?? null),
      f.approved === null ? "" : `${f.approved.numerator} / ${f.approved.denominator}`,
      percent(f.live.value),
      `${f.live.numerator} / ${f.live.denominator}`,
      percent(f.difference),
    ])
  }
  add([t(words.note)]).font = { italic: true, size: 9 }
  add([])
  add([t(words.narrative)]).font = { bold: true }
  for (const key of ["done", "difficulties", "proposals"] as const) {
    add([t(words[key])]).font = { bold: true }
    const row = add([detail.narrative[key] === "" ? t(words.empty) : detail.narrative[key]])
    sheet.mergeCells(row.number, 1, row.number, 6)
    row.alignment = { wrapText: true, vertical: "top" }
    row.height = Math.min(400, 15 * Math.max(1, Math.ceil(detail.narrative[key].length / 90)))
  }
  add([])
  add([t(words.preparer), "", t(words.head), "", t(words.approver)]).font = { bold: true }
  add([t(words.sign), "", t(words.signStamp), "", t(words.signStamp)]).font = { italic: true }
  add([])
  add([])
  add([detail.submitted?.name ?? "", "", "", "", detail.approved?.name ?? ""])
  sheet.getColumn(1).width = 44
  for (const c of [2, 4, 6]) sheet.getColumn(c).width = 14
  for (const c of [3, 5]) sheet.getColumn(c).width = 22
  const buffer = await book.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
