/** The dashboard: every indicator of a unit as at a date. */
import { useI18n } from "../i18n/I18n"

export default function DashboardPage() {
  const { t } = useI18n()
  return (
    <section class="page">
      <h1>{t("nav.dashboard")}</h1>
    </section>
  )
}
