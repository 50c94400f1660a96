/** Enrollment — to be written. */
export {}
