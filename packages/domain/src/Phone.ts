/** Phone — to be written. */
export {}
