/**
 * The campaign plan: the seven task groups ("7 nhiệm vụ giải pháp") that Chương Mỹ's party committee set
 * for the "Bình dân học vụ số" movement, and the indicators each group is judged by.
 *
 * Group membership of an indicator is stated here once; `Indicator.definitions` reads it.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import type { IndicatorId } from "./Indicator.js"
import type { Bilingual } from "./ValidationMessage.js"

/** The number of a task group, 1 to 7, in the order of the seed text. */
export const TaskGroupId = Schema.Literals([1, 2, 3, 4, 5, 6, 7])
/** The number of a task group, 1 to 7, in the order of the seed text. */
export type TaskGroupId = typeof TaskGroupId.Type

/** One of the seven task groups: its names, what the seed asks of it, and the indicators that judge it. */
export interface TaskGroup {
  readonly id: TaskGroupId
  readonly name: Bilingual
  readonly description: Bilingual
  /**
   * Indicators that measure the group. Groups 1 (leadership) and 2 (communication) have none: they are
   * followed through activities (communication posts, events), not through a ratio of people.
   */
  readonly indicators: ReadonlyArray<IndicatorId>
}

/** The seven task groups, in the order of the seed text. */
export const taskGroups: readonly [
  TaskGroup,
  TaskGroup,
  TaskGroup,
  TaskGroup,
  TaskGroup,
  TaskGroup,
  TaskGroup,
] = [
  {
    id: 1,
    name: { vi: "Tăng cường sự lãnh đạo của Đảng", en: "Party leadership" },
    description: {
      vi: "Phát huy sức mạnh của cả hệ thống chính trị; nâng cao vai trò, trách nhiệm của người đứng đầu cấp ủy, chính quyền, đoàn thể trong lãnh đạo, chỉ đạo triển khai Phong trào.",
      en: "Mobilise the whole political system; heads of party committees, authorities and mass organisations lead and direct the movement.",
    },
    indicators: [],
  },
  {
    id: 2,
    name: { vi: "Tuyên truyền, phổ biến", en: "Communication" },
    description: {
      vi: "Tuyên truyền đa dạng, sáng tạo trên Cổng thông tin điện tử huyện, Zalo OA, Facebook, Tài liệu Thông tin nội bộ; hưởng ứng “Ngày hội toàn dân học tập số” 10/10 hàng năm.",
      en: "Varied, creative communication on the district portal, Zalo OA, Facebook and the internal bulletin; take part in the yearly 10/10 digital learning day.",
    },
    indicators: [],
  },
  {
    id: 3,
    name: {
      vi: "Kỹ năng số cho cán bộ, công chức, viên chức và đảng viên",
      en: "Civil servants and party members",
    },
    description: {
      vi: "Bồi dưỡng, tập huấn kỹ năng số cho cán bộ, công chức, viên chức, người lao động trong cơ quan nhà nước; sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số” trong các tổ chức cơ sở đảng.",
      en: "Digital-skills training for civil servants and public employees; the “Party members pioneer digital learning” session in every party cell.",
    },
    indicators: ["civil-servants", "party-cells"],
  },
  {
    id: 4,
    name: { vi: "Giáo dục kỹ năng số cho học sinh", en: "Students" },
    description: {
      vi: "Tích hợp giáo dục kỹ năng số, đặc biệt kỹ năng sử dụng trí tuệ nhân tạo (AI), trong chương trình giáo dục; học sinh tình nguyện phổ cập kỹ năng số cho người thân và người yếu thế.",
      en: "Digital skills, especially AI, in the school curriculum; students volunteer to teach their families and the vulnerable.",
    },
    indicators: ["students"],
  },
  {
    id: 5,
    name: {
      vi: "Phổ cập kỹ năng số cho người lao động trong doanh nghiệp, hợp tác xã",
      en: "Workers in enterprises and cooperatives",
    },
    description: {
      vi: "Lớp đào tạo kỹ năng số cho công nhân, người lao động: phần mềm quản lý sản xuất, máy móc tự động hóa, kiểm tra chất lượng, thương mại điện tử.",
      en: "Digital-skills courses for workers: production software, automation, quality control, e-commerce.",
    },
    indicators: ["workers"],
  },
  {
    id: 6,
    name: { vi: "Phổ cập kỹ năng số cho người dân", en: "Citizens" },
    description: {
      vi: "Định kỳ hàng tuần tổ chức buổi học cộng đồng tại xã, thị trấn; lớp cho người cao tuổi, lớp chuyên biệt cho người khuyết tật; hỗ trợ Nhân dân vùng xa trung tâm.",
      en: "Weekly community classes in every commune; classes for the elderly and for people with disabilities; support for remote areas.",
    },
    indicators: ["adults-basic", "weekly-classes", "elderly-reached", "disability-reached"],
  },
  {
    id: 7,
    name: { vi: "Mô hình, phong trào lan tỏa kỹ năng số", en: "Models and movements" },
    description: {
      vi: "Mạng lưới “Đại sứ số”, nhân sự hỗ trợ tại bộ phận một cửa, “Gia đình số”, “Chợ số - Nông thôn số” (4T), “Mỗi công dân - Một danh tính số”, “Tổ chuyển đổi số cộng đồng”, Thanh niên chung tay phổ cập kỹ năng số.",
      en: "Digital ambassadors, a helper at every commune desk, Digital family, Digital market – digital countryside (4T), One citizen – one digital identity, community digital transformation teams, youth campaign.",
    },
    indicators: [
      "guides-quota",
      "support-desk",
      "digital-family",
      "four-t",
      "digital-identity",
      "digital-bank",
      "door-to-door",
    ],
  },
]

/** The task group with the given number. */
export const taskGroup = (id: TaskGroupId): TaskGroup => taskGroups[id - 1]!

/** The task group an indicator belongs to (each indicator belongs to exactly one). */
export const taskGroupOf = (indicator: IndicatorId): TaskGroup =>
  // Every indicator is listed in one group; the test suite checks that the lists cover every id.
  taskGroups.find((group) => group.indicators.includes(indicator))!
