/**
 * Where the demo generator's rows go: one buffered writer per table, flushed together in the order of
 * the foreign keys (a class before its enrollments, a person before their skill records), so the
 * generator can stream a district of 300,000 people without holding its 1.5 million records in memory.
 */
import { Effect, Fiber } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import * as PersonRows from "../db/rows/Person.js"
import * as Rows from "./Rows.js"
import { insertRows, TableWriter, type WriteBatch } from "../db/TableWriter.js"

/** The writers of every table the generator fills, in foreign-key order. */
export class Sink {
  readonly units: TableWriter<Rows.UnitRow>
  readonly unitLinks: TableWriter<Rows.UnitLinkRow>
  readonly topics: TableWriter<Rows.TopicRow>
  readonly organizations: TableWriter<Rows.OrganizationRow>
  readonly households: TableWriter<Rows.HouseholdRow>
  readonly people: TableWriter<PersonRows.Row>
  readonly classes: TableWriter<Rows.ClassRow>
  readonly classTopics: TableWriter<Rows.ClassTopicRow>
  readonly enrollments: TableWriter<Rows.EnrollmentRow>
  readonly skillRecords: TableWriter<Rows.SkillRecordRow>
  readonly guides: TableWriter<Rows.GuideRow>
  readonly guideLearners: TableWriter<Rows.GuideLearnerRow>
  readonly supportStaff: TableWriter<Rows.SupportStaffRow>
  readonly teams: TableWriter<Rows.TeamRow>
  readonly teamMembers: TableWriter<Rows.TeamMemberRow>
  readonly visits: TableWriter<Rows.VisitRow>
  readonly visitTopics: TableWriter<Rows.VisitTopicRow>
  readonly posts: TableWriter<Rows.PostRow>
  readonly events: TableWriter<Rows.EventRow>
  readonly targets: TableWriter<Rows.TargetRow>
  private readonly ordered: ReadonlyArray<{
    readonly full: boolean
    readonly written: number
    readonly spec: { readonly table: string }
    take(): Effect.Effect<void, SqlError, SqlClient.SqlClient>
  }>
  private inFlight: Fiber.Fiber<void, SqlError> | undefined
  private paced = 0

  /** `write` receives every batch: the database by default, a digest in tests of determinism. */
  constructor(write: WriteBatch = insertRows) {
    this.units = new TableWriter(Rows.units, write)
    this.unitLinks = new TableWriter(Rows.unitLinks, write)
    this.topics = new TableWriter(Rows.topics, write)
    this.organizations = new TableWriter(Rows.organizations, write)
    this.households = new TableWriter(Rows.households, write)
    this.people = new TableWriter(PersonRows.table, write)
    this.classes = new TableWriter(Rows.classes, write)
    this.classTopics = new TableWriter(Rows.classTopics, write)
    this.enrollments = new TableWriter(Rows.enrollments, write)
    this.skillRecords = new TableWriter(Rows.skillRecords, write)
    this.guides = new TableWriter(Rows.guides, write)
    this.guideLearners = new TableWriter(Rows.guideLearners, write)
    this.supportStaff = new TableWriter(Rows.supportStaff, write)
    this.teams = new TableWriter(Rows.teams, write)
    this.teamMembers = new TableWriter(Rows.teamMembers, write)
    this.visits = new TableWriter(Rows.visits, write)
    this.visitTopics = new TableWriter(Rows.visitTopics, write)
    this.posts = new TableWriter(Rows.posts, write)
    this.events = new TableWriter(Rows.events, write)
    this.targets = new TableWriter(Rows.targets, write)
    this.ordered = [
      this.units,
      this.unitLinks,
      this.topics,
      this.organizations,
      this.households,
      this.people,
      this.classes,
      this.classTopics,
      this.enrollments,
      this.skillRecords,
      this.guides,
      this.guideLearners,
      this.supportStaff,
      this.teams,
      this.teamMembers,
      this.visits,
      this.visitTopics,
      this.posts,
      this.events,
      this.targets,
    ]
  }

  /** Whether some table has a full batch waiting. */
  get anyFull(): boolean {
    return this.ordered.some((writer) => writer.full)
  }

  /**
   * Hands everything waiting to the database, parents before children, and returns without waiting
   * for it: the database writes one batch while the generator computes the next (on PostgreSQL that is
   * another process, so the two cores both work). At most one batch is in flight.
   */
  flush(): Effect.Effect<void, SqlError, SqlClient.SqlClient> {
    const writes = this.ordered.map((writer) => writer.take())
    const previous = this.inFlight
    return Effect.gen({ self: this }, function* () {
      if (previous !== undefined) yield* Fiber.join(previous)
      this.inFlight = yield* Effect.forkChild(Effect.forEach(writes, (write) => write, { discard: true }))
      // Let the write start (send its first statement) before generating on.
      yield* Effect.yieldNow
    })
  }

  /**
   * Called between units of generated work: flushes when a batch is full and otherwise, now and then,
   * lets the write in flight move on (its next statement needs this thread to be sent).
   */
  pace(): Effect.Effect<void, SqlError, SqlClient.SqlClient> {
    if (this.anyFull) return this.flush()
    this.paced++
    return this.inFlight !== undefined && (this.paced & 63) === 0 ? Effect.yieldNow : Effect.void
  }

  /** Writes everything waiting and waits until all is written. */
  drain(): Effect.Effect<void, SqlError, SqlClient.SqlClient> {
    return Effect.gen({ self: this }, function* () {
      yield* this.flush()
      if (this.inFlight !== undefined) yield* Fiber.join(this.inFlight)
      this.inFlight = undefined
    })
  }

  /** Rows written per table. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.ordered.map((writer) => [writer.spec.table, writer.written]))
  }
}
