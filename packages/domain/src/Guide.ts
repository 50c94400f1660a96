/** Guide — to be written. */
export {}
