/**
 * The association's settings: identity, colours and list sizes. Anything marked `?` may be left
 * out: it then takes its value from DEFAULTS in src/lib/site/config.ts.
 */
export interface SiteConfig {
  /** Shown in the masthead, titles and feeds. */
  name: string;
  /** Ends page titles ("Tập huấn | Bản tin Hội LHPN"); `name` when left out. */
  shortName?: string;
  association: string;
  description: string;
  /** Used when an article names no author. */
  defaultAuthor?: string;
  colors: {
    brand: string;
    brandDark: string;
    accent: string;
    /** Link colour on the dark background (must keep 4.5:1 contrast there). */
    accentDark: string;
  };
  /** Articles per page on section, tag and archive lists (the contract asks for 12–20). */
  pageSize?: number;
  /** Latest articles per section on the home page. */
  homeSectionSize?: number;
  /** Articles in the featured ("Tâm điểm") block on the home page. */
  featuredCount?: number;
  /**
   * The section whose articles join the featured block on the home page, along with articles
   * marked `featured: true`; the block heading links to it and it gets no block of its own.
   */
  featuredSection?: string;
  /** Related articles under an article. */
  relatedCount?: number;
  /** Newest articles in each RSS feed. */
  feedSize?: number;
  /** Latest articles suggested on the "page not found" page. */
  notFoundCount?: number;
  /** Paper size of the printed bulletin issues (PDF). */
  issuePaper?: 'A4' | 'A5' | 'Letter';
  /** false: the build makes no PDF of the issues (and needs no browser). BANTIN_ISSUE_PDF=0 does the same for one build. */
  issuePdf?: boolean;
  /**
   * Which articles without a large cover get a share picture of their own (1200×630, about 18 KB):
   * 'all', or only those of the last N calendar years (older ones share their section's picture).
   * A number keeps a large archive under the host's size limit; see README, "Site size".
   */
  articleCards?: 'all' | number;
  /**
   * The web editor (/quan-tri/) proposes each change as a pull request to be reviewed and merged,
   * instead of committing it straight to the branch. Editors' tokens then also need the
   * "Pull requests" permission.
   */
  editorialWorkflow?: boolean;
}

export const siteConfig: SiteConfig = {
  name: 'Bản tin Hội Liên hiệp Phụ nữ',
  shortName: 'Bản tin Hội LHPN',
  association: 'Hội Liên hiệp Phụ nữ',
  description: 'Tin tức, hoạt động và các đề án của Hội Liên hiệp Phụ nữ.',
  defaultAuthor: 'Ban biên tập',
  colors: {
    brand: '#9d1c4d',
    brandDark: '#f08fb5',
    accent: '#1f5f8b',
    accentDark: '#8cc4ee',
  },
  pageSize: 15,
  homeSectionSize: 4,
  featuredCount: 5,
  featuredSection: 'tam-diem',
  relatedCount: 4,
};
