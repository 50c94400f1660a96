/** Site header: name, the section links, the language switch and the large-text toggle. */
import { createSignal, onMount } from "solid-js"
import { useI18n } from "./i18n/I18n.tsx"
import { isReadingModeOn, setReadingMode } from "./readingMode.ts"

export const Header = () => {
  const { t } = useI18n()
  const [large, setLarge] = createSignal(false)
  onMount(() => setLarge(isReadingModeOn()))
  return (
    <header class="site-header">
      <div class="bar wrap">
        <a class="brand" href="#top">
          <span class="brand-mark" aria-hidden="true">
            BD
          </span>
          <span>
            <span class="brand-name">{t.brand}</span>
            <span class="brand-place">{t.brandPlace}</span>
          </span>
        </a>
        <div class="tools">
          <button
            type="button"
            class="tool needs-js"
            aria-pressed={large()}
            title={t.readingMode.hint}
            onClick={() => setLarge(setReadingMode(!large()))}
          >
            <span class="tool-icon" aria-hidden="true">
              A+
            </span>
            <span class="tool-label">{t.readingMode.label}</span>
          </button>
          <a
            class="tool"
            href={t.otherLanguage.href}
            hreflang={t.otherLanguage.lang}
            lang={t.otherLanguage.lang}
          >
            {t.otherLanguage.label}
          </a>
        </div>
      </div>
      <nav class="wrap" aria-label={t.nav.label}>
        <ul class="nav">
          <li>
            <a href="#progress">{t.nav.progress}</a>
          </li>
          <li>
            <a href="#classes">{t.nav.classes}</a>
          </li>
          <li>
            <a href="#movement">{t.nav.movement}</a>
          </li>
          <li>
            <a href="#volunteer">{t.nav.volunteer}</a>
          </li>
          <li>
            <a href="#events">{t.nav.events}</a>
          </li>
        </ul>
      </nav>
    </header>
  )
}
