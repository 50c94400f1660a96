/**
 * The skills catalogue: what a person can learn, and what "basic digital skills" and "4T complete" mean.
 *
 * Three kinds of topic, each with a stable id (stored in skill records, so never renamed) and a
 * Vietnamese and English name:
 * - the areas of the national basic digital-skills framework (devices and software, information,
 *   communication, digital content, digital safety, problem solving, using AI);
 * - the campaign's practical topics, named in the seed text (Internet, online public services, VNeID,
 *   digital payment, online healthcare, e-commerce, production software, digital savings);
 * - the four modules of the 4T model of "Chợ số - Nông thôn số" (Tiểu thương, Thương mại điện tử,
 *   Thanh toán không dùng tiền mặt, Tiết kiệm số), ids prefixed `4t-`.
 *
 * A 4T module is its own topic, taught for doing business, but it also counts as the practical topic it
 * covers (`4t-cashless-payment` implies `digital-payment`): see {@link implied}.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as ValidationMessage from "./ValidationMessage.js"

/** Identifies a topic of the skills catalogue, e.g. `vneid`. */
export const TopicId = Schema.String.pipe(Schema.brand("TopicId"))
/** Identifies a topic of the skills catalogue, e.g. `vneid`. */
export type TopicId = typeof TopicId.Type

/**
 * The kind of a topic: an area of the national framework, a practical topic of the campaign, or a
 * module of the 4T model.
 */
export const TopicKind = Schema.Literals(["framework", "practical", "four_t"])
/** The kind of a topic. */
export type TopicKind = typeof TopicKind.Type

/** The name of each kind of topic, as lists and exports show it. */
export const kindNames: { readonly [K in TopicKind]: ValidationMessage.Bilingual } = {
  framework: { vi: "Khung năng lực số", en: "Digital competence framework" },
  practical: { vi: "Kỹ năng thực hành", en: "Practical skill" },
  four_t: { vi: "Mô hình 4T", en: "4T model" },
}

/** A topic of the catalogue. */
export class Topic extends Schema.Class<Topic>("@bdhv/domain/Topic")({
  id: TopicId,
  kind: TopicKind,
  name: ValidationMessage.Bilingual,
  /** Topics that achieving this one also achieves (a 4T module counts as its practical topic). */
  implies: Schema.Array(TopicId),
}) {}

const topic = (
  id: string,
  kind: TopicKind,
  vi: string,
  en: string,
  implies: ReadonlyArray<string> = [],
): Topic =>
  Topic.make({ id: TopicId.make(id), kind, name: { vi, en }, implies: implies.map((i) => TopicId.make(i)) })

/** Ids of the catalogue's topics, by name, so code never spells an id by hand. */
export const ids = {
  devicesAndSoftware: TopicId.make("devices-software"),
  information: TopicId.make("information"),
  communication: TopicId.make("communication"),
  digitalContent: TopicId.make("digital-content"),
  digitalSafety: TopicId.make("digital-safety"),
  problemSolving: TopicId.make("problem-solving"),
  usingAi: TopicId.make("using-ai"),
  internetUse: TopicId.make("internet-use"),
  onlinePublicServices: TopicId.make("online-public-services"),
  vneid: TopicId.make("vneid"),
  digitalPayment: TopicId.make("digital-payment"),
  onlineHealthcare: TopicId.make("online-healthcare"),
  eCommerce: TopicId.make("e-commerce"),
  productionSoftware: TopicId.make("production-software"),
  digitalSavings: TopicId.make("digital-savings"),
  fourTSmallTrader: TopicId.make("4t-small-trader"),
  fourTECommerce: TopicId.make("4t-e-commerce"),
  fourTCashlessPayment: TopicId.make("4t-cashless-payment"),
  fourTDigitalSavings: TopicId.make("4t-digital-savings"),
} as const

/** The whole catalogue, in display order: framework areas, practical topics, 4T modules. */
export const catalogue: ReadonlyArray<Topic> = [
  topic(
    "devices-software",
    "framework",
    "Sử dụng thiết bị số và phần mềm",
    "Using digital devices and software",
  ),
  topic("information", "framework", "Tìm kiếm và đánh giá thông tin", "Finding and judging information"),
  topic(
    "communication",
    "framework",
    "Giao tiếp và hợp tác trên môi trường số",
    "Communicating and working together online",
  ),
  topic("digital-content", "framework", "Sáng tạo nội dung số", "Creating digital content"),
  topic("digital-safety", "framework", "An toàn số", "Digital safety"),
  topic(
    "problem-solving",
    "framework",
    "Giải quyết vấn đề bằng công nghệ số",
    "Solving problems with digital technology",
  ),
  topic("using-ai", "framework", "Sử dụng trí tuệ nhân tạo (AI)", "Using artificial intelligence (AI)"),
  topic("internet-use", "practical", "Sử dụng Internet", "Using the Internet"),
  topic("online-public-services", "practical", "Dịch vụ công trực tuyến", "Online public services"),
  topic("vneid", "practical", "Định danh điện tử VNeID", "Digital identity with VNeID"),
  topic("digital-payment", "practical", "Thanh toán số", "Digital payment"),
  topic("online-healthcare", "practical", "Chăm sóc sức khỏe trực tuyến", "Online healthcare"),
  topic("e-commerce", "practical", "Thương mại điện tử", "E-commerce"),
  topic("production-software", "practical", "Phần mềm quản lý sản xuất", "Production management software"),
  topic("digital-savings", "practical", "Tiết kiệm số", "Digital savings"),
  topic(
    "4t-small-trader",
    "four_t",
    "4T – Tiểu thương: kinh doanh trên nền tảng số",
    "4T – Small traders: selling with digital tools",
  ),
  topic("4t-e-commerce", "four_t", "4T – Thương mại điện tử", "4T – E-commerce", ["e-commerce"]),
  topic("4t-cashless-payment", "four_t", "4T – Thanh toán không dùng tiền mặt", "4T – Cashless payment", [
    "digital-payment",
  ]),
  topic("4t-digital-savings", "four_t", "4T – Tiết kiệm số", "4T – Digital savings", ["digital-savings"]),
]

/** The catalogue's topics by id. */
export const topicsById: ReadonlyMap<TopicId, Topic> = new Map(catalogue.map((t) => [t.id, t]))

/** Whether `id` is a topic of the catalogue. */
export const isKnown = (id: TopicId): boolean => topicsById.has(id)

/**
 * The default core set for "basic digital skills" (kỹ năng số cơ bản): using a device, the Internet
 * and staying safe on it, then the three services the seed asks every citizen to use — VNeID
 * ("Mỗi công dân - Một danh tính số"), online public services and digital payment. Configurable:
 * every function that judges basic skills takes the core set as a parameter.
 */
export const defaultCoreTopics: ReadonlyArray<TopicId> = [
  ids.devicesAndSoftware,
  ids.internetUse,
  ids.digitalSafety,
  ids.vneid,
  ids.onlinePublicServices,
  ids.digitalPayment,
]

/** The four modules of the 4T model, in the order of its name: Tiểu thương, TMĐT, thanh toán, tiết kiệm. */
export const fourTModules: ReadonlyArray<TopicId> = [
  ids.fourTSmallTrader,
  ids.fourTECommerce,
  ids.fourTCashlessPayment,
  ids.fourTDigitalSavings,
]

/**
 * A core set of topics as configured for a campaign: at least one topic, each known to the catalogue,
 * none twice.
 */
export const CoreTopics = Schema.Array(
  TopicId.check(
    Schema.makeFilter<string>((id) => topicsById.has(TopicId.make(id)), {
      ...ValidationMessage.message({ vi: "Chủ đề không có trong danh mục", en: "Unknown topic" }),
      toJsonSchema: () => ({ enum: catalogue.map((t) => t.id) }),
      arbitraryConstraint: {
        patterns: [{ source: `^(${catalogue.map((t) => t.id).join("|")})$`, flags: "" }],
      },
    }),
  ),
).check(
  Schema.isMinLength(
    1,
    ValidationMessage.message({ vi: "Chọn ít nhất một chủ đề", en: "Choose at least one topic" }),
  ),
  Schema.isUnique(
    ValidationMessage.message({ vi: "Mỗi chủ đề chỉ chọn một lần", en: "Each topic only once" }),
  ),
)

/**
 * Every topic that the achieved topics amount to: the topics themselves plus the ones they imply
 * (a 4T module counts as its practical topic).
 */
export const implied = (achieved: Iterable<TopicId>): ReadonlySet<TopicId> => {
  const out = new Set<TopicId>()
  for (const id of achieved) {
    out.add(id)
    for (const more of topicsById.get(id)?.implies ?? []) out.add(more)
  }
  return out
}

/** The required topics not achieved yet, in the order of `required`. */
export const missingTopics = (
  achieved: Iterable<TopicId>,
  required: ReadonlyArray<TopicId>,
): ReadonlyArray<TopicId> => {
  const have = implied(achieved)
  return required.filter((id, i) => !have.has(id) && required.indexOf(id) === i)
}

/**
 * Whether a person has basic digital skills: every topic of the core set achieved.
 *
 * @example
 * ```ts
 * Topic.hasBasicSkills(achievedTopics(records, asOf)) // with the default core set
 * Topic.hasBasicSkills(achieved, campaign.coreTopics)
 * ```
 */
export const hasBasicSkills = (
  achieved: Iterable<TopicId>,
  core: ReadonlyArray<TopicId> = defaultCoreTopics,
): boolean => missingTopics(achieved, core).length === 0

/** Whether a trader or farmer is 4T-complete: all four 4T modules achieved. */
export const isFourTComplete = (achieved: Iterable<TopicId>): boolean =>
  missingTopics(achieved, fourTModules).length === 0
