/**
 * The queue of public sign-ups for classes, for the officers of the resident's commune: the waiting
 * ones first (each holds a seat of its class), each opened to be matched to a registered person,
 * registered with a household, or rejected with a reason — once.
 */
import * as Registration from "@bdhv/domain/Registration"
import * as SignUp from "@bdhv/domain/SignUp"
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../../api/client"
import { type SignUpStatus, signUps } from "../../api/signUps"
import { useI18n } from "../../i18n/I18n"
import { useListQuery } from "../../registry/listParams"
import { SelectField } from "../../ui/Field"
import { ListPagination } from "../../ui/Pagination"
import { SearchBox } from "../../ui/SearchBox"
import { Empty, QueryView } from "../../ui/States"

const statuses = SignUp.Status.literals

const isStatus = (value: string | undefined): value is SignUpStatus =>
  statuses.some((status) => status === value)

export default function SignUpsPage() {
  const { t, pick, dateTime } = useI18n()
  const api = useApi()
  const list = useListQuery()
  const status = (): SignUpStatus => {
    const chosen = list.query().filters.status
    return isStatus(chosen) ? chosen : "pending"
  }
  const apiQuery = () => {
    const { q, page, pageSize } = list.query()
    return {
      status: status(),
      page: String(page),
      pageSize: String(pageSize),
      ...(q.trim() === "" ? {} : { q: q.trim() }),
    }
  }
  const query = useQuery(() => ({
    queryKey: ["sign-ups", apiQuery()],
    queryFn: () => signUps(api, apiQuery()),
    placeholderData: (previous) => previous,
  }))
  return (
    <section class="page">
      <h1>{t("nav.signUps")}</h1>
      <p class="muted">{t("signUp.intro")}</p>
      <div class="toolbar">
        <SearchBox label={t("signUp.search")} value={list.query().q} onSearch={list.setSearch} />
        <SelectField
          label={t("signUp.status")}
          value={status()}
          onChange={(value) => list.setFilter("status", value === "pending" ? "" : value)}
          options={statuses.map((value) => ({ value, label: pick(SignUp.statusNames[value]) }))}
        />
      </div>
      <QueryView
        query={query}
        isEmpty={(data) => data.total === 0}
        empty={
          <Empty
            message={
              list.query().q.trim() !== ""
                ? t("common.noMatch")
                : t(status() === "pending" ? "signUp.empty" : "signUp.emptyDecided")
            }
          />
        }
      >
        {(data) => (
          <>
            <div class="table-wrap">
              <table class="data-table">
                <caption class="visually-hidden">{t("nav.signUps")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("person.fullName")}</th>
                    <th scope="col">{t("signUp.class")}</th>
                    <th scope="col">{t("signUp.place")}</th>
                    <th scope="col">{t("signUp.contact")}</th>
                    <th scope="col">{t("signUp.needs")}</th>
                    <th scope="col">{t("signUp.receivedOn")}</th>
                    <th scope="col">{t("common.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data.items}>
                    {(item) => (
                      <tr>
                        <td data-label={t("person.fullName")}>{item.fullName}</td>
                        <td data-label={t("signUp.class")}>
                          <span>
                            {item.classTitle}
                            <Show when={item.classStartsAt !== ""}>
                              <span class="muted small"> · {dateTime(item.classStartsAt)}</span>
                            </Show>
                          </span>
                        </td>
                        <td data-label={t("signUp.place")}>{item.unitName}</td>
                        <td data-label={t("signUp.contact")}>
                          <span>
                            {item.phone}
                            <span class="muted small">
                              {" "}
                              · {t("volunteer.born", { year: item.birthYear })}
                            </span>
                          </span>
                        </td>
                        <td data-label={t("signUp.needs")}>
                          {item.needs.length === 0
                            ? t("common.none")
                            : item.needs.map((need) => pick(Registration.needNames[need])).join("; ")}
                        </td>
                        <td data-label={t("signUp.receivedOn")}>{dateTime(item.createdAt)}</td>
                        <td data-label={t("common.actions")}>
                          <A
                            href={`/sign-ups/${item.id}`}
                            class={item.status === "pending" ? "button button-primary" : "button"}
                            aria-label={`${t(item.status === "pending" ? "signUp.review" : "signUp.open")}: ${item.fullName}`}
                          >
                            {item.status === "pending"
                              ? t("signUp.review")
                              : pick(SignUp.statusNames[item.status])}
                          </A>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <ListPagination data={data} onPage={list.setPage} onCursor={list.setCursor} />
          </>
        )}
      </QueryView>
    </section>
  )
}
