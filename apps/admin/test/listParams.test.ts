import { describe, expect, it } from "vitest"
import { parseListQuery, toApiQuery } from "../src/registry/listParams"

describe("a list's query in the URL", () => {
  it("asks the API for a page number when there is no cursor", () => {
    const query = parseListQuery({ q: " nguyen van ", page: "3", unitId: "u1" })
    expect(query.cursor).toBeUndefined()
    expect(toApiQuery(query)).toEqual({ page: "3", pageSize: "20", q: "nguyen van", unitId: "u1" })
  })

  it("asks by cursor, never with a page number too (the API refuses both)", () => {
    const query = parseListQuery({ cursor: "eyJzIjoibmFtZSJ9", page: "2", sort: "name", order: "desc" })
    expect(query.filters).toEqual({})
    expect(toApiQuery(query)).toEqual({
      cursor: "eyJzIjoibmFtZSJ9",
      pageSize: "20",
      sort: "name",
      order: "desc",
    })
  })

  it("treats an empty cursor as the first page", () => {
    expect(toApiQuery(parseListQuery({ cursor: "" }))).toEqual({ page: "1", pageSize: "20" })
  })
})
