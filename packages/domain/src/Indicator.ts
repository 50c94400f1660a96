/** Indicator — to be written. */
export {}
