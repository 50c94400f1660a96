/** Person — to be written. */
export {}
