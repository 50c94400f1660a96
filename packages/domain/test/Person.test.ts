import { assert, describe, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Person from "../src/Person.js"
import * as ValidationMessage from "../src/ValidationMessage.js"
import { lifetimeDate } from "./arbitraries/DateBetween.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const born = (s: string) => ({ birth: Person.bornOn(d(s)) })
const bornIn = (year: number) => ({ birth: Person.bornIn(year) })
const realisticDate = lifetimeDate

const form = {
  fullName: "  nguyễn   thị  HOA ",
  birth: { year: 1958 },
  sex: "female",
  householdId: "hh-1",
  unitId: "vn:10015:thon-1",
  groups: [{ _tag: "farmer" }, { _tag: "remote_area" }],
  vneidLevel: 1,
  hasDigitalBankAccount: false,
  phone: "0912.345.678",
}

const messagesOf = (input: unknown) => {
  const result = ValidationMessage.decodeWithMessages(Person.PersonInput, input)
  return Result.isFailure(result) ? result.failure : []
}

describe("Person", () => {
  describe("ageAt", () => {
    it("counts completed years, turning a year older on the birthday", () => {
      assert.strictEqual(Person.ageAt(born("1965-07-01"), d("2025-06-30")), 59)
      assert.strictEqual(Person.ageAt(born("1965-07-01"), d("2025-07-01")), 60)
      assert.strictEqual(Person.ageAt(born("1965-07-01"), d("2025-12-31")), 60)
    })

    it("reaches a 29 February birthday on 1 March in common years", () => {
      const leapling = born("2008-02-29")
      assert.strictEqual(Person.ageAt(leapling, d("2026-02-28")), 17)
      assert.strictEqual(Person.ageAt(leapling, d("2026-03-01")), 18)
      assert.strictEqual(Person.ageAt(leapling, d("2028-02-28")), 19)
      assert.strictEqual(Person.ageAt(leapling, d("2028-02-29")), 20)
    })

    it("treats a person known only by birth year as born on 1 January", () => {
      assert.strictEqual(Person.ageAt(bornIn(1965), d("2025-01-01")), 60)
      assert.strictEqual(Person.ageAt(bornIn(1965), d("2024-12-31")), 59)
      assert.strictEqual(Person.ageAt(bornIn(1965), d("2025-12-31")), 60)
    })

    it.prop(
      "never decreases as the reference date moves on",
      [realisticDate, realisticDate, realisticDate],
      ([b, x, y]) => {
        const [earlier, later] = x <= y ? [x, y] : [y, x]
        assert.isTrue(Person.ageAt(born(b), earlier) <= Person.ageAt(born(b), later))
      },
    )

    it.prop(
      "gives at least the age of the full date to the year alone",
      [realisticDate, realisticDate],
      ([b, at]) => {
        const year = CalendarDate.yearOf(b)
        const byDate = Person.ageAt(born(b), at)
        const byYear = Person.ageAt(bornIn(year), at)
        assert.isTrue(byYear === byDate || byYear === byDate + 1)
      },
    )
  })

  describe("isElderlyAt", () => {
    it("is elderly from the 60th birthday (Law on the Elderly 2009)", () => {
      assert.isFalse(Person.isElderlyAt(born("1965-07-01"), d("2025-06-30")))
      assert.isTrue(Person.isElderlyAt(born("1965-07-01"), d("2025-07-01")))
    })

    it("is elderly from 1 January of the 60th year when only the year is known", () => {
      assert.isFalse(Person.isElderlyAt(bornIn(1965), d("2024-12-31")))
      assert.isTrue(Person.isElderlyAt(bornIn(1965), d("2025-01-01")))
    })
  })

  describe("isAdultAt", () => {
    it("is an adult from the 18th birthday", () => {
      assert.isFalse(Person.isAdultAt(born("2007-05-21"), d("2025-05-20")))
      assert.isTrue(Person.isAdultAt(born("2007-05-21"), d("2025-05-21")))
    })
  })

  describe("needsDigitalIdentityAt", () => {
    it("expects a digital identity from 16: “100% công dân từ 16 tuổi có danh tính số”", () => {
      assert.isFalse(Person.needsDigitalIdentityAt(born("2009-05-22"), d("2025-05-21")))
      assert.isTrue(Person.needsDigitalIdentityAt(born("2009-05-21"), d("2025-05-21")))
      assert.isTrue(Person.needsDigitalIdentityAt(bornIn(2009), d("2025-05-21")))
      assert.isFalse(Person.needsDigitalIdentityAt(bornIn(2010), d("2025-12-31")))
    })

    it.prop(
      "holds for every adult, and every elderly person is an adult",
      [realisticDate, realisticDate],
      ([b, at]) => {
        const p = born(b)
        if (Person.isElderlyAt(p, at)) assert.isTrue(Person.isAdultAt(p, at))
        if (Person.isAdultAt(p, at)) assert.isTrue(Person.needsDigitalIdentityAt(p, at))
      },
    )
  })

  describe("ageCutoff", () => {
    it("gives the latest birth date and year for an age at a date", () => {
      assert.deepStrictEqual(Person.ageCutoff(16, d("2025-05-21")), {
        latestBirthDate: d("2009-05-21"),
        latestBirthYear: 2009,
      })
      assert.strictEqual(Person.ageCutoff(18, d("2028-02-29")).latestBirthDate, "2010-02-28")
    })

    it.prop(
      "agrees with ageAt for every birth date and age",
      [realisticDate, realisticDate, Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 110 }))],
      ([b, at, age]) => {
        if (CalendarDate.yearOf(at) - age < 0) return
        const cutoff = Person.ageCutoff(age, at)
        assert.strictEqual(b <= cutoff.latestBirthDate, Person.ageAt(born(b), at) >= age)
        const year = CalendarDate.yearOf(b)
        assert.strictEqual(year <= cutoff.latestBirthYear, Person.ageAt(bornIn(year), at) >= age)
      },
    )
  })

  describe("groups", () => {
    it("answers the questions the task groups ask", () => {
      const person = Schema.decodeUnknownSync(Person.PersonInput)({
        ...form,
        groups: [
          { _tag: "worker", organizationId: "org-1" },
          { _tag: "student", schoolLevel: "vocational" },
          { _tag: "small_trader" },
          { _tag: "disability" },
        ],
      })
      assert.isTrue(Person.isWorker(person))
      assert.deepStrictEqual<ReadonlyArray<string>>(Person.employersOf(person), ["org-1"])
      assert.strictEqual(Person.schoolLevelOf(person), "vocational")
      assert.isTrue(Person.isTraderOrFarmer(person))
      assert.isTrue(Person.hasDisability(person))
      assert.isFalse(Person.isCivilServant(person))
      assert.isFalse(Person.livesInRemoteArea(person))
    })

    it("counts only a level-2 VNeID account as a digital identity", () => {
      assert.isFalse(Person.hasDigitalIdentity({ vneidLevel: 1 }))
      assert.isTrue(Person.hasDigitalIdentity({ vneidLevel: 2 }))
    })
  })

  describe("PersonInput", () => {
    it("normalises the name and the phone number", () => {
      const person = Schema.decodeUnknownSync(Person.PersonInput)(form)
      assert.strictEqual(person.fullName, "Nguyễn Thị Hoa")
      assert.strictEqual(person.phone, "+84912345678")
    })

    it("reads a blank phone as no phone", () => {
      const person = Schema.decodeUnknownSync(Person.PersonInput)({ ...form, phone: "  " })
      assert.isFalse("phone" in person)
      assert.isFalse("phone" in Schema.decodeUnknownSync(Person.PersonInput)({ ...form, phone: undefined }))
      assert.isFalse("phone" in Schema.decodeUnknownSync(Person.PersonInput)({ ...form, phone: null }))
      const { phone: _, ...withoutPhone } = form
      assert.isFalse("phone" in Schema.decodeUnknownSync(Person.PersonInput)(withoutPhone))
    })

    it("says what is wrong with each field, in Vietnamese and English", () => {
      assert.deepStrictEqual(
        messagesOf({ ...form, fullName: "   ", sex: "x", vneidLevel: 3, phone: "0112 345 678" }),
        [
          { path: "fullName", message: { vi: "Vui lòng nhập họ và tên", en: "Enter the full name" } },
          {
            path: "sex",
            message: {
              vi: "Giới tính: hãy chọn một trong các giá trị male, female",
              en: "Sex: choose one of male, female",
            },
          },
          {
            path: "vneidLevel",
            message: {
              vi: "Mức định danh điện tử VNeID: hãy chọn một trong các giá trị 0, 1, 2",
              en: "VNeID level: choose one of 0, 1, 2",
            },
          },
          {
            path: "phone",
            message: {
              vi: "Đầu số này không phải đầu số di động hay cố định của Việt Nam",
              en: "This is not a Vietnamese mobile or landline prefix",
            },
          },
        ],
      )
    })

    it("asks for the birth date or year when neither is given", () => {
      assert.deepStrictEqual(messagesOf({ ...form, birth: {} }), [
        {
          path: "birth",
          message: {
            vi: "Nhập ngày sinh hoặc năm sinh (chỉ một trong hai)",
            en: "Enter the birth date or the birth year (only one of them)",
          },
        },
      ])
    })

    it("accepts only one of birth date and birth year", () => {
      assert.deepStrictEqual(
        messagesOf({ ...form, birth: { date: "1958-03-12", year: 1958 } }).map((m) => m.path),
        ["birth"],
      )
    })

    it("points at the birth date when it is not a real date", () => {
      assert.deepStrictEqual(messagesOf({ ...form, birth: { date: "1958-02-30" } }), [
        {
          path: "birth.date",
          message: { vi: "Ngày này không có trên lịch", en: "This date does not exist on the calendar" },
        },
      ])
    })

    it("asks for each missing field by its name", () => {
      const messages = messagesOf({})
      assert.deepInclude(messages, {
        path: "fullName",
        message: { vi: "Vui lòng nhập họ và tên", en: "Full name is required" },
      })
      assert.deepInclude(messages, {
        path: "unitId",
        message: { vi: "Vui lòng nhập thôn, tổ dân phố", en: "Village or residential group is required" },
      })
      assert.deepInclude(messages, {
        path: "vneidLevel",
        message: { vi: "Vui lòng nhập mức định danh điện tử VNeID", en: "VNeID level is required" },
      })
    })

    it("round-trips every input through encode and decode", async () => {
      await new TestSchema.Asserts(Person.PersonInput).verifyRoundTrip()
    })
  })

  describe("the Person schema", () => {
    it("round-trips every person through encode and decode", async () => {
      await new TestSchema.Asserts(Person.Person).verifyRoundTrip()
    })

    it.prop("survives a trip through JSON, as the API sends it", [Person.Person], ([person]) => {
      const json = JSON.parse(JSON.stringify(Schema.encodeSync(Person.Person)(person)))
      assert.deepStrictEqual(Schema.decodeUnknownSync(Person.Person)(json), person)
    })

    it("keeps no national ID number", () => {
      const fields = Object.keys(Person.Person.fields)
      assert.deepStrictEqual(
        fields.filter((f) => /national|cccd|cmnd|idNumber/i.test(f)),
        [],
      )
    })
  })

  it("names every school level and every group in Vietnamese and English", () => {
    assert.deepStrictEqual(Object.keys(Person.schoolLevelNames), [...Person.SchoolLevel.literals])
    assert.strictEqual(Person.schoolLevelNames.lower_secondary.vi, "Trung học cơ sở")
    for (const names of [Person.schoolLevelNames, Person.groupNames]) {
      for (const name of Object.values(names)) assert.isTrue(name.vi !== "" && name.en !== "")
    }
  })
})
