/** Household — to be written. */
export {}
