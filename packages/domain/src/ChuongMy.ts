/** ChuongMy — to be written. */
export {}
