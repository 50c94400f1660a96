/**
 * @bdhv/domain — the "Bình dân học vụ số" campaign model and its rules.
 *
 * Each aggregate is a module, re-exported as a namespace: `Person.ageAt(person, date)`.
 * Light consumers import one module by its subpath: `import * as Text from "@bdhv/domain/Text"`.
 *
 * @packageDocumentation
 */
export * as Access from "./Access.js"
export * as CalendarDate from "./CalendarDate.js"
export * as Text from "./Text.js"
export * as Phone from "./Phone.js"
export * as Unit from "./Unit.js"
export * as ChuongMy from "./ChuongMy.js"
export * as Household from "./Household.js"
export * as Person from "./Person.js"
export * as Organization from "./Organization.js"
export * as Topic from "./Topic.js"
export * as SkillRecord from "./SkillRecord.js"
export * as Registration from "./Registration.js"
export * as ValidationMessage from "./ValidationMessage.js"
export * as Class from "./Class.js"
export * as Enrollment from "./Enrollment.js"
export * as Guide from "./Guide.js"
export * as SupportStaff from "./SupportStaff.js"
export * as Team from "./Team.js"
export * as Communication from "./Communication.js"
export * as Campaign from "./Campaign.js"
export * as Indicator from "./Indicator.js"
export * as Target from "./Target.js"
export * as Violation from "./Violation.js"
export * as Worklist from "./Worklist.js"
export * as Disclosure from "./Disclosure.js"
export * as DisclosureText from "./DisclosureText.js"
export * as DigitalLearningDay from "./DigitalLearningDay.js"
export * as Report from "./Report.js"
export * as SignUp from "./SignUp.js"
export * as YouthCampaign from "./YouthCampaign.js"
export * as Audit from "./Audit.js"
export * as Spreadsheet from "./Spreadsheet.js"
export * as Certificate from "./Certificate.js"
export * as Percent from "./Percent.js"
export * as IndicatorTable from "./IndicatorTable.js"
export * as Comparison from "./Comparison.js"
