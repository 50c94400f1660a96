/**
 * "Download as CSV" for a list, with the filters and search in force (the API streams every page), its
 * headings and names in the app's language.
 */
import { useI18n } from "../i18n/I18n"

export const CsvLink = (props: {
  readonly list: string
  readonly query: Readonly<Record<string, string>>
}) => {
  const { t, locale } = useI18n()
  const href = () => {
    const { page: _page, pageSize: _pageSize, ...filters } = props.query
    const search = new URLSearchParams({ ...filters, lang: locale() }).toString()
    return `/api/exports/${props.list}.csv?${search}`
  }
  return (
    <a class="button button-quiet" href={href()} download="">
      ⇩ {t("export.csv")}
    </a>
  )
}
