/** Disclosure — to be written. */
export {}
