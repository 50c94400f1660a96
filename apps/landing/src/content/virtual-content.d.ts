declare module "virtual:bdhv-content" {
  const content: import("./CampaignContent.ts").CampaignContent
  export default content
}
