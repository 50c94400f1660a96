import * as Person from "@bdhv/domain/Person"
import { render } from "solid-js/web"
import { afterEach, describe, expect, it } from "vitest"
import { createForm, type Form } from "../src/forms/createForm"
import { I18nProvider, type Locale } from "../src/i18n/I18n"
import { personInputOf } from "../src/pages/people/PersonFormPage"

type PersonValues = Parameters<typeof personInputOf>[0]

const blank: PersonValues = {
  fullName: "",
  birthMode: "date",
  birthDate: "",
  birthYear: "",
  sex: "",
  household: null,
  unitId: "",
  groups: [],
  schoolLevel: "",
  employer: null,
  vneidLevel: "0",
  hasDigitalBankAccount: false,
  phone: "",
}

let dispose: (() => void) | undefined
afterEach(() => dispose?.())

/** A person form under the given language, as the person page builds it. */
const personForm = (locale: Locale, initial: PersonValues = blank) => {
  let form!: Form<PersonValues, typeof Person.PersonInput.Type>
  const Harness = () => {
    form = createForm({
      initial,
      schema: Person.PersonInput,
      toInput: personInputOf,
      fields: ["fullName", "birth.date", "sex", "unitId", "phone", "groups.0.schoolLevel"],
    })
    return null
  }
  dispose = render(
    () => (
      <I18nProvider initial={locale}>
        <Harness />
      </I18nProvider>
    ),
    document.body,
  )
  return form
}

describe("a form validated by a domain schema", () => {
  it("shows nothing before the first submit, then the domain's messages in Vietnamese", async () => {
    const form = personForm("vi")
    expect(form.error("fullName")).toBeUndefined()
    let saved = false
    await form.submit(async () => {
      saved = true
    })()
    expect(saved).toBe(false)
    expect(form.error("fullName")).toBe("Vui lòng nhập họ và tên")
    expect(form.error("unitId")).toBe("Vui lòng nhập thôn, tổ dân phố")
    expect(form.error("sex")).toBe("Vui lòng nhập giới tính")
  })

  it("speaks English when the user switched", async () => {
    const form = personForm("en")
    await form.submit(async () => undefined)()
    expect(form.error("fullName")).toBe("Enter the full name")
  })

  it("asks a student's school level and clears an error once the field is fixed", async () => {
    const form = personForm("vi", {
      ...blank,
      fullName: "Nguyễn Thị Lan",
      birthDate: "2010-05-04",
      sex: "female",
      unitId: "village-1",
      groups: ["student"],
    })
    await form.submit(async () => undefined)()
    expect(form.error("groups.0.schoolLevel")).toBeDefined()
    form.set("schoolLevel", "lower_secondary")
    expect(form.error("groups.0.schoolLevel")).toBeUndefined()
  })

  it("sends the decoded value when everything is valid", async () => {
    const form = personForm("vi", {
      ...blank,
      fullName: "  nguyễn   văn an ",
      birthMode: "year",
      birthYear: "1958",
      sex: "male",
      unitId: "village-1",
    })
    let sent: unknown
    await form.submit(async (value) => {
      sent = value
    })()
    expect(sent).toMatchObject({
      fullName: "Nguyễn Văn An",
      birth: { year: 1958 },
      groups: [],
      householdId: null,
    })
  })
})
