/**
 * Every word of the web editor (/quan-tri/) that the project writes itself, in Vietnamese: the
 * names of the collections, the hints that do not come from a field's metadata in
 * src/lib/content/schema.ts, the commit messages, and the page shown while Sveltia CMS loads.
 * The editor's own interface is Sveltia's Vietnamese translation.
 */
export const cmsLabels = {
  appTitle: (siteName: string) => `Trình biên tập — ${siteName}`,
  articles: 'Bài viết',
  article: 'bài viết',
  articlesDescription: 'Mỗi bài là một tệp trong content/articles/NĂM/THÁNG/, ảnh nằm cạnh bài.',
  pages: 'Trang tĩnh',
  page: 'trang',
  pagesDescription: 'Giới thiệu, Liên hệ… (content/pages/).',
  settings: 'Cài đặt',
  sectionsFile: 'Chuyên mục',
  sectionsDescription: 'Danh sách chuyên mục (content/categories.yaml), theo thứ tự trên thanh điều hướng.',
  sectionsList: 'Các chuyên mục',
  section: 'chuyên mục',
  body: 'Nội dung',
  bodyHint: 'Bắt buộc khi đăng bài; bản nháp có thể để trống.',
  /** A list field: one box per item; the example without its YAML brackets. */
  listHint: (label: string, example: string) => `Mỗi ô một ${label.toLowerCase()}; bấm “Thêm” để thêm ô. Ví dụ: ${example.replace(/^\[|\]$/g, '')}`,
  example: (example: string) => `Ví dụ: ${example}`,
  youtubePattern: 'Cần một liên kết YouTube, ví dụ https://www.youtube.com/watch?v=xxxxxxxxxxx hoặc https://youtu.be/xxxxxxxxxxx',
  slugPattern: 'Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ tap-huan-can-bo-hoi',
  filterDrafts: 'Bản nháp',
  filterScheduled: 'Hẹn giờ (chưa tới ngày đăng)',
  filterFeatured: 'Tâm điểm',
  groupYear: 'Năm',
  commit: {
    create: 'Thêm {{collection}} “{{slug}}”',
    update: 'Sửa {{collection}} “{{slug}}”',
    delete: 'Xoá {{collection}} “{{slug}}”',
    uploadMedia: 'Tải lên ảnh “{{path}}”',
    deleteMedia: 'Xoá ảnh “{{path}}”',
  },
  /** The editor page before and around Sveltia. */
  pageTitle: 'Trình biên tập',
  pageDescription: 'Trang dành cho ban biên tập: viết và đăng bài cho bản tin.',
  loading: 'Đang tải trình biên tập…',
  loadFailed: 'Không tải được trình biên tập. Kiểm tra kết nối mạng rồi tải lại trang.',
  needsJs: 'Trình biên tập cần bật JavaScript.',
  notConfigured: 'Trình biên tập chưa được cấu hình: khi dựng trang cần đặt CMS_REPO=chủ/kho (kho GitHub chứa nội dung). Xem README.md, phần “Trình biên tập”.',
  redirecting: 'Trình biên tập đã chuyển tới',
} as const;
