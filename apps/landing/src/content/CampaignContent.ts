/**
 * The campaign texts the site shows, as plain data. They are taken from `@bdhv/domain` at build time
 * (scripts/domainContent.ts), so the browser gets the words without the schema library behind them.
 */

/** A text in Vietnamese and English. */
export interface Localized {
  readonly vi: string
  readonly en: string
}

/** What an indicator measures and its final target. */
export interface IndicatorText {
  readonly id: string
  readonly name: Localized
  readonly numerator: Localized
  readonly denominator: Localized
  readonly taskGroup: number
  /** The campaign's final goal: a share between 0 and 1, and its deadline (YYYY-MM-DD). */
  readonly goal: { readonly value: number; readonly deadline: string }
}

/** One of the seven task groups of the campaign. */
export interface TaskGroupText {
  readonly id: number
  readonly name: Localized
  readonly description: Localized
  readonly indicators: ReadonlyArray<string>
}

/** A named choice (a topic, an audience). */
export interface Choice {
  readonly id: string
  readonly name: Localized
}

export interface CampaignContent {
  readonly indicators: ReadonlyArray<IndicatorText>
  readonly taskGroups: ReadonlyArray<TaskGroupText>
  readonly topics: ReadonlyArray<Choice>
  readonly audiences: ReadonlyArray<Choice>
  readonly eventKinds: ReadonlyArray<Choice>
  /** What a resident may need from a class (the sign-up form's checkboxes). */
  readonly needs: ReadonlyArray<Choice>
  readonly volunteerRoles: ReadonlyArray<Choice>
}
