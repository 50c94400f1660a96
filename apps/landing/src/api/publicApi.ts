/**
 * The public endpoints of the BDHV API that the site calls, with the shapes it reads. The server is the
 * same origin (`/api`), so no CORS and no configuration.
 */
import type { PublicCount, PublicShare } from "@bdhv/domain/Disclosure"
import type { Status } from "@bdhv/domain/Indicator"
import type { Lang } from "../i18n/messages.ts"

/**
 * One indicator of one unit, as published: counts and share already suppressed by the API with the
 * domain's `Disclosure` rules ("< 5", "> 45", withheld), its target and its status.
 */
export interface IndicatorFigure {
  readonly id: string
  readonly value: PublicShare
  readonly numerator: PublicCount
  readonly denominator: PublicCount
  /** The target in force (0–1) and its deadline (YYYY-MM-DD). */
  readonly target: number
  readonly deadline: string
  readonly status: Status
}

export interface UnitFigures {
  readonly unitId: string
  readonly code: string | null
  readonly name: string
  readonly indicators: ReadonlyArray<IndicatorFigure>
}

export interface Progress {
  /** The date of the figures, YYYY-MM-DD. */
  readonly asOf: string
  readonly district: UnitFigures
  readonly communes: ReadonlyArray<UnitFigures>
}

export interface PublicUnit {
  readonly id: string
  readonly code: string | null
  readonly name: string
  readonly villages: ReadonlyArray<{ readonly id: string; readonly name: string }>
}

export interface PublicClass {
  readonly id: string
  readonly title: string
  readonly communeId: string
  readonly communeName: string
  readonly venue: string
  /** ISO date-time with offset. */
  readonly startsAt: string
  readonly endsAt: string | null
  readonly audience: string
  readonly topics: ReadonlyArray<string>
  readonly mode: "in_person" | "online" | "hybrid"
  readonly seatsLeft: number
}

export interface ClassPage {
  readonly items: ReadonlyArray<PublicClass>
  readonly page: number
  readonly pageSize: number
  readonly total: number
}

export interface ClassQuery {
  readonly communeId?: string
  readonly audience?: string
  readonly topicId?: string
  readonly from?: string
  readonly to?: string
  readonly q?: string
  readonly page?: number
  readonly pageSize?: number
}

export interface PublicEvent {
  readonly id: string
  /** `Communication.EventKind`; `digital_learning_day` is the yearly 10/10 "Ngày hội toàn dân học tập số". */
  readonly kind: string
  readonly title: string
  /** YYYY-MM-DD */
  readonly date: string
  readonly venue: string | null
}

/** A 400 answer: what was wrong with which field. */
export interface InputIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/** An answer the API gave that is not a success. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`API answered ${status}`)
  }
}

const headers = (lang: Lang): Record<string, string> => ({
  accept: "application/json",
  "accept-language": lang,
})

const getJson = async <T>(path: string, lang: Lang): Promise<T> => {
  const response = await fetch(path, { headers: headers(lang) })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) throw new ApiError(response.status, body)
  return body as T
}

/** A POST's status and decoded body, whatever the status: the caller tells the outcomes apart. */
export const postJson = async (
  path: string,
  payload: unknown,
  lang: Lang,
): Promise<{ status: number; body: unknown }> => {
  const response = await fetch(path, {
    method: "POST",
    headers: { ...headers(lang), "content-type": "application/json" },
    body: JSON.stringify(payload),
  })
  return { status: response.status, body: await response.json().catch(() => null) }
}

const queryString = (query: ClassQuery): string => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value))
  }
  const s = params.toString()
  return s === "" ? "" : `?${s}`
}

export const getProgress = (lang: Lang) => getJson<Progress>("/api/public/progress", lang)
export const getUnits = (lang: Lang) => getJson<ReadonlyArray<PublicUnit>>("/api/public/units", lang)
export const getEvents = (lang: Lang) => getJson<ReadonlyArray<PublicEvent>>("/api/public/events", lang)
/** Classes come a few at a time: a long list is hard to read on a phone. */
export const CLASS_PAGE_SIZE = 6

export const getClasses = (query: ClassQuery, lang: Lang) =>
  getJson<ClassPage>(`/api/public/classes${queryString({ ...query, pageSize: CLASS_PAGE_SIZE })}`, lang)
