/**
 * SkillRecord — being written.
 */
import { Schema } from "effect"

/** Identifies one skill record (person × topic × date × source). */
export const SkillRecordId = Schema.String.pipe(Schema.brand("SkillRecordId"))
/** Identifies one skill record (person × topic × date × source). */
export type SkillRecordId = typeof SkillRecordId.Type
