import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as Phone from "../src/Phone.js"
import * as ValidationMessage from "../src/ValidationMessage.js"

const ok = (input: string) => Result.getOrThrow(Phone.parse(input))
const problem = (input: string) =>
  Result.match(Phone.parse(input), { onSuccess: () => "ok", onFailure: (e) => e.problem })

describe("Phone", () => {
  describe("parse", () => {
    it("reads the usual ways of writing a mobile number into E.164", () => {
      for (const input of [
        "0912345678",
        "0912 345 678",
        "0912.345.678",
        "0912-345-678",
        "+84912345678",
        "+84 912 345 678",
        "84912345678",
        "0084 912 345 678",
        "(+84) 0912 345 678",
        " 0912345678 ",
      ]) {
        assert.strictEqual(ok(input), "+84912345678", input)
      }
    })

    it("accepts every allocated mobile prefix", () => {
      const prefixes = [
        ...["32", "33", "34", "35", "36", "37", "38", "39"],
        ...["52", "55", "56", "58", "59"],
        ...["70", "76", "77", "78", "79"],
        ...["81", "82", "83", "84", "85", "86", "87", "88", "89"],
        ...["90", "91", "92", "93", "94", "95", "96", "97", "98", "99"],
      ]
      for (const p of prefixes) assert.strictEqual(ok(`0${p}1234567`), `+84${p}1234567`, p)
    })

    it("rejects unallocated mobile prefixes", () => {
      for (const p of [
        "30",
        "31",
        "50",
        "51",
        "53",
        "54",
        "57",
        "71",
        "72",
        "73",
        "74",
        "75",
        "80",
        "10",
        "40",
        "60",
      ]) {
        assert.strictEqual(problem(`0${p}1234567`), "unknown_prefix", p)
      }
    })

    it("converts an old 11-digit mobile number to its new prefix", () => {
      assert.strictEqual(ok("0168 123 4567"), "+84381234567")
      assert.strictEqual(ok("0123 456 7890"), "+84834567890")
      assert.strictEqual(ok("+84 199 123 4567"), "+84591234567")
    })

    it("accepts landlines with their area code", () => {
      assert.strictEqual(ok("024 3825 1234"), "+842438251234")
      assert.strictEqual(ok("0203 382 5123"), "+842033825123")
      assert.isFalse(Phone.isMobile(ok("024 3825 1234")))
      assert.isTrue(Phone.isMobile(ok("0912345678")))
    })

    it("says why a number is rejected", () => {
      assert.strictEqual(problem(""), "empty")
      assert.strictEqual(problem("   "), "empty")
      assert.strictEqual(problem("09l2345678"), "invalid_characters")
      assert.strictEqual(problem("0912/345/678"), "invalid_characters")
      assert.strictEqual(problem("+1 415 555 0100"), "not_vietnamese")
      assert.strictEqual(problem("0033 1 23 45 67 89"), "not_vietnamese")
      assert.strictEqual(problem("091234567"), "wrong_length")
      assert.strictEqual(problem("09123456789"), "wrong_length")
      assert.strictEqual(problem("1900 1234"), "wrong_length")
    })

    it("gives the reason in Vietnamese and English", () => {
      const result = Phone.parse("0112345678")
      assert.isTrue(Result.isFailure(result))
      if (Result.isFailure(result)) {
        assert.strictEqual(result.failure._tag, "Phone/Invalid")
        assert.deepStrictEqual(result.failure.text, Phone.problemMessages.unknown_prefix)
      }
    })

    it.prop("gives the same number however it is written", [Phone.E164], ([phone]) => {
      const national = `0${phone.slice(3)}`
      const spaced = `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
      for (const written of [phone, national, spaced, spaced.replaceAll(" ", "."), `84${phone.slice(3)}`]) {
        assert.strictEqual(ok(written), phone, written)
      }
      assert.strictEqual(ok(Phone.format(phone)), phone)
    })

    it.prop("never throws and returns only E.164 numbers", [Schema.String], ([s]) => {
      const result = Phone.parse(s)
      if (Result.isSuccess(result)) assert.isTrue(Schema.is(Phone.E164)(result.success))
    })
  })

  describe("the PhoneNumber schema", () => {
    it("decodes any usual form to E.164", () => {
      assert.strictEqual(Schema.decodeUnknownSync(Phone.PhoneNumber)("0912.345.678"), "+84912345678")
    })

    it("rejects with the reason, for the field", () => {
      const result = ValidationMessage.decodeWithMessages(Schema.Struct({ phone: Phone.PhoneNumber }), {
        phone: "0112 345 678",
      })
      assert.deepStrictEqual(Result.isFailure(result) ? result.failure : [], [
        { path: "phone", message: Phone.problemMessages.unknown_prefix },
      ])
    })

    it("asks for the number when it is missing", () => {
      const result = ValidationMessage.decodeWithMessages(Schema.Struct({ phone: Phone.PhoneNumber }), {})
      assert.isTrue(Result.isFailure(result))
      if (Result.isFailure(result)) {
        assert.deepStrictEqual(result.failure, [
          { path: "phone", message: { vi: "Vui lòng nhập số điện thoại", en: "Phone number is required" } },
        ])
      }
    })

    it("round-trips every number through encode and decode", async () => {
      await new TestSchema.Asserts(Phone.PhoneNumber).verifyRoundTrip()
    })
  })

  describe("format and mask", () => {
    it("writes numbers the Vietnamese way", () => {
      assert.strictEqual(Phone.format(ok("+84912345678")), "0912 345 678")
      assert.strictEqual(Phone.format(ok("02438251234")), "024 3825 1234")
      assert.strictEqual(Phone.format(ok("02033825123")), "0203 382 5123")
    })

    it("hides the middle of the number", () => {
      assert.strictEqual(Phone.mask(ok("+84912345678")), "091****678")
      assert.strictEqual(Phone.mask(ok("02438251234")), "024*****234")
    })

    it.prop("never shows more than six digits", [Arbitrary.schema(Phone.E164)], ([phone]) => {
      const masked = Phone.mask(phone)
      assert.strictEqual(masked.replace(/\D/g, "").length, 6)
      assert.strictEqual(masked.length, phone.length - 2)
    })
  })
  describe("searchKey", () => {
    it("reads every spelling of a number as the same search", () => {
      for (const query of [
        "0912 345 678",
        "0912345678",
        "+84912345678",
        "84-912-345-678",
        " 0912.345.678 ",
      ]) {
        assert.strictEqual(Phone.searchKey(query), "+84912345678", query)
      }
    })

    it("is not a number for a name, a household code or a part of a number", () => {
      for (const query of ["Nguyễn Văn A", "HGD-0012", "345 678", "0912", "", "09a2345678", "112"]) {
        assert.isUndefined(Phone.searchKey(query), query)
      }
    })
  })
})
