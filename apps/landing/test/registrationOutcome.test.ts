import { describe, expect, it } from "vitest"
import { registrationOutcome } from "../src/api/registrationOutcome.ts"

const nextClass = {
  id: "c2",
  title: "Dùng VNeID",
  communeId: "u1",
  communeName: "Xuân Mai",
  venue: "Nhà văn hóa thôn Đồng Vai",
  startsAt: "2025-06-14T08:00:00+07:00",
  endsAt: null,
  audience: "elderly",
  topics: ["vneid"],
  mode: "in-person",
  seatsLeft: 12,
}

describe("registrationOutcome", () => {
  it("reads a new registration with what to bring, and a warning when the class may not suit", () => {
    expect(
      registrationOutcome(201, { status: "registered", whatToBring: ["Điện thoại", "CCCD"], warning: null }),
    ).toEqual({
      _tag: "Registered",
      whatToBring: ["Điện thoại", "CCCD"],
      warning: null,
    })
    const warned = registrationOutcome(201, { whatToBring: [], warning: "Lớp dành cho người từ 60 tuổi" })
    expect(warned).toMatchObject({ _tag: "Registered", warning: "Lớp dành cho người từ 60 tuổi" })
  })

  it("recognises a second sign-up of the same person", () => {
    expect(registrationOutcome(200, { status: "already_registered", whatToBring: ["Điện thoại"] })._tag).toBe(
      "Duplicate",
    )
    expect(registrationOutcome(409, { error: "already_registered", message: "…", issues: [] })._tag).toBe(
      "Duplicate",
    )
  })

  it("tells a full class from a duplicate by the class it offers", () => {
    expect(registrationOutcome(409, { error: "class_full", nextClass })).toEqual({ _tag: "Full", nextClass })
    expect(registrationOutcome(409, { error: "class_full", nextClass: null })).toEqual({
      _tag: "Full",
      nextClass: null,
    })
  })

  it("keeps the field messages of a bad request", () => {
    const outcome = registrationOutcome(400, {
      error: "invalid_input",
      message: "Dữ liệu không hợp lệ",
      issues: [{ path: "phone", message: "Số di động có 10 chữ số" }],
    })
    expect(outcome).toEqual({
      _tag: "Invalid",
      message: "Dữ liệu không hợp lệ",
      issues: [{ path: "phone", message: "Số di động có 10 chữ số" }],
    })
  })

  it("reports anything else as a failure to retry", () => {
    expect(registrationOutcome(500, null)).toEqual({ _tag: "Failed", status: 500 })
  })
})
