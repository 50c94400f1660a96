import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Spreadsheet from "../src/Spreadsheet.js"
import * as Text from "../src/Text.js"

const residents = Spreadsheet.residentColumns

describe("Spreadsheet", () => {
  describe("twoLineHeader", () => {
    it("joins a group label over its sub-headers, a label split in two, and labels merged down both rows", () => {
      const top = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Thông tin số", "Thông tin số", "Số điện"]
      const below = [
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Mức VNeID",
        "Tài khoản ngân hàng số",
        "thoại",
      ]
      const header = Spreadsheet.twoLineHeader(residents, top, below)
      assert.deepStrictEqual(header, [
        "STT",
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Mức VNeID",
        "Tài khoản ngân hàng số",
        "Số điện thoại",
      ])
      const layout = Spreadsheet.layoutOf(residents, header!)
      assert.deepStrictEqual(
        [layout.index.get("vneidLevel"), layout.index.get("digitalBank"), layout.index.get("phone")],
        [4, 5, 6],
      )
    })

    it("leaves a row of data, of column numbers or a repeat of the header to the header alone", () => {
      const top = ["STT", "Mã hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Thông tin số"]
      for (const below of [
        ["1", "HD-01", "Nguyễn Văn An", "12/03/1958", "Nam", "2"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        top,
        ["", "", "", "", "", ""],
      ])
        assert.isUndefined(Spreadsheet.twoLineHeader(residents, top, below), below.join(" | "))
    })
  })

  describe("columnOf", () => {
    it("reads the labels communes write, with or without accents, in any case", () => {
      const cases: ReadonlyArray<readonly [string, Spreadsheet.ResidentColumn]> = [
        ["Họ và tên", "fullName"],
        ["HO VA TEN", "fullName"],
        ["họ tên", "fullName"],
        ["Ngày sinh", "birth"],
        ["Ngay thang nam sinh", "birth"],
        ["Ngày sinh (dd/mm/yyyy)", "birth"],
        ["Giới tính", "sex"],
        ["Gioi tinh (Nam/Nữ)", "sex"],
        ["Số điện thoại", "phone"],
        ["SĐT", "phone"],
        ["Thôn/Tổ dân phố", "village"],
        ["Thôn, xóm", "village"],
        ["Thon/TDP", "village"],
        ["Mã hộ gia đình", "householdCode"],
        ["Mức định danh điện tử", "vneidLevel"],
      ]
      for (const [label, key] of cases) assert.strictEqual(Spreadsheet.columnOf(residents, label), key, label)
    })

    it("reads no column from a title, a note or an ordinal column", () => {
      for (const text of ["UBND XÃ PHÚ NGHĨA", "DANH SÁCH NGƯỜI DÂN", "STT", "Ghi chú", ""]) {
        assert.strictEqual(Spreadsheet.columnOf(residents, text), undefined, text)
      }
    })

    it("knows every label it lists, and each label names one column", () => {
      const seen = new Map<string, string>()
      for (const [key, column] of Object.entries(residents.columns)) {
        for (const label of column.labels) {
          const folded = Text.searchKey(label)
          assert.strictEqual(seen.get(folded) ?? key, key, `${label} names two columns`)
          seen.set(folded, key)
          assert.strictEqual(Spreadsheet.columnOf(residents, label), key)
        }
      }
    })

    it("tells a derived column apart: Người cao tuổi is derived, not a column", () => {
      assert.strictEqual(Spreadsheet.columnOf(residents, "Người cao tuổi"), undefined)
      assert.strictEqual(Spreadsheet.derivedColumnOf(residents, "NGUOI CAO TUOI")?.name.vi, "Người cao tuổi")
      assert.strictEqual(Spreadsheet.derivedColumnOf(residents, "Họ và tên"), undefined)
    })
  })

  describe("headerRowIndex", () => {
    it("finds the header below two title rows", () => {
      const rows = [
        ["UBND XÃ PHÚ NGHĨA"],
        ["DANH SÁCH NGƯỜI DÂN THÔN ĐỒNG BẾN", "", "", "Ngày 01/12/2026"],
        ["STT", "Mã hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố", "Người cao tuổi"],
        ["1", "HD-1", "Nguyễn Văn An", "12/03/1958", "Nam", "Đồng Bến", "x"],
      ]
      assert.strictEqual(Spreadsheet.headerRowIndex(residents, rows), 2)
    })

    it("does not take a title that mentions one column for the header", () => {
      const rows = [["Họ và tên người dân"], ["Họ và tên", "Ngày sinh", "Giới tính"]]
      assert.strictEqual(Spreadsheet.headerRowIndex(residents, rows), 1)
    })

    it("finds none in a sheet without a header", () => {
      assert.strictEqual(
        Spreadsheet.headerRowIndex(residents, [
          ["a", "b"],
          ["1", "2"],
        ]),
        undefined,
      )
      assert.strictEqual(Spreadsheet.headerRowIndex(residents, []), undefined)
    })

    it.prop(
      "finds the header under any number of title rows within the search",
      [Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: Spreadsheet.headerSearchRows - 1 }))],
      ([titles]) => {
        const rows = [
          ...Array.from({ length: titles }, (_, i) => [`DANH SÁCH ${i}`]),
          ["Mã hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn"],
        ]
        return Spreadsheet.headerRowIndex(residents, rows) === titles
      },
    )
  })

  describe("layoutOf", () => {
    it("places the columns, lists derived ones and the missing required ones", () => {
      const layout = Spreadsheet.layoutOf(residents, [
        "STT",
        "Họ tên",
        "Người cao tuổi",
        "Ngày sinh",
        "Giới tính",
      ])
      assert.deepStrictEqual(
        [...layout.index],
        [
          ["fullName", 1],
          ["birth", 3],
          ["sex", 4],
        ],
      )
      assert.deepStrictEqual(
        layout.derived.map((d) => [d.index, d.header]),
        [[2, "Người cao tuổi"]],
      )
      assert.deepStrictEqual(Spreadsheet.missingColumns(residents, layout), ["householdCode", "village"])
    })
  })

  describe("isColumnNumberRow", () => {
    it("recognises the numbering row official lists put under the header", () => {
      assert.isTrue(Spreadsheet.isColumnNumberRow(["(1)", "(2)", "(3)", ""]))
      assert.isTrue(Spreadsheet.isColumnNumberRow(["1", "2", "3", "4"]))
      assert.isTrue(Spreadsheet.isColumnNumberRow(["A", "B", "C"]))
      assert.isFalse(Spreadsheet.isColumnNumberRow(["1", "HD-1", "Nguyễn Văn An"]))
      assert.isFalse(Spreadsheet.isColumnNumberRow(["1"]))
    })
  })

  describe("dates", () => {
    it("reads Excel serials in the 1900 date system", () => {
      assert.strictEqual(Spreadsheet.dateOfExcelSerial(21256), "1958-03-12")
      assert.strictEqual(Spreadsheet.dateOfExcelSerial(61), "1900-03-01")
      assert.strictEqual(Spreadsheet.dateOfExcelSerial(45658.75), "2025-01-01")
      assert.strictEqual(Spreadsheet.dateOfExcelSerial(60), undefined)
      assert.strictEqual(Spreadsheet.dateOfExcelSerial(Number.NaN), undefined)
    })

    it.prop(
      "an Excel serial and the day it stands for are the same distance apart on every day",
      [Schema.Int.check(Schema.isBetween({ minimum: 61, maximum: 73_000 }))],
      ([serial]) =>
        CalendarDate.daysBetween(
          Spreadsheet.dateOfExcelSerial(61)!,
          Spreadsheet.dateOfExcelSerial(serial)!,
        ) ===
        serial - 61,
    )

    it("reads day-first dates as Vietnamese forms write them, and refuses days that do not exist", () => {
      assert.strictEqual(Spreadsheet.dateOfCell("12/03/1958"), "1958-03-12")
      assert.strictEqual(Spreadsheet.dateOfCell("2/3/1958"), "1958-03-02")
      assert.strictEqual(Spreadsheet.dateOfCell("02-03-1958"), "1958-03-02")
      assert.strictEqual(Spreadsheet.dateOfCell("1958-03-12"), "1958-03-12")
      assert.strictEqual(Spreadsheet.dateOfCell("21256"), "1958-03-12")
      assert.strictEqual(Spreadsheet.dateOfCell(new Date(Date.UTC(1958, 2, 12))), "1958-03-12")
      assert.strictEqual(Spreadsheet.dateOfCell("31/02/1980"), undefined)
      assert.strictEqual(Spreadsheet.dateOfCell("03/12"), undefined)
      assert.strictEqual(Spreadsheet.dateOfCell(null), undefined)
    })

    it("reads a birth as a year, a date cell, a serial or a typed date", () => {
      assert.deepStrictEqual(Spreadsheet.birthOfCell(1958), { year: 1958 })
      assert.deepStrictEqual(Spreadsheet.birthOfCell(" 1958 "), { year: 1958 })
      assert.deepStrictEqual(Spreadsheet.birthOfCell(21256), { date: CalendarDate.parse("1958-03-12")! })
      assert.deepStrictEqual(Spreadsheet.birthOfCell("4/3/1958"), { date: CalendarDate.parse("1958-03-04")! })
      assert.strictEqual(Spreadsheet.birthOfCell("ông Ba"), undefined)
    })
  })
})
