/** Classes, their enrollments, attendance and completion. */
import type { ClassItem, EnrollmentItem } from "../registry/schemas"
import { ApiError } from "./ApiError"
import type { Api } from "./client"
import { type Page, resource } from "./rest"

export const classes = resource<ClassItem>("classes")

/** An enrollment with the learner's name, as the class page lists it. */
export type EnrollmentRow = EnrollmentItem & { readonly fullName?: string }

const send = async <T>(api: Api, method: string, path: string, body?: unknown): Promise<T> => {
  const response = await api.fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
  })
  if (!response.ok) throw await ApiError.fromResponse(response)
  return (response.status === 204 ? undefined : await response.json()) as T
}

export const enrollments = (api: Api, classId: string) =>
  send<Page<EnrollmentRow>>(
    api,
    "GET",
    `/api/classes/${encodeURIComponent(classId)}/enrollments?pageSize=200`,
  )

export const enroll = (api: Api, classId: string, personId: string) =>
  send<EnrollmentRow>(api, "POST", `/api/classes/${encodeURIComponent(classId)}/enrollments`, { personId })

/** Moves an enrollment along the domain's transitions (registered → attended / no_show). */
export const setEnrollmentStatus = (api: Api, enrollment: EnrollmentItem, status: EnrollmentItem["status"]) =>
  send<EnrollmentRow>(api, "PATCH", `/api/enrollments/${encodeURIComponent(enrollment.id)}`, {
    status,
    version: enrollment.version,
  })

export const unenroll = (api: Api, enrollment: EnrollmentItem) =>
  send<void>(
    api,
    "DELETE",
    `/api/enrollments/${encodeURIComponent(enrollment.id)}?version=${enrollment.version}`,
  )

/** Completes the class: every attended enrollment becomes completed and its topics are recorded. */
export const completeClass = (api: Api, classItem: ClassItem) =>
  send<{ readonly completed: number; readonly skillRecords: number }>(
    api,
    "POST",
    `/api/classes/${encodeURIComponent(classItem.id)}/complete`,
    { version: classItem.version },
  )
