/** The page's language, its catalogue and a reader for the bilingual texts of the domain. */
import { createContext, type JSX, useContext } from "solid-js"
import type { Localized } from "../content/CampaignContent.ts"
import { type Lang, type Messages, messages } from "./messages.ts"

export interface I18n {
  readonly lang: Lang
  readonly t: Messages
  /** The text of a domain `{ vi, en }` pair in the page's language. */
  readonly local: (text: Localized) => string
}

const I18nContext = createContext<I18n>()

export const I18nProvider = (props: { lang: Lang; children: JSX.Element }) => {
  const value: I18n = { lang: props.lang, t: messages[props.lang], local: (text) => text[props.lang] }
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>
}

export const useI18n = (): I18n => {
  const i18n = useContext(I18nContext)
  if (i18n === undefined) throw new Error("useI18n outside I18nProvider")
  return i18n
}
