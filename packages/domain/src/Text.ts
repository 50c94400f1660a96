/** Text — to be written. */
export {}
