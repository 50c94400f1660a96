import { beforeAll, describe, expect, it } from "vitest"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

/** A citizen identity card number (Căn cước công dân): 12 digits. Never to be stored, not even in part. */
const cccd = "001203004567"

forEachDatabase((db) => {
  let admin = ""
  let tree: Tree

  beforeAll(async () => {
    admin = await db.login()
    tree = await createTree(db, admin)
  })

  describe("national ID numbers", () => {
    it("have no column to be kept in", async () => {
      const columns = await db.sql(
        (sql) => sql<{ name: string }>`
          select table_name || '.' || column_name as name from information_schema.columns
          where table_schema = current_schema()`,
      )
      const suspicious = columns
        .map((c) => c.name)
        .filter((name) => /(national|citizen|identity_card|id_card|cccd|cmnd|can_cuoc)/i.test(name))
      expect(suspicious).toEqual([])
    })

    it("are dropped when a commune's list carries them", async () => {
      const [village] = await db.sql(
        (sql) => sql<{ name: string }>`select name from units where id = ${tree.villageA}`,
      )
      const header =
        "Mã hộ,Họ và tên,Số CCCD,Ngày sinh,Giới tính,Thôn/TDP,Nhóm đối tượng,Cấp học,Nơi làm việc,Mức VNeID,Tài khoản ngân hàng số,Số điện thoại,Địa chỉ"
      const rows = [
        `HD-ID1,Hà Thị Căn Cước,${cccd},4/3/1958,Nữ,${village?.name ?? ""},Nông dân,,,Mức 1,Không,0915 123 456,Số 3`,
        `HD-ID1,Hà Văn Cháu,${cccd.slice(0, 6)}999111,2012,Nam,${village?.name ?? ""},Học sinh,THCS,,0,Không,,Số 3`,
      ]
      const form = new FormData()
      form.set("communeId", tree.chuongMyWard)
      form.set("file", new Blob([`${header}\n${rows.join("\n")}\n`], { type: "text/csv" }), "danh-sach.csv")
      const previewed = await db.request("/api/imports", { cookie: admin, body: form })
      expect(previewed.status).toBe(201)
      const job = await readJson<{ id: string; invalidRows: number }>(previewed)
      expect(job.invalidRows).toBe(0)
      expect(
        (await db.request(`/api/imports/${job.id}/confirm`, { method: "POST", cookie: admin })).status,
      ).toBe(202)
      for (;;) {
        const state = await readJson<{ status: string }>(
          await db.request(`/api/imports/${job.id}`, { cookie: admin }),
        )
        if (state.status === "failed") throw new Error(`import failed: ${JSON.stringify(state)}`)
        if (state.status === "done") break
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      const people = await readJson<{ total: number }>(
        await db.request("/api/people?q=ha%20thi%20can%20cuoc", { cookie: admin }),
      )
      expect(people.total).toBe(1)
      const tables = await db.sql(
        (sql) => sql<{ tableName: string }>`
          select table_name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`,
      )
      for (const { tableName } of tables) {
        const rows = await db.sql(
          (sql) => sql<{ row: string }>`select t::text as row from ${sql(tableName)} t`,
        )
        for (const { row } of rows) {
          expect(row, tableName).not.toContain(cccd)
          expect(row, tableName).not.toContain("999111")
        }
      }
    })
  })
})
