/** ValidationMessage — to be written. */
export {}
