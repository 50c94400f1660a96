/** Who runs the site, how personal data is used, and the credit the map's licence asks for. */
import { useI18n } from "./i18n/I18n.tsx"

export const Footer = () => {
  const { t } = useI18n()
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p>
          <strong>{t.footer.organiser}</strong>
        </p>
        <p>{t.footer.privacy}</p>
        <p class="credit">
          {t.footer.mapCredit} <a href="/licences/vietnamese-provinces-database.txt">{t.footer.licence}</a>
        </p>
      </div>
    </footer>
  )
}
