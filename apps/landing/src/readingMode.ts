/**
 * The large-text, high-contrast reading mode for older readers: a class on <html>, remembered on this
 * device. The inline script applies it before the first paint, so the page never flashes small.
 */
const storageKey = "bdhv-reading-mode"
const className = "large"

/** Runs in <head> before the page paints; also marks that JavaScript is on (`no-js` → `js`). */
export const readingModeScript = `(function(d){d.className=d.className.replace("no-js","js");try{if(localStorage.getItem("${storageKey}")==="${className}")d.classList.add("${className}")}catch(e){}})(document.documentElement)`

export const isReadingModeOn = (): boolean => document.documentElement.classList.contains(className)

/** Turns the mode on or off and remembers the choice; returns the new state. */
export const setReadingMode = (on: boolean): boolean => {
  document.documentElement.classList.toggle(className, on)
  try {
    if (on) localStorage.setItem(storageKey, className)
    else localStorage.removeItem(storageKey)
  } catch {
    // Private browsing can refuse storage: the mode still applies to this visit.
  }
  return on
}
