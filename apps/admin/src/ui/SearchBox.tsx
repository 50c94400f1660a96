/**
 * Search as you type: the input updates at once, the search fires when typing pauses, so a list
 * does not refetch on every keystroke. Accent-insensitivity is the API's job ("nguyen" finds "Nguyễn").
 */
import { createEffect, createSignal, createUniqueId, on, onCleanup } from "solid-js"

export const SearchBox = (props: {
  readonly label: string
  readonly value: string
  readonly onSearch: (value: string) => void
  readonly placeholder?: string
  readonly delayMs?: number
  readonly autofocus?: boolean
}) => {
  const id = createUniqueId()
  const [text, setText] = createSignal(props.value)
  let timer: ReturnType<typeof setTimeout> | undefined
  // The URL may change under us (back button): follow it.
  createEffect(
    on(
      () => props.value,
      (value) => {
        if (value !== text()) setText(value)
      },
      { defer: true },
    ),
  )
  const schedule = (value: string) => {
    setText(value)
    clearTimeout(timer)
    timer = setTimeout(() => props.onSearch(value), props.delayMs ?? 250)
  }
  onCleanup(() => clearTimeout(timer))
  return (
    <div class="search">
      <label for={id} class="visually-hidden">
        {props.label}
      </label>
      <input
        id={id}
        type="search"
        value={text()}
        placeholder={props.placeholder ?? props.label}
        autocomplete="off"
        autofocus={props.autofocus}
        onInput={(event) => schedule(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            clearTimeout(timer)
            props.onSearch(text())
          }
        }}
      />
    </div>
  )
}
