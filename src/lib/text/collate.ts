/** Vietnamese alphabetical order (a ă â b c d đ e ê …), shared by every sorted list of names. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
