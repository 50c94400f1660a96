/** Team — to be written. */
export {}
