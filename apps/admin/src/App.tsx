/**
 * The root: i18n, the API handle, the query cache, the session and the routes. Pages are loaded
 * lazily so a phone on a slow line downloads the dashboard first and the registries when used.
 */
import { Navigate, Route, Router, type RouteSectionProps, useLocation } from "@solidjs/router"
import { QueryClient, QueryClientProvider } from "@tanstack/solid-query"
import { lazy, Match, type ParentProps, Suspense, Switch } from "solid-js"
import { ApiError } from "./api/ApiError"
import { ApiProvider, makeApi } from "./api/client"
import { I18nProvider, useI18n } from "./i18n/I18n"
import { PageSkeleton } from "./layout/PageSkeleton"
import { Shell } from "./layout/Shell"
import { LoginPage } from "./pages/LoginPage"
import { OfflineProvider } from "./offline/Offline"
import { NotFoundPage } from "./pages/NotFoundPage"
import { SessionProvider, useSession } from "./session/Session"
import { ErrorState, Loading } from "./ui/States"

const DashboardPage = lazy(() => import("./pages/DashboardPage"))
const HouseholdsPage = lazy(() => import("./pages/households/HouseholdsPage"))
const HouseholdPage = lazy(() => import("./pages/households/HouseholdPage"))
const HouseholdFormPage = lazy(() => import("./pages/households/HouseholdFormPage"))
const PeoplePage = lazy(() => import("./pages/people/PeoplePage"))
const PersonPage = lazy(() => import("./pages/people/PersonPage"))
const PersonFormPage = lazy(() => import("./pages/people/PersonFormPage"))
const ClassesPage = lazy(() => import("./pages/classes/ClassesPage"))
const ClassPage = lazy(() => import("./pages/classes/ClassPage"))
const ClassFormPage = lazy(() => import("./pages/classes/ClassFormPage"))
const VisitsPage = lazy(() => import("./pages/visits/VisitsPage"))
const VisitFormPage = lazy(() => import("./pages/visits/VisitFormPage"))
const ImportPage = lazy(() => import("./pages/imports/ImportPage"))
const ExportsPage = lazy(() => import("./pages/ExportsPage"))
const AuditPage = lazy(() => import("./pages/AuditPage"))
const VolunteersPage = lazy(() => import("./pages/VolunteersPage"))
const ReportsPage = lazy(() => import("./pages/reports/ReportsPage"))
const ReportPage = lazy(() => import("./pages/reports/ReportPage"))
const ReportPrintPage = lazy(() => import("./pages/reports/ReportPrintPage"))
const SignUpsPage = lazy(() => import("./pages/signUps/SignUpsPage"))
const SignUpPage = lazy(() => import("./pages/signUps/SignUpPage"))
const YouthCampaignsPage = lazy(() => import("./pages/youth/YouthCampaignsPage"))
const LearnersPage = lazy(() => import("./pages/learners/LearnersPage"))
let registryPages: Promise<typeof import("./pages/RegistryPages")> | undefined
const loadRegistryPages = () => {
  registryPages ??= import("./pages/RegistryPages")
  return registryPages
}

/** The list, detail and form routes of a record registry, loaded when first opened. */
const registryRoutes = (name: keyof Awaited<ReturnType<typeof loadRegistryPages>>["registries"]) => {
  const load = (page: "List" | "Detail" | "Form") =>
    lazy(() => loadRegistryPages().then((module) => ({ default: module.registries[name][page] })))
  const List = load("List")
  const Detail = load("Detail")
  const Form = load("Form")
  return (
    <>
      <Route path={`/${name}`} component={List} />
      <Route path={`/${name}/new`} component={Form} />
      <Route path={`/${name}/:id`} component={Detail} />
      <Route path={`/${name}/:id/edit`} component={Form} />
    </>
  )
}

export const makeQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not get better by asking again; a dropped connection might.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  })

/** The app's base path (vite's `base`, without the trailing slash). */
const basePath = import.meta.env.BASE_URL.replace(/\/$/, "")

/** Pages behind sign-in: a signed-out visitor is sent to /login and brought back after. */
const SignedIn = (props: RouteSectionProps) => {
  const session = useSession()
  const location = useLocation()
  // The router's location includes the base; the router's own links do not.
  const here = () => (location.pathname.slice(basePath.length) || "/") + location.search
  return (
    <Switch>
      <Match when={session.isLoading()}>
        <Loading />
      </Match>
      <Match when={session.user() === null}>
        <Navigate href={`/login?next=${encodeURIComponent(here())}`} />
      </Match>
      <Match when={session.user()}>
        <Shell>
          {/* A page's code and first data arrive under the shell's header and menu, never a blank screen. */}
          <Suspense fallback={<PageSkeleton />}>{props.children}</Suspense>
        </Shell>
      </Match>
      <Match when={session.error()}>
        <ErrorState error={session.error()} onRetry={session.retry} />
      </Match>
    </Switch>
  )
}

const Providers = (props: ParentProps<{ readonly queryClient: QueryClient }>) => {
  const { locale } = useI18n()
  return (
    <ApiProvider api={makeApi(locale)}>
      <QueryClientProvider client={props.queryClient}>{props.children}</QueryClientProvider>
    </ApiProvider>
  )
}

export const App = (props: { readonly queryClient?: QueryClient; readonly base?: string }) => {
  const queryClient = props.queryClient ?? makeQueryClient()
  return (
    <I18nProvider>
      <Providers queryClient={queryClient}>
        <Router
          base={props.base ?? "/admin"}
          root={(root) => (
            <SessionProvider>
              <OfflineProvider>{root.children}</OfflineProvider>
            </SessionProvider>
          )}
        >
          <Route path="/login" component={LoginPage} />
          <Route path="/" component={SignedIn}>
            <Route path="/" component={DashboardPage} />
            <Route path="/households" component={HouseholdsPage} />
            <Route path="/households/new" component={HouseholdFormPage} />
            <Route path="/households/:id" component={HouseholdPage} />
            <Route path="/households/:id/edit" component={HouseholdFormPage} />
            <Route path="/people" component={PeoplePage} />
            <Route path="/people/new" component={PersonFormPage} />
            <Route path="/people/:id" component={PersonPage} />
            <Route path="/people/:id/edit" component={PersonFormPage} />
            <Route path="/classes" component={ClassesPage} />
            <Route path="/classes/new" component={ClassFormPage} />
            <Route path="/classes/:id" component={ClassPage} />
            <Route path="/classes/:id/edit" component={ClassFormPage} />
            <Route path="/visits" component={VisitsPage} />
            <Route path="/visits/new" component={VisitFormPage} />
            <Route path="/imports" component={ImportPage} />
            <Route path="/exports" component={ExportsPage} />
            {registryRoutes("organizations")}
            {registryRoutes("support-staff")}
            {registryRoutes("posts")}
            {registryRoutes("events")}
            {registryRoutes("targets")}
            {registryRoutes("teams")}
            {registryRoutes("guides")}
            <Route path="/volunteers" component={VolunteersPage} />
            {registryRoutes("users")}
            <Route path="/communication" component={() => <Navigate href="/posts" />} />
            <Route path="/audit" component={AuditPage} />
            <Route path="/reports" component={ReportsPage} />
            <Route path="/reports/:unitId/:period" component={ReportPage} />
            <Route path="/reports/:unitId/:period/print" component={ReportPrintPage} />
            <Route path="/sign-ups" component={SignUpsPage} />
            <Route path="/sign-ups/:id" component={SignUpPage} />
            <Route path="/youth-campaigns" component={YouthCampaignsPage} />
            <Route path="/learners" component={LearnersPage} />
            <Route path="*" component={NotFoundPage} />
          </Route>
        </Router>
      </Providers>
    </I18nProvider>
  )
}
