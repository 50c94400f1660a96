/** Topic — to be written. */
export {}
