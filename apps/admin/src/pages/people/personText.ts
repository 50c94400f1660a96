/** How a person's fields read in the current language. */
import type * as Person from "@bdhv/domain/Person"
import type { I18n } from "../../i18n/I18n"

export const birthText = (i18n: I18n, birth: typeof Person.Birth.Encoded): string =>
  "date" in birth ? i18n.date(birth.date) : String(birth.year)

export const vneidText = (i18n: I18n, level: number): string =>
  level === 2 ? i18n.t("person.vneid2") : level === 1 ? i18n.t("person.vneid1") : i18n.t("person.vneid0")

export const sexText = (i18n: I18n, sex: string): string =>
  sex === "female" ? i18n.t("person.female") : sex === "male" ? i18n.t("person.male") : sex
