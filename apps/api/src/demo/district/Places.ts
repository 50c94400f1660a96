/**
 * The administrative tree of `ChuongMy` with invented villages under each former commune, and the
 * organizations: schools, agencies, party cells, enterprises and cooperatives.
 */
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import type * as Organization from "@bdhv/domain/Organization"
import * as Text from "@bdhv/domain/Text"
import * as Topic from "@bdhv/domain/Topic"
import { Effect, Result } from "effect"
import { inventVillages } from "../Villages.js"
import {
  cooperativeTrades,
  enterpriseTrades,
  type Commune,
  type Context,
  type NewCommune,
  type Village,
  unitRow,
} from "./Model.js"

/** Generates this part of the district into the sink. */
export const generate = (district: Context) =>
  Effect.gen(function* () {
    const { sink, random, nextId } = district
    // -- Units --------------------------------------------------------------------------------------------
    for (const unit of ChuongMy.units) sink.units.add(unitRow(unit))
    for (const link of ChuongMy.links) sink.unitLinks.add(link)
    for (const [sortOrder, topic] of Topic.catalogue.entries()) {
      sink.topics.add({
        id: topic.id,
        nameVi: topic.name.vi,
        nameEn: topic.name.en,
        nameFolded: Text.searchKey(topic.name.vi),
        kind: topic.kind,
        core: Topic.defaultCoreTopics.includes(topic.id),
        sortOrder,
        implies: topic.implies,
      })
    }

    const formerCommunes = ChuongMy.oldCommunes
    const unitRandom = random.fork("villages")
    const invented = inventVillages(
      unitRandom,
      formerCommunes.map((c) => ({
        code: c.code ?? "",
        township: c.kind === "thi_tran",
        successorCodes: ChuongMy.newCodesOf(c.code ?? ""),
      })),
    )
    const newIndex = new Map(ChuongMy.newCommunes.map((c, i) => [c.code ?? "", i]))
    const formerIndex = new Map(formerCommunes.map((c, i) => [c.code ?? "", i]))
    const orgRandom = random.fork("organizations")

    const communes: Array<Commune> = formerCommunes.map((former) => ({
      id: former.id,
      name: former.name,
      zeal: 0.45 + orgRandom.next() * 0.5,
      weeklyDiligence: orgRandom.pick([1, 0.97, 0.95, 0.9, 0.85, 0.6]),
      villages: [],
      primarySchool: "",
      lowerSecondarySchool: "",
      employers: [],
    }))
    const newCommunes: Array<NewCommune> = ChuongMy.newCommunes.map((c, i) => ({
      id: c.id,
      name: c.name,
      // One new commune keeps a poor record of weekly classes.
      weeklyDiligence: i === ChuongMy.newCommunes.length - 2 ? 0.72 : 0.97,
      villages: [],
      upperSecondary: [],
    }))
    const villages: Array<Village> = []

    const organization = (unitId: string, name: string, kind: Organization.OrganizationKind): string => {
      const id = nextId("org")
      sink.organizations.add({ id, unitId, name, nameFolded: Text.searchKey(name), kind })
      return id
    }

    for (const v of invented) {
      const made = ChuongMy.village({
        oldCommuneCode: v.formerCommuneCode,
        name: v.name,
        kind: v.kind,
        newCommuneCode: v.successorCode,
      })
      if (Result.isFailure(made)) return yield* Effect.die(made.failure)
      const { unit, links } = made.success
      sink.units.add(unitRow(unit))
      for (const link of links) sink.unitLinks.add(link)
      const former = formerIndex.get(v.formerCommuneCode)!
      const successor = newIndex.get(v.successorCode)!
      const index = villages.length
      const partyCell = organization(unit.id, `Chi bộ ${unit.name}`, "party_cell")
      villages.push({
        id: unit.id,
        name: unit.name,
        former,
        successor,
        remote: v.remote,
        partyCell,
        households: [],
      })
      communes[former]!.villages.push(index)
      newCommunes[successor]!.villages.push(index)
    }

    // -- Organizations ------------------------------------------------------------------------------------
    const partyCells: Array<{ id: string; village: number }> = villages.map((v, i) => ({
      id: v.partyCell,
      village: i,
    }))
    for (const commune of communes) {
      const seat = commune.villages[0]!
      const seatId = villages[seat]!.id
      const shortName = commune.name.replace(/^(Xã|Thị trấn|Phường) /, "")
      commune.primarySchool = organization(seatId, `Trường Tiểu học ${shortName}`, "school")
      commune.lowerSecondarySchool = organization(seatId, `Trường THCS ${shortName}`, "school")
      organization(
        seatId,
        `Ủy ban nhân dân ${commune.name.toLowerCase().startsWith("thị trấn") ? "thị trấn" : "xã"} ${shortName}`,
        "state_agency",
      )
      partyCells.push({
        id: organization(seatId, `Chi bộ cơ quan ${shortName}`, "party_cell"),
        village: seat,
      })
      partyCells.push({
        id: organization(seatId, `Chi bộ Trường THCS ${shortName}`, "party_cell"),
        village: seat,
      })
      organization(seatId, `Đoàn Thanh niên ${shortName}`, "youth_union_base")
      const enterprises = orgRandom.between(0, 3) + (commune.zeal > 0.8 ? 2 : 0)
      for (let i = 0; i < enterprises; i++) {
        const village = villages[orgRandom.pick(commune.villages)]!
        commune.employers.push(
          organization(
            village.id,
            `Công ty ${orgRandom.pick(["TNHH", "Cổ phần"])} ${orgRandom.pick(enterpriseTrades)} ${shortName}${i > 0 ? ` ${i + 1}` : ""}`,
            "enterprise",
          ),
        )
      }
      const cooperatives = orgRandom.between(1, 2)
      for (let i = 0; i < cooperatives; i++) {
        const village = villages[orgRandom.pick(commune.villages)]!
        commune.employers.push(
          organization(
            village.id,
            `Hợp tác xã ${orgRandom.pick(cooperativeTrades)} ${i === 0 ? shortName : village.name.replace(/^(Thôn|Tổ dân phố) /, "")}`,
            "cooperative",
          ),
        )
      }
    }
    for (const commune of newCommunes) {
      const schools = commune.villages.length > 40 ? 3 : commune.villages.length > 20 ? 2 : 1
      const shortName = commune.name.replace(/^(Xã|Phường) /, "")
      for (let i = 0; i < schools; i++) {
        const village = villages[orgRandom.pick(commune.villages)]!
        const school = organization(
          village.id,
          `Trường THPT ${shortName}${schools > 1 ? ` ${["A", "B", "C"][i]}` : ""}`,
          "school",
        )
        commune.upperSecondary.push(school)
      }
    }
    yield* sink.flush()
    return { formerCommunes, communes, newCommunes, villages, partyCells }
  })

/** What this part hands the later ones. */
export type Places = Effect.Success<ReturnType<typeof generate>>
