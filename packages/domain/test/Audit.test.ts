import { assert, describe, it } from "@effect/vitest"
import * as Audit from "../src/Audit.js"

describe("Audit", () => {
  it("names each kind of record in Vietnamese and English, and keeps an unknown kind's code", () => {
    assert.deepStrictEqual(Audit.entityName("person"), { vi: "Người", en: "Person" })
    assert.deepStrictEqual(Audit.entityName("skill_record"), { vi: "Kết quả học", en: "Skill record" })
    assert.deepStrictEqual(Audit.entityName("toString"), { vi: "toString", en: "toString" })
    assert.deepStrictEqual(Audit.actionName("login"), { vi: "Đăng nhập", en: "Signed in" })
    assert.deepStrictEqual(Audit.actionName("frobnicate"), { vi: "frobnicate", en: "frobnicate" })
  })

  it("reads a record's name from its snapshot: full name, name, title, code, then email", () => {
    assert.strictEqual(Audit.recordName({ fullName: "Nguyễn Văn A", code: "X" }), "Nguyễn Văn A")
    assert.strictEqual(Audit.recordName({ title: "Lớp VNeID", code: "L1" }), "Lớp VNeID")
    assert.strictEqual(Audit.recordName({ code: "HGD-001", address: "Thôn Đông" }), "HGD-001")
    assert.strictEqual(Audit.recordName({ email: "a@b.vn", fullName: " " }), "a@b.vn")
  })

  it("falls back to the record before the change (a deletion) and says when there is no name", () => {
    assert.strictEqual(Audit.recordName(null, { fullName: "Trần Thị B" }), "Trần Thị B")
    assert.isUndefined(Audit.recordName(null, undefined))
    assert.isUndefined(Audit.recordName({ status: "attended" }, "text"))
  })
})
