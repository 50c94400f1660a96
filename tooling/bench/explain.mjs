/**
 * The SQL an Effect of the API sends, captured as it runs (effect/sql's statement transformer), and
 * each captured statement run again under EXPLAIN (ANALYZE, BUFFERS): which query costs what, and why.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Statement from "effect/sql/Statement"

/**
 * A statement as sent: SQL text with $n placeholders, and its parameters.
 * @typedef {{ readonly text: string, readonly params: ReadonlyArray<unknown> }} Captured
 */

/**
 * Runs `effect` and records every statement it sends.
 * @template A, E, R
 * @param {Effect.Effect<A, E, R>} effect
 * @returns {Effect.Effect<{ result: A, statements: Array<Captured> }, E, R>}
 */
export const capture = (effect) =>
  Effect.suspend(() => {
    /** @type {Array<Captured>} */
    const statements = []
    /** @type {Statement.Transformer} */
    const record = (self) => {
      const [text, params] = self.compile()
      statements.push({ text, params })
      return Effect.succeed(self)
    }
    return effect.pipe(
      Effect.provideService(Statement.CurrentTransformer, record),
      Effect.map((result) => ({ result, statements })),
    )
  })

/**
 * A statement's plan as measured.
 * @typedef {object} Plan
 * @property {string} text the SQL
 * @property {string} plan EXPLAIN (ANALYZE, BUFFERS) output
 * @property {number} executionMs
 * @property {number} planningMs
 */

/**
 * Runs each statement under EXPLAIN (ANALYZE, BUFFERS); only reads are explained (ANALYZE executes).
 * @param {ReadonlyArray<Captured>} statements
 * @returns {Effect.Effect<Array<Plan>, unknown, SqlClient.SqlClient>}
 */
export const explainAll = (statements) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    /** @type {Array<Plan>} */
    const plans = []
    for (const statement of statements) {
      if (!/^\s*(select|with)\b/i.test(statement.text)) continue
      const rows = /** @type {ReadonlyArray<Record<string, string>>} */ (
        yield* sql.unsafe(`explain (analyze, buffers) ${statement.text}`, statement.params)
      )
      const lines = rows.map((row) => Object.values(row)[0] ?? "")
      const timeOf = (/** @type {string} */ label) =>
        Number(lines.find((line) => line.startsWith(label))?.match(/([\d.]+) ms/)?.[1] ?? Number.NaN)
      plans.push({
        text: statement.text,
        plan: lines.join("\n"),
        executionMs: timeOf("Execution Time"),
        planningMs: timeOf("Planning Time"),
      })
    }
    return plans
  })

/**
 * The plans as a report: the costliest first, each with its SQL and plan.
 * @param {string} title
 * @param {ReadonlyArray<Plan>} plans
 */
export const toReport = (title, plans) => {
  const sorted = [...plans].sort((a, b) => b.executionMs - a.executionMs)
  const total = plans.reduce((sum, p) => sum + p.executionMs, 0)
  return [
    title,
    `${plans.length} statements, ${total.toFixed(1)} ms of execution in total (EXPLAIN ANALYZE, run one after another)`,
    "",
    ...sorted.flatMap((p, i) => [
      `-- ${i + 1}. execution ${p.executionMs.toFixed(1)} ms, planning ${p.planningMs.toFixed(1)} ms`,
      p.text.trim(),
      "",
      p.plan,
      "",
    ]),
  ].join("\n")
}
