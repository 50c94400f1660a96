/** SupportStaff — to be written. */
export {}
