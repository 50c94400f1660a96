/** Unit — to be written. */
export {}
