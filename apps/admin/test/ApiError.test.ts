import { describe, expect, it } from "vitest"
import { ApiError } from "../src/api/ApiError"

const response = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  })

describe("ApiError.fromResponse", () => {
  it("reads the API's error shape and keys issues by field path", async () => {
    const error = await ApiError.fromResponse(
      response(400, {
        error: "BadRequest",
        message: "Dữ liệu không hợp lệ",
        issues: [
          { path: ["fullName"], message: "Bắt buộc" },
          { path: ["members", 0, "birthYear"], message: "Năm sinh không hợp lệ" },
          { path: ["fullName"], message: "second message for the same field" },
        ],
      }),
    )
    expect(error.status).toBe(400)
    expect(error.code).toBe("BadRequest")
    expect(error.fieldMessages()).toEqual({
      fullName: "Bắt buộc",
      "members.0.birthYear": "Năm sinh không hợp lệ",
    })
  })

  it("survives a body that is not JSON", async () => {
    const error = await ApiError.fromResponse(new Response("<html>Bad gateway</html>", { status: 502 }))
    expect(error.status).toBe(502)
    expect(error.issues).toEqual([])
  })

  it("reads Retry-After on 429", async () => {
    const error = await ApiError.fromResponse(
      response(429, { error: "TooManyRequests", message: "slow down" }, { "retry-after": "30" }),
    )
    expect(error.retryAfter).toBe(30)
  })
})
