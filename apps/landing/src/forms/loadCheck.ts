/** Loads the schema-based form check once, on the first interaction with any form. */
let checkModule: Promise<typeof import("./registrationCheck.ts")> | undefined

export const loadCheck = () => {
  checkModule ??= import("./registrationCheck.ts")
  return checkModule
}
