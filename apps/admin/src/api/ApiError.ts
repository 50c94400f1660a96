/**
 * The API's one error shape, `{ error, message, issues: [{ path, message }] }`, as a thrown value,
 * so queries and mutations fail with something a form can map back onto its fields.
 */
export interface FieldIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ReadonlyArray<FieldIssue>,
    /** Seconds to wait, from a 429's Retry-After header. */
    readonly retryAfter: number | undefined,
  ) {
    super(message)
    this.name = "ApiError"
  }

  /** Reads an error response; tolerates bodies that are not the API's shape (a proxy's HTML page). */
  static async fromResponse(
    response: Pick<Response, "status" | "statusText" | "headers" | "json">,
  ): Promise<ApiError> {
    const retryAfterHeader = response.headers.get("retry-after")
    const retryAfter =
      retryAfterHeader === null ? undefined : Number.parseInt(retryAfterHeader, 10) || undefined
    let body: unknown
    try {
      body = await response.json()
    } catch {
      body = undefined
    }
    const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {}
    const issues = Array.isArray(record.issues)
      ? record.issues.flatMap((issue: unknown): Array<FieldIssue> => {
          if (typeof issue !== "object" || issue === null) return []
          const { path, message } = issue as Record<string, unknown>
          const segments = Array.isArray(path)
            ? path.filter((s): s is string | number => typeof s === "string" || typeof s === "number")
            : typeof path === "string" && path !== ""
              ? path.split(".")
              : []
          return typeof message === "string" ? [{ path: segments, message }] : []
        })
      : []
    return new ApiError(
      response.status,
      typeof record.error === "string" ? record.error : `http-${response.status}`,
      typeof record.message === "string" ? record.message : response.statusText,
      issues,
      retryAfter,
    )
  }

  /** Issues keyed by their dotted path (`members.0.name`), the first message of each. */
  fieldMessages(): Record<string, string> {
    const byPath: Record<string, string> = {}
    for (const issue of this.issues) {
      const key = issue.path.join(".")
      if (byPath[key] === undefined) byPath[key] = issue.message
    }
    return byPath
  }
}

/** A network failure (no response at all), told apart from an API error. */
export class OfflineError extends Error {
  constructor(cause: unknown) {
    super("offline", { cause })
    this.name = "OfflineError"
  }
}
