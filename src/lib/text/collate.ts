/** Vietnamese alphabetical order (a ă â b c d đ e ê …), shared by every sorted list of names. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Sorts a copy of `items` by the name `nameOf` gives, in Vietnamese order. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => vietnameseCollator.compare(nameOf(a), nameOf(b)));
}
