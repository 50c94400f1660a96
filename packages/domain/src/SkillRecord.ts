/** SkillRecord — to be written. */
export {}
