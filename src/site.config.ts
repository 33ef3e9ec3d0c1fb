/** The one place for the association's identity, colours and list sizes. */
export const site = {
  /** Shown in the masthead, titles and feeds. */
  name: 'Bản tin Hội Liên hiệp Phụ nữ',
  shortName: 'Bản tin Hội LHPN',
  association: 'Hội Liên hiệp Phụ nữ',
  description: 'Tin tức, hoạt động và các đề án của Hội Liên hiệp Phụ nữ.',
  /** Used when an article names no author. */
  defaultAuthor: 'Ban biên tập',
  locale: 'vi',
  colors: {
    brand: '#9d1c4d',
    brandDark: '#f08fb5',
    accent: '#1f5f8b',
    /** Link colour on the dark background (must keep 4.5:1 contrast there). */
    accentDark: '#8cc4ee',
  },
  /** Articles per page on section, tag and archive lists (the contract asks for 12–20). */
  pageSize: 15,
  /** Latest articles per section on the home page. */
  homeSectionSize: 4,
  featuredCount: 5,
  /**
   * The section whose articles join the featured ("Tâm điểm") block on the home page, along with
   * articles marked `featured: true`; the block heading links to it and it gets no block of its own.
   */
  featuredSection: 'tam-diem',
  relatedCount: 4,
} as const;
