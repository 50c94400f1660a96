import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import { PersonId } from "../src/Person.js"
import * as SupportStaff from "../src/SupportStaff.js"
import { UnitId } from "../src/Unit.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const u = (s: string) => UnitId.make(s)
const communes = [u("phuong-chuong-my"), u("xa-phu-nghia"), u("xa-xuan-mai")]

const duty = (id: string, unit: UnitId, validFrom: string, validTo: string | null, active = true) =>
  SupportStaff.SupportStaff.make({
    id: SupportStaff.SupportStaffId.make(id),
    personId: PersonId.make(`person-${id}`),
    unitId: unit,
    validFrom: d(validFrom),
    validTo: validTo === null ? null : d(validTo),
    active,
  })

describe("SupportStaff", () => {
  it("requires at least one person on duty per commune-level unit", () => {
    assert.strictEqual(SupportStaff.MINIMUM_PER_COMMUNE, 1)
  })

  it("lists the communes without anyone on duty at the date", () => {
    const staff = [duty("1", communes[0]!, "2025-07-01", null)]
    assert.deepStrictEqual(SupportStaff.uncoveredCommunes(communes, staff, d("2025-07-15")), [
      communes[1]!,
      communes[2]!,
    ])
  })

  it("counts an assignment from its first to its last day, both included", () => {
    const staff = [duty("1", communes[0]!, "2025-07-01", "2025-07-31")]
    const uncovered = (date: string) => SupportStaff.uncoveredCommunes([communes[0]!], staff, d(date)).length
    assert.strictEqual(uncovered("2025-06-30"), 1)
    assert.strictEqual(uncovered("2025-07-01"), 0)
    assert.strictEqual(uncovered("2025-07-31"), 0)
    assert.strictEqual(uncovered("2025-08-01"), 1)
  })

  it("does not count a suspended assignment", () => {
    const staff = [duty("1", communes[0]!, "2025-07-01", null, false)]
    assert.deepStrictEqual(SupportStaff.uncoveredCommunes([communes[0]!], staff, d("2025-07-15")), [
      communes[0]!,
    ])
    assert.strictEqual(SupportStaff.onDutyCount(communes[0]!, staff, d("2025-07-15")), 0)
  })

  it("lists each commune once, in the order given", () => {
    assert.deepStrictEqual(
      SupportStaff.uncoveredCommunes([communes[2]!, communes[0]!, communes[2]!], [], d("2025-07-15")),
      [communes[2]!, communes[0]!],
    )
  })

  const staffArbitrary = Arbitrary.array(
    Arbitrary.map(
      Arbitrary.all([
        Arbitrary.schema(Schema.Literals([0, 1, 2])),
        Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 60 }))),
        Arbitrary.schema(Schema.Boolean),
      ]),
      ([i, day, active]) =>
        duty(`${i}-${day}`, communes[i]!, CalendarDate.addDays(d("2025-07-01"), day), null, active),
    ),
    { maxLength: 6 },
  )

  it.prop("never uncovers a commune by adding staff", [staffArbitrary, staffArbitrary], ([staff, more]) => {
    const date = d("2025-08-01")
    const before = new Set(SupportStaff.uncoveredCommunes(communes, staff, date))
    return SupportStaff.uncoveredCommunes(communes, [...staff, ...more], date).every((c) => before.has(c))
  })

  it.prop("never depends on the order of the staff", [staffArbitrary], ([staff]) => {
    const date = d("2025-08-01")
    assert.deepStrictEqual(
      SupportStaff.uncoveredCommunes(communes, [...staff].reverse(), date),
      SupportStaff.uncoveredCommunes(communes, staff, date),
    )
  })

  it("round-trips assignments through encode and decode", async () => {
    await new TestSchema.Asserts(SupportStaff.SupportStaff).verifyRoundTrip()
  })
})
