/** Class — to be written. */
export {}
