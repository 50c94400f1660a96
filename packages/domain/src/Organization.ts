/** Organization — to be written. */
export {}
