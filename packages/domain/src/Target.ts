/** Target — to be written. */
export {}
