/**
 * A vite plugin that serves `virtual:bdhv-content`: the campaign's texts (indicator definitions, task
 * groups, topics) read from `@bdhv/domain` in Node at build time and handed to the browser as plain
 * JSON. The domain stays the one place these words live; the browser does not pay for the schema
 * library that the domain's modules are built with.
 */
import type { Plugin } from "vite"
import type { CampaignContent } from "../src/content/CampaignContent.ts"

const virtualId = "virtual:bdhv-content"
const resolvedId = `\0${virtualId}`

export const loadContent = async (): Promise<CampaignContent> => {
  const [Indicator, Campaign, Topic, Class, Communication, Registration] = await Promise.all([
    import("@bdhv/domain/Indicator"),
    import("@bdhv/domain/Campaign"),
    import("@bdhv/domain/Topic"),
    import("@bdhv/domain/Class"),
    import("@bdhv/domain/Communication"),
    import("@bdhv/domain/Registration"),
  ])
  return {
    indicators: Indicator.ids.map((id) => {
      const d = Indicator.definitions[id]
      const goal = d.milestones[d.milestones.length - 1] ?? d.milestones[0]
      return {
        id,
        name: d.name,
        numerator: d.numerator,
        denominator: d.denominator,
        taskGroup: d.taskGroup,
        goal: { value: goal.value, deadline: goal.deadline },
      }
    }),
    taskGroups: Campaign.taskGroups.map((g) => ({
      id: g.id,
      name: g.name,
      description: g.description,
      indicators: [...g.indicators],
    })),
    topics: Topic.catalogue.map((t) => ({ id: t.id, name: { vi: t.name.vi, en: t.name.en } })),
    // The public finds the classes open to residents, not those of an institution.
    audiences: Class.communityAudiences.map((id) => ({ id, name: Class.audienceNames[id] })),
    eventKinds: Object.entries(Communication.eventKindNames).map(([id, name]) => ({ id, name })),
    needs: Object.entries(Registration.needNames).map(([id, name]) => ({ id, name })),
    volunteerRoles: Object.entries(Registration.volunteerRoleNames).map(([id, name]) => ({ id, name })),
  }
}

export const domainContent = (): Plugin => ({
  name: "bdhv-domain-content",
  resolveId: (source) => (source === virtualId ? resolvedId : undefined),
  load: async (id) =>
    id === resolvedId ? `export default ${JSON.stringify(await loadContent())}` : undefined,
})
