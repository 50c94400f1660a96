/** The registries' resources, all through the typed client. */
export {
  addLearner,
  classes,
  events,
  guideLearners,
  guides,
  households,
  organizations,
  people,
  posts,
  skillRecords,
  supportStaff,
  targets,
  teams,
  users,
  visits,
} from "./typed"
