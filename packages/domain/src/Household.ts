/**
 * Household (hộ gia đình): the people who live together in a village or residential group.
 *
 * The "Gia đình số" (digital family) movement asks that every household have at least one member
 * with basic digital skills, so the household is a unit of counting: it lives in a leaf of the unit
 * tree (a thôn or tổ dân phố) and is known to the commune by its household code.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as ValidationMessage from "./ValidationMessage.js"
import { UnitId } from "./Unit.js"

/** Identifies a household (hộ gia đình). */
export const HouseholdId = Schema.String.pipe(Schema.brand("HouseholdId"))
/** Identifies a household (hộ gia đình). */
export type HouseholdId = typeof HouseholdId.Type

/** The household's code in the commune's register (mã hộ), as the commune writes it. */
export const HouseholdCode = Schema.String.check(
  Schema.isMinLength(
    1,
    ValidationMessage.message({ vi: "Vui lòng nhập mã hộ", en: "Enter the household code" }),
  ),
  Schema.isMaxLength(
    40,
    ValidationMessage.message({
      vi: "Mã hộ dài quá 40 ký tự",
      en: "The household code is longer than 40 characters",
    }),
  ),
  Schema.isTrimmed(
    ValidationMessage.message({
      vi: "Mã hộ không được có dấu cách ở đầu hoặc cuối",
      en: "Remove the spaces around the household code",
    }),
  ),
).annotate(ValidationMessage.label({ vi: "Mã hộ", en: "Household code" }))

/** A household: its code in the commune, the village or residential group it lives in, and where. */
export class Household extends Schema.Class<Household>("@bdhv/domain/Household")({
  id: HouseholdId,
  code: HouseholdCode,
  /** The leaf unit (thôn or tổ dân phố) the household lives in. */
  unitId: UnitId.annotate(
    ValidationMessage.label({ vi: "Thôn, tổ dân phố", en: "Village or residential group" }),
  ),
  /** Street address or hamlet, as the commune writes it; absent when unknown. */
  address: Schema.optionalKey(
    Schema.String.check(
      Schema.isMaxLength(
        200,
        ValidationMessage.message({
          vi: "Địa chỉ dài quá 200 ký tự",
          en: "The address is longer than 200 characters",
        }),
      ),
    ).annotate(ValidationMessage.label({ vi: "Địa chỉ", en: "Address" })),
  ),
  /**
   * Whether the household lives far from the centre ("vùng xa trung tâm"): door-to-door teams visit
   * these first.
   */
  isRemote: Schema.Boolean.annotate(ValidationMessage.label({ vi: "Vùng xa trung tâm", en: "Remote area" })),
  /** The head of the household (chủ hộ), one of its members; absent or `null` until registered. */
  headId: Schema.optionalKey(
    Schema.NullOr(Schema.String).annotate(ValidationMessage.label({ vi: "Chủ hộ", en: "Head of household" })),
  ),
}) {}

/**
 * A person's unit is their household's unit: a member lives where the household lives. The message for
 * the person's `unitId` when it is not (none for a person without a household).
 *
 * @example
 * ```ts
 * Household.memberUnitProblem({ unitId: "thon-a", householdId: "h1" }, { unitId: "thon-b" })?.path // "unitId"
 * ```
 */
export const memberUnitProblem = (
  person: { readonly unitId: string; readonly householdId: string | null },
  household: { readonly unitId: string } | undefined,
): ValidationMessage.FieldMessage | undefined =>
  person.householdId === null || household === undefined || household.unitId === person.unitId
    ? undefined
    : {
        path: "unitId",
        message: {
          vi: "Thôn, tổ dân phố của người này phải là thôn, tổ dân phố của hộ",
          en: "A person's village must be their household's village",
        },
      }

/**
 * The message for a household code already used by another household of the same commune (codes are
 * the commune's register: unique within it, not only within a village).
 */
export const codeTakenInCommune: ValidationMessage.Bilingual = {
  vi: "Mã hộ này đã có trong xã, phường",
  en: "This household code is already used in the commune",
}

/** The message for a household's `headId` when that person is not one of its members. */
export const headProblem = (
  household: { readonly id: string; readonly headId?: string | null | undefined },
  head: { readonly householdId: string | null } | undefined,
): ValidationMessage.FieldMessage | undefined =>
  household.headId === undefined || household.headId === null || head?.householdId === household.id
    ? undefined
    : {
        path: "headId",
        message: {
          vi: "Chủ hộ phải là thành viên của hộ",
          en: "The head of household must be one of its members",
        },
      }
