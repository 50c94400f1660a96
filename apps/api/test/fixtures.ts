/**
 * A small administrative tree for API tests, created through the API as the first district admin:
 * Hà Nội › Chương Mỹ (district, until 30 Jun 2025) › Chúc Sơn (thị trấn, until 30 Jun 2025) and, from
 * 1 Jul 2025, phường Chương Mỹ (the reused code 10015) directly under Hà Nội; two villages that move
 * from Chúc Sơn to phường Chương Mỹ on 1 Jul 2025 and keep their identity (created with both links);
 * and Xã Quảng Bị with a village.
 */
import type { TestDatabase } from "./harness.js"
import { readJson } from "./harness.js"

/** The ids of the test tree. */
export interface Tree {
  readonly hanoi: string
  readonly chuongMyDistrict: string
  readonly chucSon: string
  readonly chuongMyWard: string
  readonly villageA: string
  readonly villageB: string
  readonly quangBi: string
  readonly villageQ: string
}

/** Creates a unit through the API and returns its id. */
export const createUnit = async (
  db: TestDatabase,
  cookie: string,
  unit: Record<string, unknown>,
): Promise<string> => {
  const response = await db.request("/api/units", {
    cookie,
    body: { successorIds: [], validTo: null, ...unit },
  })
  if (response.status !== 201)
    throw new Error(`unit not created: ${response.status} ${await response.text()}`)
  return (await readJson<{ id: string }>(response)).id
}

/** Builds the test tree. */
export const createTree = async (db: TestDatabase, cookie: string): Promise<Tree> => {
  const hanoi = await createUnit(db, cookie, {
    code: "01",
    name: "Hà Nội",
    kind: "province",
    validFrom: "2000-01-01",
  })
  const chuongMyDistrict = await createUnit(db, cookie, {
    code: "277",
    name: "Huyện Chương Mỹ",
    kind: "district",
    validFrom: "2000-01-01",
    validTo: "2025-06-30",
    parentId: hanoi,
  })
  const chucSon = await createUnit(db, cookie, {
    code: "10015",
    name: "Thị trấn Chúc Sơn",
    kind: "thi_tran",
    validFrom: "2000-01-01",
    validTo: "2025-06-30",
    parentId: chuongMyDistrict,
  })
  const chuongMyWard = await createUnit(db, cookie, {
    code: "10015",
    name: "Phường Chương Mỹ",
    kind: "phuong",
    validFrom: "2025-07-01",
    parentId: hanoi,
  })
  const quangBi = await createUnit(db, cookie, {
    code: "10111",
    name: "Xã Quảng Bị",
    kind: "xa",
    validFrom: "2000-01-01",
    parentId: hanoi,
  })
  // A village keeps its identity across the reform: under Chúc Sơn until 30 June 2025, then under
  // phường Chương Mỹ (every unit but a province has a parent over its whole life).
  const movingLinks = [
    { parentId: chucSon, validFrom: "2000-01-01", validTo: "2025-06-30" },
    { parentId: chuongMyWard, validFrom: "2025-07-01", validTo: null },
  ]
  const villageA = await createUnit(db, cookie, {
    code: null,
    name: "Thôn Đồng Tâm",
    kind: "thon",
    validFrom: "2000-01-01",
    links: movingLinks,
  })
  const villageB = await createUnit(db, cookie, {
    code: null,
    name: "Tổ dân phố Bắc Sơn",
    kind: "to_dan_pho",
    validFrom: "2000-01-01",
    links: movingLinks,
  })
  const villageQ = await createUnit(db, cookie, {
    code: null,
    name: "Thôn Quảng Bị",
    kind: "thon",
    validFrom: "2000-01-01",
    parentId: quangBi,
  })
  return { hanoi, chuongMyDistrict, chucSon, chuongMyWard, villageA, villageB, quangBi, villageQ }
}
