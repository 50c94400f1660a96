import { assert, describe, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import * as ValidationMessage from "../src/ValidationMessage.js"

const { label, message } = ValidationMessage

const Form = Schema.Struct({
  name: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(5)).annotate(
    label({ vi: "Tên lớp", en: "Class name" }),
  ),
  seats: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 50 })).annotate(
    label({ vi: "Số chỗ", en: "Seats" }),
  ),
  code: Schema.String.check(
    Schema.isPattern(
      /^[A-Z]{3}$/,
      message({ vi: "Mã gồm 3 chữ in hoa", en: "The code is 3 capital letters" }),
    ),
  ),
  mode: Schema.Literals(["in_person", "online"]).annotate(label({ vi: "Hình thức", en: "Mode" })),
  helpers: Schema.Array(
    Schema.Struct({ phone: Schema.String.annotate(label({ vi: "Số điện thoại", en: "Phone number" })) }),
  ).annotate(label({ vi: "Người hỗ trợ", en: "Helpers" })),
  online: Schema.Boolean.annotate(label({ vi: "VNeID", en: "VNeID" })),
})

const valid = { name: "Lớp 1", seats: 20, code: "ABC", mode: "online", helpers: [], online: true }

const messagesOf = (input: unknown) => {
  const result = ValidationMessage.decodeWithMessages(Form, input)
  return Result.isFailure(result) ? result.failure : []
}

describe("ValidationMessage", () => {
  it("gives a field's label, on its schema or on its last check, and none for an unlabelled field", () => {
    assert.deepStrictEqual(ValidationMessage.fieldLabel(Form, "name"), { vi: "Tên lớp", en: "Class name" })
    assert.deepStrictEqual(ValidationMessage.fieldLabel(Form, "mode"), { vi: "Hình thức", en: "Mode" })
    assert.strictEqual(ValidationMessage.fieldLabel(Form, "code"), undefined)
    assert.strictEqual(ValidationMessage.fieldLabel(Form, "missing"), undefined)
  })

  it("returns the decoded value when the input is valid", () => {
    const result = ValidationMessage.decodeWithMessages(Form, valid)
    assert.isTrue(Result.isSuccess(result))
  })

  it("uses a check's own message, with the field's path", () => {
    assert.deepStrictEqual(messagesOf({ ...valid, code: "abc" }), [
      { path: "code", message: { vi: "Mã gồm 3 chữ in hoa", en: "The code is 3 capital letters" } },
    ])
  })

  it("builds a message from the field's label for checks without their own words", () => {
    assert.deepStrictEqual(messagesOf({ ...valid, name: "", seats: 80 }), [
      { path: "name", message: { vi: "Vui lòng nhập tên lớp", en: "Class name is required" } },
      { path: "seats", message: { vi: "Số chỗ phải từ 1 đến 50", en: "Seats must be between 1 and 50" } },
    ])
    assert.deepStrictEqual(messagesOf({ ...valid, name: "Lớp học số", seats: 2.5 }), [
      {
        path: "name",
        message: { vi: "Tên lớp dài quá 5 ký tự", en: "Class name is longer than 5 characters" },
      },
      { path: "seats", message: { vi: "Số chỗ phải là số nguyên", en: "Seats must be a whole number" } },
    ])
  })

  it("lists the choices of a field that takes one of a few values", () => {
    assert.deepStrictEqual(messagesOf({ ...valid, mode: "radio" }), [
      {
        path: "mode",
        message: {
          vi: "Hình thức: hãy chọn một trong các giá trị in_person, online",
          en: "Mode: choose one of in_person, online",
        },
      },
    ])
  })

  it("reports every failing field, not only the first", () => {
    assert.deepStrictEqual(
      messagesOf({}).map((m) => m.path),
      ["name", "seats", "code", "mode", "helpers", "online"],
    )
  })

  it("names the field of a list item by its path", () => {
    assert.deepStrictEqual(messagesOf({ ...valid, helpers: [{ phone: "1" }, {}] }), [
      {
        path: "helpers.1.phone",
        message: { vi: "Vui lòng nhập số điện thoại", en: "Phone number is required" },
      },
    ])
  })

  it("keeps a label that starts with an acronym as written", () => {
    assert.deepStrictEqual(messagesOf({ ...valid, online: undefined }), [
      { path: "online", message: { vi: "VNeID phải là có hoặc không", en: "VNeID must be yes or no" } },
    ])
  })

  it("says the whole input has the wrong shape when it is not an object", () => {
    assert.deepStrictEqual(messagesOf("hello"), [
      {
        path: "",
        message: {
          vi: "Dữ liệu gửi lên không đúng dạng biểu mẫu",
          en: "The data sent does not have the shape of the form",
        },
      },
    ])
  })

  it("gives Effect's own formatter the English message", () => {
    const result = Schema.decodeUnknownResult(Form)({ ...valid, code: "abc" })
    assert.isTrue(
      Result.isFailure(result) && result.failure.message.includes("The code is 3 capital letters"),
    )
  })

  it("compiles a decoder once for many inputs", () => {
    const decode = ValidationMessage.decoderWithMessages(Form)
    assert.isTrue(Result.isSuccess(decode(valid)))
    assert.isTrue(Result.isFailure(decode({ ...valid, seats: 0 })))
  })
})
