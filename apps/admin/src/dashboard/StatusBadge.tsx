/** An indicator's status as the domain judges it: a colour and, never colour alone, its name. */
import type * as Indicator from "@bdhv/domain/Indicator"
import { useI18n } from "../i18n/I18n"

/** The CSS custom property that holds a status's colour. */
export const statusColorVar = (status: Indicator.Status) => `var(--status-${status.replace("_", "-")})`

/** The status colours, for canvas drawings that cannot read CSS variables. */
export const statusColor: Record<Indicator.Status, string> = {
  met: "#1b7a3a",
  on_track: "#0b63a0",
  at_risk: "#a8520a",
  off_track: "#b42318",
  no_data: "#5c636b",
}

export const StatusBadge = (props: { readonly status: Indicator.Status }) => {
  const { t } = useI18n()
  return <span class={`badge status-${props.status}`}>{t(`status.${props.status}`)}</span>
}
