/** Registration — to be written. */
export {}
