/** Sign in with email and password; returns to the page that asked for it. */
import { Navigate, useNavigate, useSearchParams } from "@solidjs/router"
import { createSignal, Show } from "solid-js"
import { ApiError } from "../api/ApiError"
import { useI18n } from "../i18n/I18n"
import { useSession } from "../session/Session"
import { TextField } from "../ui/Field"
import { errorMessageKey } from "../ui/States"

/** Only same-app paths are followed after login, never another origin. */
const safeNext = (next: unknown): string =>
  typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/"

export const LoginPage = () => {
  const { t, locale, setLocale } = useI18n()
  const session = useSession()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const [email, setEmail] = createSignal("")
  const [password, setPassword] = createSignal("")
  const [error, setError] = createSignal<string>()
  const [pending, setPending] = createSignal(false)

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setPending(true)
    setError(undefined)
    try {
      await session.login(email().trim(), password())
      navigate(safeNext(search.next), { replace: true })
    } catch (failure) {
      if (failure instanceof ApiError && (failure.status === 401 || failure.status === 400))
        setError(t("login.failed"))
      else if (failure instanceof ApiError && failure.status === 429)
        setError(t("login.tooMany", { seconds: failure.retryAfter ?? 60 }))
      else {
        const { key, params } = errorMessageKey(failure)
        setError(t(key, params))
      }
    } finally {
      setPending(false)
    }
  }

  return (
    <Show
      when={session.user() === null || session.user() === undefined}
      fallback={<Navigate href={safeNext(search.next)} />}
    >
      <main class="login" id="main">
        <p class="login-brand">
          <span class="brand-mark" aria-hidden="true">
            B
          </span>
          {t("app.name")}
        </p>
        <div class="login-card">
          <div class="login-lang">
            <button
              type="button"
              class="button button-quiet"
              lang={locale() === "vi" ? "en" : "vi"}
              onClick={() => setLocale(locale() === "vi" ? "en" : "vi")}
            >
              {t("lang.switch")}
            </button>
          </div>
          <h1>{t("login.title")}</h1>
          <p class="muted">{t("login.intro")}</p>
          <form onSubmit={submit} noValidate={false}>
            <TextField
              label={t("login.email")}
              type="email"
              name="email"
              autocomplete="username"
              required
              value={email()}
              onInput={setEmail}
            />
            <TextField
              label={t("login.password")}
              type="password"
              name="password"
              autocomplete="current-password"
              required
              value={password()}
              onInput={setPassword}
            />
            <Show when={error()}>
              <p class="form-error" role="alert">
                {error()}
              </p>
            </Show>
            <button type="submit" class="button button-primary button-block" disabled={pending()}>
              {pending() ? t("login.submitting") : t("login.submit")}
            </button>
          </form>
        </div>
      </main>
    </Show>
  )
}
