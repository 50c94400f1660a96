/**
 * The first district admin of an installation, made once at start when no district admin exists:
 * - from `BDHV_ADMIN_EMAIL` and `BDHV_ADMIN_PASSWORD` (or `BDHV_ADMIN_PASSWORD_FILE`) when set — for
 *   deployments and scripted tests;
 * - otherwise, outside production, a demo admin `admin@demo.bdhv.vn` with a random password, which the
 *   caller prints once (it is stored only as a hash, so it can never be shown again);
 * - in production, never: the start is refused with what to set.
 *
 * Demo accounts (any email at `demo.bdhv.vn`) exist only to try the product; a production start with
 * one still enabled is refused too, so a demo database is never served as a real one.
 */
import { randomInt } from "node:crypto"
import { Effect, Redacted, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Accounts from "../auth/Accounts.js"
import { AppConfig } from "../Config.js"

/** The email domain of demo accounts. */
export const demoDomain = "demo.bdhv.vn"

/** The demo admin's email. */
export const demoAdminEmail = `admin@${demoDomain}`

/** Why a production start is refused. */
export class StartRefused extends Schema.TaggedError<StartRefused>()("FirstAdmin/StartRefused", {
  message: Schema.String,
}) {}

/** What happened at start. */
export type Outcome =
  | { readonly _tag: "Exists" }
  | { readonly _tag: "FromEnvironment"; readonly email: string }
  | { readonly _tag: "Generated"; readonly email: string; readonly password: Redacted.Redacted<string> }

// Short, common Vietnamese syllables without diacritics: easy to read aloud and to type on any keyboard.
const syllables = [
  "binh",
  "dan",
  "hoc",
  "vu",
  "so",
  "lang",
  "que",
  "song",
  "nui",
  "dong",
  "lua",
  "tre",
  "sen",
  "mai",
  "dao",
  "xuan",
  "thu",
  "ha",
  "an",
  "vui",
  "khoe",
  "manh",
  "sang",
  "trang",
  "xanh",
  "hong",
  "cam",
  "tim",
  "nang",
  "gio",
  "mua",
  "sao",
  "bien",
  "dat",
  "nuoc",
  "cay",
  "hoa",
  "chim",
  "ca",
  "tom",
  "ga",
  "vit",
  "me",
  "cha",
] as const

/** A random password of eight syllables and two digits: about 8 × 5.5 + 6.6 ≈ 50 bits. */
const generatePassword = (): string => {
  const words = Array.from({ length: 8 }, () => syllables[randomInt(syllables.length)] ?? "so")
  return `${words.join("-")}-${String(randomInt(100)).padStart(2, "0")}`
}

/** Makes the first district admin if none exists; refuses a production start that cannot be safe. */
export const ensure = Effect.fn("FirstAdmin.ensure")(function* () {
  const sql = yield* SqlClient.SqlClient
  const config = yield* AppConfig
  if (config.nodeEnv === "production") {
    const [demo] = yield* sql<{ email: string }>`
      select email from users where disabled_at is null and lower(email) like ${`%@${demoDomain}`} limit 1`
    if (demo !== undefined) {
      return yield* new StartRefused({
        message: `Refusing to start in production with the demo account ${demo.email} enabled: disable it, or use a database without demo data.`,
      })
    }
  }
  const [admins] = yield* sql<{ n: number }>`
    select count(*)::int as n from users where role = 'district_admin' and disabled_at is null`
  if ((admins?.n ?? 0) > 0) return { _tag: "Exists" } satisfies Outcome
  if (config.initialAdmin !== undefined) {
    yield* Accounts.ensureInitialAdmin()
    return { _tag: "FromEnvironment", email: config.initialAdmin.email } satisfies Outcome
  }
  if (config.nodeEnv === "production") {
    return yield* new StartRefused({
      message:
        "No district admin exists. Set BDHV_ADMIN_EMAIL and BDHV_ADMIN_PASSWORD (or BDHV_ADMIN_PASSWORD_FILE) for the first start, or create one with the CLI.",
    })
  }
  const password = generatePassword()
  yield* Accounts.createUser(
    {
      email: demoAdminEmail,
      fullName: "Quản trị viên (bản thử)",
      password,
      role: "district_admin",
      unitId: null,
    },
    undefined,
  )
  return { _tag: "Generated", email: demoAdminEmail, password: Redacted.make(password) } satisfies Outcome
})

/** The lines printed once when a demo admin was generated. */
export const announce = (outcome: Extract<Outcome, { _tag: "Generated" }>): string =>
  [
    "",
    "  Tài khoản quản trị bản thử — demo admin account (shown only this once):",
    `    email:    ${outcome.email}`,
    `    mật khẩu / password: ${Redacted.value(outcome.password)}`,
    "  Đổi mật khẩu sau khi đăng nhập. Change the password after signing in.",
    "",
  ].join("\n")
