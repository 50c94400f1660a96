/** An indicator's status as the domain judges it: its colour (`@bdhv/ui/status.css`) and, never colour alone, its name. */
import * as Indicator from "@bdhv/domain/Indicator"
import { useI18n } from "../i18n/I18n"

export { statusColor } from "@bdhv/ui/status"

export const StatusBadge = (props: { readonly status: Indicator.Status }) => {
  const { pick } = useI18n()
  return <span class={`badge status-${props.status}`}>{pick(Indicator.statusNames[props.status])}</span>
}
