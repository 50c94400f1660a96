/**
 * The dashboard's line about the sign-up queue: how many public sign-ups wait for the commune's
 * review, with a link to the queue. Shown to the roles that may read the queue.
 */
import * as Access from "@bdhv/domain/Access"
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { Show } from "solid-js"
import { useApi } from "../../api/client"
import { pendingSignUps } from "../../api/signUps"
import { useI18n } from "../../i18n/I18n"
import { useSession } from "../../session/Session"

export const SignUpsWaiting = () => {
  const { t } = useI18n()
  const api = useApi()
  const session = useSession()
  const allowed = () => {
    const role = session.user()?.role
    return role !== undefined && Access.allows(role, "sign-ups", "read")
  }
  const count = useQuery(() => ({
    queryKey: ["sign-ups", "pending-count"],
    queryFn: () => pendingSignUps(api),
    enabled: allowed(),
  }))
  return (
    <Show when={allowed() && count.data}>
      {(data) => (
        <p class="sign-ups-waiting" classList={{ "has-waiting": data().pending > 0 }}>
          <A href="/sign-ups">
            {data().pending === 0 ? t("signUp.noneWaiting") : t("signUp.waiting", { count: data().pending })}
          </A>
        </p>
      )}
    </Show>
  )
}
