/** Violation — to be written. */
export {}
