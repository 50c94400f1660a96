import { assert, describe, it } from "@effect/vitest"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Certificate from "../src/Certificate.js"
import * as Phone from "../src/Phone.js"
import * as Topic from "../src/Topic.js"

const phone = (text: string) => Phone.parse(text).pipe((r) => (r._tag === "Success" ? r.success : undefined))!
const date = (text: string) => CalendarDate.parse(text)!

const lan = {
  id: "lan",
  fullName: "Nguyễn Thị Lan",
  birthDate: date("1970-05-04"),
  birthYear: 1970,
  phone: phone("0912345678"),
}

describe("Certificate", () => {
  describe("idTailOf", () => {
    it("keeps only the last four digits, and says when the cell held a full number", () => {
      assert.deepStrictEqual(Certificate.idTailOf("001203004567"), { tail: "4567", wasFull: true })
      assert.deepStrictEqual(Certificate.idTailOf("***4567"), { tail: "4567", wasFull: false })
      assert.deepStrictEqual(Certificate.idTailOf("4567"), { tail: "4567", wasFull: false })
      assert.strictEqual(Certificate.idTailOf("12"), undefined)
      assert.strictEqual(Certificate.idTailOf("0012030045670000"), undefined)
    })
  })

  describe("topicsOfCourse", () => {
    it("knows the platform's basic course and the catalogue's topics by name", () => {
      assert.deepStrictEqual(Certificate.topicsOfCourse("KỸ NĂNG SỐ CƠ BẢN"), Topic.defaultCoreTopics)
      assert.deepStrictEqual(Certificate.topicsOfCourse("Dịch vụ công trực tuyến"), [
        Topic.ids.onlinePublicServices,
      ])
      assert.deepStrictEqual(Certificate.topicsOfCourse("An toàn số (KNS-05)"), [Topic.ids.digitalSafety])
      assert.strictEqual(Certificate.topicsOfCourse("Nấu ăn ngon"), undefined)
    })
  })

  describe("matchPerson", () => {
    it("matches by folded name and birth date, whatever the accents", () => {
      const match = Certificate.matchPerson({ fullName: "NGUYEN THI LAN", birthDate: date("1970-05-04") }, [
        lan,
      ])
      assert.deepStrictEqual(match, { _tag: "Matched", personId: "lan" })
    })

    it("does not match another birth date, nor the same name with another phone", () => {
      assert.strictEqual(
        Certificate.matchPerson({ fullName: lan.fullName, birthDate: date("1970-05-05") }, [lan])._tag,
        "Unmatched",
      )
      assert.deepStrictEqual(
        Certificate.matchPerson(
          { fullName: lan.fullName, birthDate: lan.birthDate, phone: phone("0987654321") },
          [lan],
        ),
        { _tag: "Unmatched", problem: "phone_differs" },
      )
    })

    it("tells two namesakes born the same day apart by phone, and calls it ambiguous without one", () => {
      const other = { ...lan, id: "lan-2", phone: phone("0987654321") }
      assert.deepStrictEqual(
        Certificate.matchPerson({ fullName: lan.fullName, birthDate: lan.birthDate, phone: lan.phone }, [
          lan,
          other,
        ]),
        { _tag: "Matched", personId: "lan" },
      )
      assert.deepStrictEqual(
        Certificate.matchPerson({ fullName: lan.fullName, birthDate: lan.birthDate }, [lan, other]),
        {
          _tag: "Ambiguous",
          problem: "several_people",
          personIds: ["lan", "lan-2"],
        },
      )
    })

    it("matches a person known by birth year only, and prefers an exact birth date", () => {
      const yearOnly = { ...lan, id: "year", birthDate: null, phone: null }
      assert.deepStrictEqual(
        Certificate.matchPerson({ fullName: lan.fullName, birthDate: date("1970-09-09") }, [yearOnly]),
        {
          _tag: "Matched",
          personId: "year",
        },
      )
      assert.deepStrictEqual(
        Certificate.matchPerson({ fullName: lan.fullName, birthDate: lan.birthDate }, [yearOnly, lan]),
        {
          _tag: "Matched",
          personId: "lan",
        },
      )
    })

    it("matches nobody among no candidates", () => {
      assert.deepStrictEqual(
        Certificate.matchPerson({ fullName: "Lê Văn Tám", birthDate: lan.birthDate }, []),
        {
          _tag: "Unmatched",
          problem: "no_person",
        },
      )
    })
  })
})
