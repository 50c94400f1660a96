/**
 * The one error shape of the API, `{ error, message, issues: [{ path, message }] }`, and the one table
 * from failures to statuses. Messages are in the request's language.
 */
import { Schema } from "effect"
import type { FieldIssue, Message, ServiceError } from "../ServiceError.js"
import type { Language } from "./Language.js"

/** The body of every error response. */
export const ErrorBody = Schema.Struct({
  error: Schema.String,
  message: Schema.String,
  issues: Schema.Array(Schema.Struct({ path: Schema.String, message: Schema.String })),
}).annotate({ identifier: "Error" })
/** The body of every error response. */
export type ErrorBody = typeof ErrorBody.Type

/** HTTP statuses the API answers with on failure. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503

/** A failure on its way to the client: thrown from handlers and rendered by the app's error handler. */
export class HttpFailure extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    readonly text: Message,
    readonly issues: ReadonlyArray<FieldIssue> = [],
  ) {
    super(text.en)
  }

  /** The response body in a language. */
  body(language: Language): ErrorBody {
    return {
      error: this.code,
      message: this.text[language],
      issues: this.issues.map((issue) => ({
        path: issue.path,
        message: issue.message[language],
      })),
    }
  }
}

/** The status and wording of each service failure. */
export const fromServiceError = (error: ServiceError): HttpFailure => {
  switch (error._tag) {
    case "InvalidInput":
      return new HttpFailure(
        400,
        "invalid_input",
        { vi: "Dữ liệu không hợp lệ", en: "The input is not valid" },
        error.issues,
      )
    case "NotFound":
      return new HttpFailure(404, "not_found", {
        vi: `Không tìm thấy (${error.entity} ${error.id})`,
        en: `Not found (${error.entity} ${error.id})`,
      })
    case "StaleVersion":
      return new HttpFailure(
        409,
        "stale_version",
        {
          vi: "Bản ghi đã được người khác sửa. Hãy tải lại rồi sửa tiếp.",
          en: "Someone else changed this record. Reload it and edit again.",
        },
        [
          {
            path: "version",
            message: {
              vi: `Phiên bản hiện tại là ${error.actual}, không phải ${error.expected}`,
              en: `The current version is ${error.actual}, not ${error.expected}`,
            },
          },
        ],
      )
    case "Conflict":
      return new HttpFailure(409, "conflict", error.message, error.issues ?? [])
    case "Unauthenticated":
      return new HttpFailure(401, "unauthenticated", {
        vi: "Bạn cần đăng nhập",
        en: "You need to sign in",
      })
    case "Forbidden":
      return new HttpFailure(403, "forbidden", error.message)
  }
}

/** Standard failures raised by the HTTP layer itself. */
export const failures = {
  notFound: () => new HttpFailure(404, "not_found", { vi: "Không có đường dẫn này", en: "No such path" }),
  tooLarge: (maxBytes: number) =>
    new HttpFailure(413, "payload_too_large", {
      vi: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(maxBytes / 1024)} KB)`,
      en: `The request body is too large (at most ${Math.round(maxBytes / 1024)} KB)`,
    }),
  unsupportedMediaType: (expected: string) =>
    new HttpFailure(415, "unsupported_media_type", {
      vi: `Kiểu nội dung không được hỗ trợ; cần ${expected}`,
      en: `Unsupported content type; expected ${expected}`,
    }),
  malformed: (detail: string) =>
    new HttpFailure(400, "malformed_request", {
      vi: `Yêu cầu không đọc được: ${detail}`,
      en: `The request could not be read: ${detail}`,
    }),
  internal: () =>
    new HttpFailure(500, "internal_error", {
      vi: "Lỗi máy chủ. Đã ghi lại để xử lý.",
      en: "Server error. It has been logged.",
    }),
  unavailable: () =>
    new HttpFailure(503, "unavailable", {
      vi: "Cơ sở dữ liệu tạm thời không truy cập được",
      en: "The database is temporarily unavailable",
    }),
}
