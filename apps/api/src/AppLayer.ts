/**
 * The services of the running API, built once into one `ManagedRuntime`: configuration, the database
 * (migrated before anything else runs), the read replica if configured, and the repositories.
 */
import { Effect, Layer } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import { AppConfig, type AppConfigShape } from "./Config.js"
import * as Database from "./db/Database.js"
import * as Migrations from "./db/Migrations.js"
import * as ReadReplica from "./db/ReadReplica.js"
import * as Accounts from "./auth/Accounts.js"
import * as Topics from "./resources/Topics.js"
import * as DeploymentScope from "./units/DeploymentScope.js"
import * as ReferenceUnits from "./units/ReferenceUnits.js"

/** Everything a request handler's Effect may use. */
export type AppServices = SqlClient.SqlClient | AppConfig | ReadReplica.ReadReplica

/**
 * The database for a configuration, migrated to the latest schema, with the domain's topic catalogue,
 * the shipped administrative tree (when configured) and the deployment's scope.
 */
export const database = (config: AppConfigShape) =>
  Layer.effectDiscard(
    Effect.gen(function* () {
      yield* Migrations.run
      yield* Topics.ensureCatalogue
      if (config.referenceUnits === true) yield* ReferenceUnits.ensure
      yield* DeploymentScope.ensure(config.scopeUnit)
    }),
  ).pipe(Layer.provideMerge(Database.layerFor(config.database)))

/** All services of the app for a configuration; creates the first district admin if configured. */
export const make = (config: AppConfigShape) =>
  Layer.effectDiscard(Effect.asVoid(Accounts.ensureInitialAdmin())).pipe(
    Layer.provideMerge(
      Layer.mergeAll(database(config), AppConfig.layer(config), ReadReplica.layerFor(config.database)),
    ),
  )
