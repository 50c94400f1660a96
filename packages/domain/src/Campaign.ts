/** Campaign — to be written. */
export {}
