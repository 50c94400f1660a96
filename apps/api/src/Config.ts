/**
 * The API's configuration: read from the environment once, at start, and validated with a schema so a
 * bad value stops the process with a message naming the variable, not a crash deep inside a driver.
 */
import { readFileSync } from "node:fs"
import * as Phone from "@bdhv/domain/Phone"
import { Context, Layer, Redacted, Result, Schema, SchemaIssue } from "effect"

const Port = Schema.NumberFromString.pipe(
  Schema.check(Schema.isInt({ message: "must be a whole number" })),
  Schema.check(Schema.isBetween({ minimum: 1, maximum: 65535 }, { message: "must be between 1 and 65535" })),
)

const DatabaseUrl = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((url: string) => /^postgres(ql)?:\/\/.+/.test(url), {
      message: "must be a postgres:// or postgresql:// URL",
    }),
  ),
)

/** A comma-separated list of web origins (`https://host[:port]`), e.g. for `CORS_ORIGINS`. */
const Origins = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (list: string) =>
        list
          .split(",")
          .map((origin) => origin.trim())
          .every((origin) => /^https?:\/\/[^/\s,]+$/.test(origin)),
      { message: "must be a comma-separated list of origins such as https://bdhv.example.vn" },
    ),
  ),
)

/** How many reverse proxies stand in front of the API (0: none, the socket's peer is the client). */
const TrustProxy = Schema.NumberFromString.pipe(
  Schema.check(Schema.isInt({ message: "must be a whole number" })),
  Schema.check(Schema.isBetween({ minimum: 0, maximum: 10 }, { message: "must be between 0 and 10" })),
)

/** A phone number as people write it in Vietnam ("024 3386 1234"), checked with the domain's rules. */
const PublicPhone = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((phone: string) => Result.isSuccess(Phone.parse(phone)), {
      message: "must be a Vietnamese phone number such as 024 3386 1234",
    }),
  ),
)

/** A GSO code of a province (2 digits), district (3) or commune-level unit (5), for `BDHV_SCOPE_UNIT`. */
const ScopeCode = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((code: string) => /^(\d{2}|\d{3}|\d{5})$/.test(code), {
      message: "must be the GSO code of a province (2 digits), district (3) or commune (5), e.g. 277",
    }),
  ),
)

/** What a deployment serves when `BDHV_SCOPE_UNIT` is not set: Chương Mỹ (Hà Nội), the campaign's district. */
export const defaultScopeUnit = "277"

const NodeEnv = Schema.Literals(["development", "production", "test"])
const LogLevel = Schema.Literals(["debug", "info", "warn", "error", "silent"])

/** The environment variables the API reads, as they arrive (strings). */
const Environment = Schema.Struct({
  PORT: Schema.optionalKey(Port),
  HOST: Schema.optionalKey(
    Schema.NonEmptyString.check(
      Schema.isPattern(/^[A-Za-z0-9.:-]+$/, {
        message: "an address to listen on, e.g. 127.0.0.1, 0.0.0.0 or ::",
      }),
    ),
  ),
  DATA_DIR: Schema.optionalKey(Schema.NonEmptyString),
  DATABASE_URL: Schema.optionalKey(DatabaseUrl),
  DATABASE_READ_URL: Schema.optionalKey(DatabaseUrl),
  NODE_ENV: Schema.optionalKey(NodeEnv),
  LOG_LEVEL: Schema.optionalKey(LogLevel),
  BDHV_ADMIN_EMAIL: Schema.optionalKey(Schema.NonEmptyString),
  BDHV_ADMIN_PASSWORD: Schema.optionalKey(Schema.NonEmptyString),
  BDHV_ADMIN_PASSWORD_FILE: Schema.optionalKey(Schema.NonEmptyString),
  CORS_ORIGINS: Schema.optionalKey(Origins),
  BDHV_TRUST_PROXY: Schema.optionalKey(TrustProxy),
  BDHV_PUBLIC_PHONE: Schema.optionalKey(PublicPhone),
  BDHV_SCOPE_UNIT: Schema.optionalKey(ScopeCode),
})

/** Where the data lives: an embedded PGlite folder (or memory, for tests) or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly _tag: "Pglite"; readonly dataDir: string | undefined }
  | {
      readonly _tag: "Postgres"
      readonly url: Redacted.Redacted<string>
      /** A streaming replica of that server for the read-only reports (`DATABASE_READ_URL`). */
      readonly readUrl?: Redacted.Redacted<string> | undefined
      /** The schemas to work in, e.g. `"t_1a2b,bdhv_ext"` (tests isolate each file in its own schema). */
      readonly searchPath?: string | undefined
    }

/** The validated configuration. */
export interface AppConfigShape {
  readonly port: number
  /** The address to listen on (`HOST`); 127.0.0.1 when absent, so only this machine can connect. */
  readonly host?: string
  readonly database: DatabaseConfig
  readonly nodeEnv: typeof NodeEnv.Type
  readonly logLevel: typeof LogLevel.Type
  readonly initialAdmin: { readonly email: string; readonly password: Redacted.Redacted<string> } | undefined
  /** Origins allowed to call the API from a browser on another site (`CORS_ORIGINS`); none when absent. */
  readonly corsOrigins?: ReadonlyArray<string>
  /** Reverse proxies in front of the API (`BDHV_TRUST_PROXY`); 0 when absent. */
  readonly trustProxy?: number
  /**
   * The campaign's phone number the public site gives for what needs JavaScript (`BDHV_PUBLIC_PHONE`),
   * as written in Vietnam; the site sends people to their commune's one-stop desk when absent.
   */
  readonly publicPhone?: string | undefined
  /**
   * The GSO code of the province, district or commune the deployment serves (`BDHV_SCOPE_UNIT`,
   * {@link defaultScopeUnit} when absent); none when a configuration built in code leaves it out.
   */
  readonly scopeUnit?: string | undefined
  /**
   * Whether the shipped administrative tree is loaded at start (every configuration read from the
   * environment; a configuration built in code, as tests do, only when it says so).
   */
  readonly referenceUnits?: boolean
}

/** The configuration service. */
export class AppConfig extends Context.Service<AppConfig, AppConfigShape>()("@bdhv/api/AppConfig") {
  /** A layer holding a configuration built elsewhere (tests, the CLI). */
  static readonly layer = (config: AppConfigShape) => Layer.succeed(AppConfig, config)
}

/** A configuration value that failed validation; `message` names every bad variable. */
export class ConfigInvalid extends Error {
  override readonly name = "ConfigInvalid"
}

const pick = (env: NodeJS.ProcessEnv): Record<string, string> => {
  const picked: Record<string, string> = {}
  for (const key of Object.keys(Environment.fields)) {
    const value = env[key]
    // An empty variable (`PORT=`) means "not set", as shells and compose files usually intend.
    if (value !== undefined && value !== "") picked[key] = value
  }
  return picked
}

/** The shortest first-admin password accepted in production. */
const minimumProductionPassword = 12

/**
 * The first admin's password: from `BDHV_ADMIN_PASSWORD`, or read from the file `BDHV_ADMIN_PASSWORD_FILE`
 * names (a Docker or systemd secret), without its trailing newline. Setting both is a mistake.
 */
const adminPassword = (inline: string | undefined, file: string | undefined): string | undefined => {
  if (file === undefined) return inline
  if (inline !== undefined) {
    throw new ConfigInvalid(
      "Invalid configuration:\n  BDHV_ADMIN_PASSWORD_FILE: set either BDHV_ADMIN_PASSWORD or BDHV_ADMIN_PASSWORD_FILE, not both",
    )
  }
  let contents: string
  try {
    contents = readFileSync(file, "utf8")
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigInvalid(
      `Invalid configuration:\n  BDHV_ADMIN_PASSWORD_FILE=${JSON.stringify(file)}: ${reason}`,
    )
  }
  const password = contents.replace(/\r?\n$/, "")
  if (password === "") {
    throw new ConfigInvalid(
      `Invalid configuration:\n  BDHV_ADMIN_PASSWORD_FILE=${JSON.stringify(file)}: the file is empty`,
    )
  }
  return password
}

const phoneAsWritten = (phone: string): string => {
  const parsed = Phone.parse(phone)
  return Result.isSuccess(parsed) ? Phone.format(parsed.success) : phone
}

const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * Reads and validates the configuration from an environment; throws `ConfigInvalid` with one line per
 * bad variable.
 */
export const fromEnvironment = (env: NodeJS.ProcessEnv): AppConfigShape => {
  const raw = pick(env)
  const decoded = Schema.decodeUnknownResult(Environment)(raw, { errors: "all" })
  if (Result.isFailure(decoded)) {
    const lines = formatIssues(decoded.failure.issue).issues.map((issue) => {
      const key = String(issue.path?.[0] ?? "environment")
      return `  ${key}=${JSON.stringify(raw[key] ?? "")}: ${issue.message}`
    })
    throw new ConfigInvalid(`Invalid configuration:\n${lines.join("\n")}`)
  }
  const values = decoded.success
  if (values.DATABASE_READ_URL !== undefined && values.DATABASE_URL === undefined) {
    throw new ConfigInvalid(
      "Invalid configuration:\n  DATABASE_READ_URL: a read replica needs DATABASE_URL, the PostgreSQL server it replicates",
    )
  }
  const email = values.BDHV_ADMIN_EMAIL
  const password = adminPassword(values.BDHV_ADMIN_PASSWORD, values.BDHV_ADMIN_PASSWORD_FILE)
  if (
    values.NODE_ENV === "production" &&
    password !== undefined &&
    password.length < minimumProductionPassword
  ) {
    throw new ConfigInvalid(
      `Invalid configuration:\n  BDHV_ADMIN_PASSWORD: must have at least ${minimumProductionPassword} characters in production`,
    )
  }
  return {
    port: values.PORT ?? 3000,
    host: values.HOST ?? "127.0.0.1",
    database:
      values.DATABASE_URL !== undefined
        ? {
            _tag: "Postgres",
            url: Redacted.make(values.DATABASE_URL),
            ...(values.DATABASE_READ_URL === undefined
              ? {}
              : { readUrl: Redacted.make(values.DATABASE_READ_URL) }),
          }
        : { _tag: "Pglite", dataDir: values.DATA_DIR ?? "./data" },
    nodeEnv: values.NODE_ENV ?? "development",
    logLevel: values.LOG_LEVEL ?? "info",
    initialAdmin:
      email !== undefined && password !== undefined
        ? { email, password: Redacted.make(password) }
        : undefined,
    corsOrigins: (values.CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ""),
    trustProxy: values.BDHV_TRUST_PROXY ?? 0,
    publicPhone:
      values.BDHV_PUBLIC_PHONE === undefined ? undefined : phoneAsWritten(values.BDHV_PUBLIC_PHONE),
    scopeUnit: values.BDHV_SCOPE_UNIT ?? defaultScopeUnit,
    referenceUnits: true,
  }
}
