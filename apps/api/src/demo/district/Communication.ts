/**
 * Communication: posts on the campaign's channels, and events.
 */
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import type * as Communication from "@bdhv/domain/Communication"
import * as Text from "@bdhv/domain/Text"
import { Effect } from "effect"
import { day, iso, type Context, type NewCommune } from "./Model.js"
import type { Places } from "./Places.js"

/** Generates this part of the district into the sink. */
export const generate = (district: Context & Places) =>
  Effect.gen(function* () {
    const { sink, random, today, reform, horizon, nextId, activityDay, firstMonday, communes, newCommunes } =
      district
    // -- Communication: posts and events ----------------------------------------------------------------
    const postRandom = random.fork("posts")
    const channels: ReadonlyArray<Communication.Channel> = [
      "district_portal",
      "zalo_oa",
      "facebook",
      "internal_bulletin",
      "loudspeaker",
    ]
    const postTitles = [
      "Hướng dẫn cài đặt và kích hoạt tài khoản định danh điện tử mức 2",
      "Phong trào “Bình dân học vụ số”: mỗi người dân đều có thể học",
      "Lịch học cộng đồng về kỹ năng số trong tuần",
      "Cảnh giác với lừa đảo qua mạng: 5 dấu hiệu cần biết",
      "Thanh toán không dùng tiền mặt tại chợ dân sinh",
      "Đại sứ số: người hướng dẫn, người học",
      "Nộp hồ sơ dịch vụ công trực tuyến không cần đến Ủy ban",
      "Khám chữa bệnh trực tuyến cho người cao tuổi",
      "Tổ chuyển đổi số cộng đồng: đi từng ngõ, gõ từng nhà",
    ]
    for (let monday = firstMonday; monday <= today; monday += 7) {
      const publishers =
        monday < reform
          ? [
              { id: ChuongMy.district.id, channel: "district_portal" as const },
              ...communes.map((c) => ({ id: c.id, channel: undefined })),
            ]
          : newCommunes.map((c) => ({ id: c.id, channel: undefined }))
      for (const publisher of publishers) {
        if (!postRandom.chance(publisher.id === ChuongMy.district.id ? 1 : monday < reform ? 0.35 : 0.9))
          continue
        const channel = publisher.channel ?? postRandom.pick(channels)
        const title = postRandom.pick(postTitles)
        const published = Math.min(today, monday + postRandom.int(7))
        const postId = nextId("post")
        sink.posts.add({
          id: postId,
          unitId: publisher.id,
          channel,
          title,
          titleFolded: Text.searchKey(title),
          url:
            channel === "loudspeaker" || channel === "internal_bulletin"
              ? null
              : `https://chuongmy.hanoi.gov.vn/tin-tuc/${postId}`,
          publishedOn: iso(published),
          reach: channel === "loudspeaker" ? postRandom.between(300, 3000) : postRandom.between(150, 25_000),
        })
      }
    }
    const eventRandom = random.fork("events")
    const event = (
      unitId: string,
      kind: Communication.EventKind,
      title: string,
      on: number,
      venue: string,
    ) => {
      sink.events.add({
        id: nextId("evt"),
        unitId,
        kind,
        title,
        titleFolded: Text.searchKey(title),
        heldOn: iso(on),
        mode: kind === "talk" && eventRandom.chance(0.5) ? "hybrid" : "in_person",
        venue,
        participants: on <= today ? eventRandom.between(80, 1500) : 0,
      })
    }
    const hall = (commune: NewCommune) =>
      `Hội trường Ủy ban nhân dân ${commune.name.toLowerCase().startsWith("phường") ? "phường" : "xã"} ${commune.name.replace(/^(Xã|Phường) /, "")}`
    for (const year of [2025, 2026]) {
      const learningDay = day(`${year}-10-10`)
      if (learningDay > horizon) continue
      for (const commune of newCommunes) {
        event(
          commune.id,
          "digital_learning_day",
          `Ngày hội toàn dân học tập số ${year} – ${commune.name}`,
          learningDay,
          hall(commune),
        )
      }
    }
    event(
      ChuongMy.district.id,
      "conference",
      "Hội nghị triển khai Phong trào “Bình dân học vụ số” huyện Chương Mỹ",
      day("2025-05-20"),
      "Hội trường Huyện ủy Chương Mỹ",
    )
    for (const commune of newCommunes) {
      event(
        commune.id,
        "hands_on",
        `Trải nghiệm dịch vụ công trực tuyến tại ${commune.name}`,
        activityDay(eventRandom, reform),
        hall(commune),
      )
      event(
        commune.id,
        "talk",
        `Tọa đàm “An toàn trên không gian mạng” – ${commune.name}`,
        activityDay(eventRandom, reform),
        hall(commune),
      )
      const ahead = today + eventRandom.between(5, 30)
      if (ahead <= horizon)
        event(
          commune.id,
          "workshop",
          `Hội thảo chuyển đổi số cho hợp tác xã – ${commune.name}`,
          ahead,
          hall(commune),
        )
    }
  })
