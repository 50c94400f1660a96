/**
 * The one page of the public site: every section, in the page's language. What a resident comes for —
 * the figures and a class near home — comes before the long text of the task groups.
 */
import { createSignal, onMount } from "solid-js"
import { getUnits, type PublicUnit } from "./api/publicApi.ts"
import { Footer } from "./Footer.tsx"
import { Header } from "./Header.tsx"
import { I18nProvider, useI18n } from "./i18n/I18n.tsx"
import type { PageData } from "./PageData.ts"
import { ClassesSection } from "./sections/Classes.tsx"
import { EventsSection } from "./sections/Events.tsx"
import { Hero, Movement } from "./sections/Movement.tsx"
import { ProgressSection } from "./sections/Progress.tsx"
import { VolunteerSection } from "./sections/Volunteer.tsx"

export const App = (props: { data: PageData }) => (
  <I18nProvider lang={props.data.lang}>
    <Page data={props.data} />
  </I18nProvider>
)

const Page = (props: { data: PageData }) => {
  const { t, lang } = useI18n()
  // The communes for the class finder and the volunteer form; both need the API's unit ids.
  const [units, setUnits] = createSignal<ReadonlyArray<PublicUnit>>([])
  onMount(() => {
    getUnits(lang).then(setUnits, () => undefined)
  })
  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Header />
      <main id="main" tabindex="-1">
        <Hero />
        <ProgressSection initial={props.data.live?.progress ?? null} />
        <ClassesSection units={units} initial={props.data.live?.classes ?? null} phone={props.data.phone} />
        <Movement />
        <VolunteerSection units={units} phone={props.data.phone} />
        <EventsSection renderedOn={props.data.renderedOn} initial={props.data.live?.events ?? null} />
      </main>
      <Footer />
    </>
  )
}
