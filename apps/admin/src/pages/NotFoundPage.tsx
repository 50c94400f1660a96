/** Any path the router does not know. */
import { A } from "@solidjs/router"
import { useI18n } from "../i18n/I18n"

export const NotFoundPage = () => {
  const { t } = useI18n()
  return (
    <section class="page">
      <h1>{t("state.notFound")}</h1>
      <A href="/" class="button">
        {t("state.backHome")}
      </A>
    </section>
  )
}
