import { assert, describe, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Phone from "../src/Phone.js"
import * as Registration from "../src/Registration.js"
import * as ValidationMessage from "../src/ValidationMessage.js"
import * as VietnameseName from "./arbitraries/VietnameseName.js"

const form = {
  fullName: "nguyễn văn đức",
  phone: "0912 345 678",
  birthYear: "1958",
  unitId: "vn:10063:thon-dong-ben",
  needs: ["elderly"],
  topicIds: ["vneid"],
  consent: true,
}

const messagesOf = (schema: Schema.Decoder<unknown>, input: unknown) => {
  const result = ValidationMessage.decodeWithMessages(schema, input)
  return Result.isFailure(result) ? result.failure : []
}

describe("Registration", () => {
  describe("PublicSignUp", () => {
    it("reads the form as a person types it", () => {
      const signUp = Schema.decodeUnknownSync(Registration.PublicSignUp)(form)
      assert.strictEqual(signUp.fullName, "Nguyễn Văn Đức")
      assert.strictEqual(signUp.phone, "+84912345678")
      assert.strictEqual(signUp.birthYear, 1958)
      assert.isFalse("classId" in signUp)
    })

    it("tells the person what to fix, field by field, in Vietnamese and English", () => {
      const messages = messagesOf(Registration.PublicSignUp, {
        ...form,
        fullName: "",
        phone: "12345",
        birthYear: "58",
        consent: false,
      })
      assert.deepStrictEqual(messages, [
        { path: "fullName", message: { vi: "Vui lòng nhập họ và tên", en: "Enter the full name" } },
        { path: "phone", message: Phone.problemMessages.wrong_length },
        {
          path: "birthYear",
          message: {
            vi: "Năm sinh gồm 4 chữ số, ví dụ 1958",
            en: "Write the birth year with 4 digits, e.g. 1958",
          },
        },
        {
          path: "consent",
          message: {
            vi: "Vui lòng đồng ý để xã dùng họ tên và số điện thoại của bạn để liên hệ",
            en: "Please agree that the commune may use your name and phone number to contact you",
          },
        },
      ])
    })

    it("asks for the phone and where the person lives when they are missing", () => {
      const { phone: _, unitId: __, ...rest } = form
      assert.deepStrictEqual(messagesOf(Registration.PublicSignUp, rest), [
        { path: "phone", message: { vi: "Vui lòng nhập số điện thoại", en: "Phone number is required" } },
        {
          path: "unitId",
          message: {
            vi: "Vui lòng nhập xã, phường hoặc thôn, tổ dân phố",
            en: "Commune or village is required",
          },
        },
      ])
    })

    it("rejects a birth year outside 1900–2100", () => {
      assert.deepStrictEqual(messagesOf(Registration.PublicSignUp, { ...form, birthYear: 1800 }), [
        {
          path: "birthYear",
          message: {
            vi: "Năm sinh phải từ 1900 đến 2100",
            en: "The birth year must be between 1900 and 2100",
          },
        },
      ])
    })

    it("round-trips every sign-up through encode and decode", async () => {
      await new TestSchema.Asserts(Registration.PublicSignUp).verifyRoundTrip()
    })
  })

  describe("VolunteerSignUp", () => {
    it("takes a guide who can teach at least one topic", () => {
      const volunteer = Schema.decodeUnknownSync(Registration.VolunteerSignUp)({
        ...form,
        role: "guide",
        topicIds: ["vneid", "digital-payment"],
        availability: "tối thứ 3",
      })
      assert.strictEqual(volunteer.role, "guide")
      assert.deepStrictEqual(
        messagesOf(Registration.VolunteerSignUp, { ...form, role: "guide", topicIds: [] }).map((m) => m.path),
        ["topicIds"],
      )
    })

    it("round-trips every volunteer sign-up through encode and decode", async () => {
      await new TestSchema.Asserts(Registration.VolunteerSignUp).verifyRoundTrip()
    })
  })

  describe("dedupeKey", () => {
    it("recognises a person who signs up twice, however they typed it", () => {
      const first = Schema.decodeUnknownSync(Registration.PublicSignUp)(form)
      const second = Schema.decodeUnknownSync(Registration.PublicSignUp)({
        ...form,
        fullName: "NGUYEN VAN DUC",
        phone: "+84 912.345.678",
        classId: "class-2",
      })
      assert.strictEqual(Registration.dedupeKey(first), "nguyen van duc|+84912345678")
      assert.isTrue(Registration.isSamePerson(first, second))
    })

    it("tells apart two people sharing a family phone", () => {
      const father = Schema.decodeUnknownSync(Registration.PublicSignUp)(form)
      const daughter = Schema.decodeUnknownSync(Registration.PublicSignUp)({
        ...form,
        fullName: "Nguyễn Thị Lan",
      })
      assert.isFalse(Registration.isSamePerson(father, daughter))
    })

    it.prop(
      "is the same for a name however it is typed",
      [VietnameseName.typed, Phone.E164],
      ([[name, typed], phone]) => {
        assert.strictEqual(
          Registration.dedupeKey({ fullName: name, phone }),
          Registration.dedupeKey({ fullName: typed, phone }),
        )
      },
    )
  })
})

describe("volunteer rules", () => {
  const today = Schema.decodeSync(CalendarDate.CalendarDate)("2026-03-01")
  it("refuses a birth year in the future or one that makes a child volunteer, accepts 16 this year", () => {
    assert.deepStrictEqual(
      [2031, 2020, 2015, 2010, 1958].map((birthYear) =>
        Registration.volunteerProblems({ birthYear }, today).map((p) => p.path),
      ),
      [["birthYear"], ["birthYear"], ["birthYear"], [], []],
    )
    assert.include(Registration.volunteerProblems({ birthYear: 2031 }, today)[0]!.message.vi, "chưa đến")
    assert.include(
      Registration.volunteerProblems({ birthYear: 2015 }, today)[0]!.message.en,
      "born in 2010 or earlier",
    )
  })

  it("decides an application once", () => {
    assert.isTrue(Result.isSuccess(Registration.decide("pending", "approved")))
    const again = Registration.decide("approved", "rejected")
    assert.isTrue(
      Result.isFailure(again) && again.failure.text.en === "This application has already been approved",
    )
    const rejected = Registration.decide("rejected", "approved")
    assert.isTrue(Result.isFailure(rejected) && rejected.failure.text.vi === "Đơn này đã bị từ chối trước đó")
  })

  it("makes a youth volunteer's approval a join: it names a campaign or a team", () => {
    const youth = { role: "youth_volunteer" } as const
    const missing = Registration.decisionProblems(youth, { decision: "approved" })
    assert.deepStrictEqual(
      missing.map((p) => p.path),
      ["joins"],
    )
    assert.include(missing[0]!.message.vi, "chiến dịch hoặc tổ")
    assert.deepStrictEqual(
      Registration.decisionProblems(youth, { decision: "approved", joins: { teamId: "t1" } }),
      [],
    )
    assert.deepStrictEqual(Registration.decisionProblems(youth, { decision: "rejected" }), [])
    assert.deepStrictEqual(Registration.decisionProblems({ role: "guide" }, { decision: "approved" }), [])
    const decodeJoins = Schema.decodeUnknownResult(Registration.Joins)
    assert.isTrue(Result.isSuccess(decodeJoins({ campaignId: "c1" })))
    assert.isTrue(Result.isFailure(decodeJoins({ campaignId: "" })))
    const messages = (input: unknown) => {
      const decoded = decodeJoins(input)
      return Result.isFailure(decoded) ? ValidationMessage.fromIssue(decoded.failure.issue) : []
    }
    assert.deepStrictEqual(messages({}), [
      {
        path: "",
        message: { vi: "Chọn chiến dịch hoặc tổ tham gia", en: "Choose the campaign or team joined" },
      },
    ])
    assert.deepStrictEqual(
      messages({ campaignId: "c1", teamId: "t1" }).map((m) => m.message.en),
      ["Choose one: a campaign or a team, not both"],
    )
    assert.deepStrictEqual(
      messages({ campaignId: "" }).map((m) => m.path),
      ["campaignId"],
    )
  })
})
