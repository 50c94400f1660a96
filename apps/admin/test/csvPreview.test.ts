import { describe, expect, it } from "vitest"
import { previewCsv } from "../src/imports/csvPreview"

describe("previewCsv", () => {
  it("numbers rows by their file line, as the API names bad rows", () => {
    const preview = previewCsv("Mã hộ,Họ và tên\nPN-1,Nguyễn Văn An\n\nPN-2,Trần Thị Bình\n")
    expect(preview.header).toEqual(["Mã hộ", "Họ và tên"])
    expect(preview.rows).toEqual([
      { line: 2, cells: ["PN-1", "Nguyễn Văn An"] },
      { line: 4, cells: ["PN-2", "Trần Thị Bình"] },
    ])
  })

  it("reads a BOM, semicolons, CRLF and quoted cells with separators, quotes and line breaks", () => {
    const preview = previewCsv(
      '\uFEFFMã hộ;Địa chỉ\r\nPN-1;"Xóm 3; ngõ ""Đình"""\r\nPN-2;"dòng 1\ndòng 2"\r\nPN-3;x\r\n',
    )
    expect(preview.header).toEqual(["Mã hộ", "Địa chỉ"])
    expect(preview.rows).toEqual([
      { line: 2, cells: ["PN-1", 'Xóm 3; ngõ "Đình"'] },
      { line: 4, cells: ["PN-2", "dòng 1\ndòng 2"] },
      { line: 5, cells: ["PN-3", "x"] },
    ])
  })

  it("stops after the limit", () => {
    const text = ["a,b", ...Array.from({ length: 50 }, (_, i) => `${i},x`)].join("\n")
    expect(previewCsv(text, 10).rows).toHaveLength(10)
  })

  it("finds the header below the title rows, as the API does, and leaves out the column numbers", () => {
    const preview = previewCsv(
      "UBND XÃ PHÚ NGHĨA,,\nDANH SÁCH NGƯỜI DÂN,,\nMã hộ,Họ và tên,Ngày sinh\n(1),(2),(3)\nHD-1,Nguyễn Văn An,21256\n",
    )
    expect(preview.header).toEqual(["Mã hộ", "Họ và tên", "Ngày sinh"])
    expect(preview.rows).toEqual([{ line: 5, cells: ["HD-1", "Nguyễn Văn An", "21256"] }])
  })
})
