/**
 * Spam protection without a third-party service. Every public form sends two extra fields that the API
 * checks too:
 * - `website`: a honeypot, hidden from people (and from screen readers) but filled by naive bots; a
 *   person's submission has it empty;
 * - `elapsedMs`: how long the form was open before it was sent; a person needs a few seconds, a
 *   script posting at once does not. The elapsed time (not a timestamp) is sent so that the client's
 *   clock does not matter. The threshold is the API's to decide and enforce.
 */

/** The honeypot field's name: a plausible field that bots like to fill. */
export const HONEYPOT_FIELD = "website"

export interface SpamFields {
  readonly website: string
  readonly elapsedMs: number
}

/** Starts the clock for one form; `fields` gives what to send with it. */
export const startSpamGuard = (now: () => number = Date.now) => {
  const openedAt = now()
  return {
    fields: (honeypotValue: string): SpamFields => ({
      website: honeypotValue,
      elapsedMs: Math.max(0, Math.round(now() - openedAt)),
    }),
  }
}
