/** What the movement is: the hero, the seven task groups in plain words, and how to take part. */
import { For } from "solid-js"
import content from "virtual:bdhv-content"
import { useI18n } from "../i18n/I18n.tsx"

export const Hero = () => {
  const { t } = useI18n()
  return (
    <section class="hero" aria-labelledby="hero-title">
      <div class="wrap">
        <h1 id="hero-title">{t.hero.title}</h1>
        <p class="lead">{t.hero.lead}</p>
        <p class="motto">{t.hero.motto}</p>
        <p class="actions">
          <a class="button primary" href="#classes">
            {t.hero.findClass}
          </a>
          <a class="button secondary" href="#volunteer">
            {t.hero.volunteer}
          </a>
        </p>
      </div>
    </section>
  )
}

export const Movement = () => {
  const { t, local } = useI18n()
  return (
    <section id="movement" class="section" aria-labelledby="movement-title">
      <div class="wrap">
        <h2 id="movement-title">{t.movement.title}</h2>
        <p>{t.movement.intro}</p>
        <ol class="task-groups">
          <For each={content.taskGroups}>
            {(group) => (
              <li>
                <h3>{local(group.name)}</h3>
                <p>{local(group.description)}</p>
              </li>
            )}
          </For>
        </ol>
        <h2 id="how-title">{t.movement.howTitle}</h2>
        <ol class="steps" aria-labelledby="how-title">
          <For each={t.movement.steps}>
            {(step) => (
              <li>
                <h3>{step.title}</h3>
                <p>{step.text}</p>
              </li>
            )}
          </For>
        </ol>
        <p class="note">{t.movement.deskNote}</p>
      </div>
    </section>
  )
}
