import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Result, Schema } from "effect"
import * as SignUp from "../src/SignUp.js"
import * as Text from "../src/Text.js"

const applicant: SignUp.Applicant = {
  fullName: "Trần Thị Mai",
  phone: "+84912345678",
  birthYear: 1961,
  communeId: "xa-a",
}

const person = (id: string, overrides: Partial<SignUp.Person> = {}): SignUp.Person => ({
  id,
  fullName: "Trần Thị Mai",
  phone: "+84912345678",
  birthYear: 1961,
  communeId: "xa-a",
  ...overrides,
})

const peopleArbitrary = Arbitrary.array(
  Arbitrary.schema(
    Schema.Struct({
      id: Schema.String,
      fullName: Schema.Literals(["Trần Thị Mai", "tran thi mai", "Trần Văn Mai", "Lê Thị Hoa"]),
      phone: Schema.NullOr(Schema.Literals(["+84912345678", "+84987654321"])),
      birthYear: Schema.Int.check(Schema.isBetween({ minimum: 1955, maximum: 1965 })),
      communeId: Schema.Literals(["xa-a", "xa-b"]),
    }),
  ),
  { maxLength: 12 },
)

describe("SignUp", () => {
  describe("decide", () => {
    it("accepts a match or a new person and rejects, from pending only", () => {
      assert.deepStrictEqual(SignUp.decide("pending", "match"), Result.succeed("accepted"))
      assert.deepStrictEqual(SignUp.decide("pending", "create"), Result.succeed("accepted"))
      assert.deepStrictEqual(SignUp.decide("pending", "reject"), Result.succeed("rejected"))
    })

    it("refuses a second decision, saying what the first one was", () => {
      const again = SignUp.decide("accepted", "reject")
      assert.isTrue(Result.isFailure(again))
      if (Result.isFailure(again)) {
        assert.strictEqual(again.failure._tag, "SignUp/AlreadyDecided")
        assert.strictEqual(again.failure.text.en, "This sign-up has already been accepted")
      }
      const rejected = SignUp.decide("rejected", "create")
      assert.isTrue(Result.isFailure(rejected) && rejected.failure.text.vi.includes("từ chối"))
    })

    it("holds a class seat only while the sign-up waits", () => {
      assert.deepStrictEqual(SignUp.Status.literals.filter(SignUp.holdsSeat), ["pending"])
    })
  })

  describe("RejectionReason", () => {
    it("trims the reason and refuses a blank or over-long one, in words", () => {
      const decode = Schema.decodeUnknownResult(SignUp.RejectionReason)
      assert.deepStrictEqual(decode("  không ở xã này "), Result.succeed("không ở xã này"))
      assert.isTrue(Result.isFailure(decode("   ")))
      assert.isTrue(Result.isFailure(decode("x".repeat(501))))
    })
  })

  describe("rankCandidates", () => {
    it("puts the same folded name and phone first, then the name with the birth year", () => {
      const ranked = SignUp.rankCandidates(applicant, [
        person("name-year", { phone: "+84987654321" }),
        person("phone-only", { fullName: "Lê Thị Hoa", birthYear: 1990 }),
        person("same", { fullName: "TRAN THI MAI" }),
        person("stranger", { fullName: "Lê Thị Hoa", phone: null }),
      ])
      assert.deepStrictEqual(
        ranked.map((c) => c.person.id),
        ["same", "name-year", "phone-only"],
      )
      assert.deepStrictEqual(ranked[0]!.evidence, ["name", "phone", "birthYear", "commune"])
    })

    it("reads a birth year one off as weaker evidence than the same year", () => {
      const [exact, near] = SignUp.rankCandidates(applicant, [
        person("near", { birthYear: 1962, phone: null }),
        person("exact", { phone: null }),
      ])
      assert.strictEqual(exact!.person.id, "exact")
      assert.deepStrictEqual(near!.evidence, ["name", "nearBirthYear", "commune"])
    })

    it("prefers the sign-up's own commune when all else is equal", () => {
      const ranked = SignUp.rankCandidates(applicant, [
        person("elsewhere", { communeId: "xa-b" }),
        person("here"),
      ])
      assert.deepStrictEqual(
        ranked.map((c) => c.person.id),
        ["here", "elsewhere"],
      )
    })

    it.prop(
      "keeps only people sharing the name or the phone, best score first",
      [peopleArbitrary],
      ([people]) => {
        const ranked = SignUp.rankCandidates(applicant, people)
        for (const candidate of ranked) {
          const sharesName = Text.searchKey(candidate.person.fullName) === Text.searchKey(applicant.fullName)
          assert.isTrue(sharesName || candidate.person.phone === applicant.phone)
        }
        for (let i = 1; i < ranked.length; i++) assert.isTrue(ranked[i - 1]!.score >= ranked[i]!.score)
        const expected = people.filter(
          (p) =>
            Text.searchKey(p.fullName) === Text.searchKey(applicant.fullName) || p.phone === applicant.phone,
        )
        assert.strictEqual(ranked.length, expected.length)
      },
    )
  })
})
