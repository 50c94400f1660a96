/** Worklist — to be written. */
export {}
