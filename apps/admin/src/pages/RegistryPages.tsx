/** The pages of the record registries, loaded together when one of them is first opened. */
import { eventRegistry, postRegistry } from "../registries/communication"
import { guideRegistry } from "../registries/guides"
import { organizationRegistry } from "../registries/organizations"
import { supportStaffRegistry } from "../registries/supportStaff"
import { targetRegistry } from "../registries/targets"
import { teamRegistry } from "../registries/teams"
import { userRegistry } from "../registries/users"
import { type RegistryDef, RegistryDetail, RegistryForm, RegistryList } from "../registry/Registry"
import type { Versioned } from "../registry/schemas"

const pagesOf = <Item extends Versioned>(def: RegistryDef<Item>) => ({
  List: () => <RegistryList def={def} />,
  Detail: () => <RegistryDetail def={def} />,
  Form: () => <RegistryForm def={def} />,
})

export const registries = {
  organizations: pagesOf(organizationRegistry),
  "support-staff": pagesOf(supportStaffRegistry),
  posts: pagesOf(postRegistry),
  events: pagesOf(eventRegistry),
  targets: pagesOf(targetRegistry),
  teams: pagesOf(teamRegistry),
  guides: pagesOf(guideRegistry),
  users: pagesOf(userRegistry),
}
