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

  it("lists the fields a change made, leaving out the unchanged ones and the bookkeeping", () => {
    const before = { id: "p1", fullName: "Nguyễn Văn An", phone: null, villageId: "v1", updatedAt: "a" }
    const after = { id: "p1", fullName: "Nguyễn Văn Ân", phone: null, villageId: "v2", updatedAt: "b" }
    assert.deepStrictEqual(Audit.changes(before, after), [
      { field: "fullName", before: "Nguyễn Văn An", after: "Nguyễn Văn Ân" },
      { field: "villageId", before: "v1", after: "v2" },
    ])
    assert.deepStrictEqual(Audit.changes(before, before), [])
  })

  it("lists every field of a new record and of a removed one; a snapshot that is no record gives none", () => {
    assert.deepStrictEqual(Audit.changes(null, { id: "h1", code: "HGD-1", address: null }), [
      { field: "code", before: undefined, after: "HGD-1" },
      { field: "address", before: undefined, after: null },
    ])
    assert.deepStrictEqual(Audit.changes({ id: "h1", code: "HGD-1" }, null), [
      { field: "code", before: "HGD-1", after: undefined },
    ])
    assert.deepStrictEqual(Audit.changes("text", [1, 2]), [])
  })

  it("names fields in Vietnamese and English, keeps an unknown field's code, and knows the unit fields", () => {
    assert.deepStrictEqual(Audit.fieldName("fullName"), { vi: "Họ và tên", en: "Full name" })
    assert.deepStrictEqual(Audit.fieldName("toString"), { vi: "toString", en: "toString" })
    assert.isTrue(Audit.unitFields.has("villageId"))
    assert.isFalse(Audit.unitFields.has("householdId"))
  })
})
