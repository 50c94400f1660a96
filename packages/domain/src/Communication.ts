/** Communication — to be written. */
export {}
