/**
 * Every message an editor can get from `npm run check` and the build, in Vietnamese. The logic
 * decides which message applies; the words live here only, so they can be read, reviewed and
 * snapshot-tested in one place (tests/unit/__snapshots__/editor-messages.txt).
 */

import { paths } from '../lib/site/urls.ts';
import type { ErrorCode } from 'yaml';

/** A value as the editor wrote it: a string in quotes, anything else as YAML-like JSON (never throws, even on a self-referring alias). */
export function quote(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? '[…]' : '{…}';
  }
}

export const DATE_EXAMPLE = '2021-04-09';
export const DATE_HINT = `dùng dạng YYYY-MM-DD, ví dụ ${DATE_EXAMPLE} (hoặc ${DATE_EXAMPLE}T08:30 nếu cần giờ)`;
const YAML_FORM = 'mỗi dòng có dạng "tên: giá trị"; nếu giá trị có dấu ":" hoặc "#", đặt nó trong ngoặc kép';

/** Messages about one front-matter field; the field name is printed before them. */
export const fieldMessages = {
  required: (field: string, example: string) => `thiếu trường bắt buộc — thêm một dòng, ví dụ ${field}: ${example}`,
  requiredDate: () => `thiếu trường bắt buộc — ${DATE_HINT}`,
  empty: (field: string, example: string) => `đang để trống — ví dụ ${field}: ${example}`,
  notText: (given: unknown, field: string, example: string) => `${quote(given)} phải là một đoạn chữ — ví dụ ${field}: ${example}`,
  notBoolean: (given: unknown, field: string) => `${quote(given)} phải là true hoặc false — ví dụ ${field}: true`,
  notDate: (given: unknown, reason: 'invalid' | 'type', suggestion?: string) =>
    `${quote(given)} ${reason === 'type' ? 'phải là một ngày' : 'không phải ngày hợp lệ'} — ${DATE_HINT}${suggestion ? `; có phải ý bạn là ${suggestion}?` : ''}`,
  notList: (given: unknown, field: string, example: string) => `${quote(given)} phải là một danh sách — ví dụ ${field}: ${example}`,
  listItemNotText: (given: unknown, field: string, example: string) =>
    `${quote(given)} có mục không phải chữ — mỗi mục là một đoạn chữ, ví dụ ${field}: ${example}`,
  tagWithoutLetters: (tag: unknown) => `thẻ ${quote(tag)} không có chữ hay số nào — xoá thẻ này hoặc viết lại`,
  unknownField: (kind: 'bài viết' | 'trang' | 'chuyên mục' | 'số bản tin', guess: string | undefined, known: readonly string[]) =>
    `trường không có trong mẫu ${kind} — ${guess ? `có phải ý bạn là "${guess}"?` : `các trường hợp lệ: ${known.join(', ')}`}`,
  titleLong: (length: number, limit: number) => `tiêu đề dài ${length} ký tự — nên dưới ${limit} để hiện đủ trong danh sách và kết quả tìm kiếm`,
  updatedBeforeDate: () => 'ngày cập nhật sớm hơn ngày đăng — sửa lại hoặc xoá dòng updated',
  unknownCategory: (given: string, guess: string | undefined, list: string) =>
    `${quote(given)} không phải chuyên mục nào — ${guess ? `có phải ý bạn là "${guess}"? ` : ''}các chuyên mục: ${list}`,
  summaryMissing: () => 'chưa có tóm tắt — thêm summary: một hai câu để hiện trong danh sách, kết quả tìm kiếm và khi chia sẻ',
  coverNotRelative: (given: string) => `${quote(given)} phải là ảnh nằm trong thư mục nội dung, ghi theo đường dẫn tương đối — ví dụ cover: ./anh-bia.jpg`,
  coverMissing: (given: string) =>
    `không tìm thấy ảnh ${quote(given)} — kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và đặt ảnh cạnh bài viết, ví dụ cover: ./anh-bia.jpg`,
  coverNotImage: (given: string) => `${quote(given)} không phải ảnh dùng được — dùng tệp .jpg, .png, .webp hoặc .avif`,
  coverAltMissing: () => 'có ảnh bìa nhưng thiếu mô tả ảnh cho người khiếm thị — thêm cover_alt: mô tả ngắn nội dung ảnh',
  notYoutube: (given: string) => `${quote(given)} không phải đường dẫn YouTube — ví dụ video: https://www.youtube.com/watch?v=xxxxxxxxxxx`,
  slugRewritten: (given: string, slug: string) => `${quote(given)} sẽ được dùng dưới dạng "${slug}" — viết thường, không dấu, nối bằng dấu gạch ngang`,
  slugUnusable: (from: string) => `không tạo được địa chỉ (slug) từ ${quote(from)} — thêm trường slug, ví dụ slug: tap-huan-can-bo-hoi`,
  reservedSlug: (slug: string) => `địa chỉ "${slug}" đã dành cho trang của hệ thống — đặt slug khác, ví dụ slug: gioi-thieu`,
  duplicateSlug: (slug: string, kind: 'bài' | 'trang', other: string) =>
    `trùng địa chỉ "${slug}" với ${kind} ${other} — đổi tên tệp hoặc thêm trường slug khác cho một trong hai bài`,
  tagVariant: (tag: string, first: string) => `thẻ "${tag}" trùng với thẻ "${first}" ở bài khác, chỉ khác chữ hoa hoặc dấu — thống nhất một cách viết`,
} as const;

/** Messages about a whole file. */
export const fileMessages = {
  yamlSyntax: (what: string) => `phần đầu (front matter) viết sai cú pháp YAML: ${what} — ${YAML_FORM}`,
  notAMap: () => 'phần đầu phải là các dòng "tên: giá trị"',
  frontmatterOpening: (line: string) =>
    `dòng đầu tiên "${line}" phải chỉ có ba dấu gạch "---" — xoá chữ viết sau dấu gạch; phần đầu chỉ viết theo dạng "tên: giá trị"`,
  frontmatterUnclosed: () =>
    'phần đầu (front matter) chưa được đóng — thêm một dòng chỉ có "---" sau dòng cuối của phần đầu (sau category, summary…), rồi viết nội dung bài bên dưới',
  yamlAliases: () =>
    'phần đầu dùng quá nhiều bí danh YAML (dấu & và *) nên không được đọc, để tránh làm treo máy dựng trang — viết thẳng giá trị của từng trường, không dùng & và *',
  yamlTooDeep: () => 'phần đầu lồng ngoặc quá sâu nên không được đọc — mỗi trường chỉ là một giá trị, hoặc một danh sách như tags: [tập huấn, Đà Nẵng]',
  yamlUnreadable: () => 'không đọc được phần đầu (front matter) — kiểm tra lại từng dòng "tên: giá trị"',
  noFrontmatter: () => 'tệp thiếu phần đầu (front matter) — dòng đầu tiên phải là "---", tiếp theo là title, date, category, rồi một dòng "---"',
  notUtf8: () =>
    'tệp không được lưu ở bảng mã UTF-8 (có thể là Windows-1258, VNI hoặc TCVN3 của trình soạn thảo cũ) — mở tệp, chọn "Lưu thành" (Save As), chọn bảng mã UTF-8 rồi lưu lại',
  unreadableFile: (code: string) => `không đọc được tệp (${code}) — kiểm tra quyền truy cập`,
  unreadableValue: (detail: string) =>
    `tệp có một giá trị không đọc được (${detail}) — kiểm tra lại những dòng vừa sửa, mỗi dòng có dạng "tên: giá trị"; nếu không thấy gì sai, gửi thông báo này cho người quản trị trang`,
  noContentFolder: () => 'không tìm thấy thư mục nội dung — kiểm tra biến CONTENT_DIR, hoặc tạo thư mục content/ có tệp categories.yaml và thư mục articles/',
  unreadableFolder: (code: string) => `không đọc được thư mục (${code}) — kiểm tra quyền truy cập`,
  noBody: () => 'bài chưa có nội dung: sau dòng "---" đóng phần đầu chưa viết gì — viết nội dung bài, hoặc thêm draft: true nếu bài chưa xong',
  mdxSyntax: (detail: string) =>
    `nội dung MDX viết sai (${detail}) — trong tệp .mdx, dấu < và { là mã: viết \\< hoặc \\{ nếu chỉ là chữ, đóng mọi thẻ đã mở, hoặc đổi đuôi tệp thành .md`,
  symlink: () => 'là một liên kết tượng trưng (symlink), không phải tệp thật, nên không được đọc — thay bằng chính tệp đó',
  decomposed: () =>
    'có chữ tiếng Việt gõ ở dạng tổ hợp (NFD, thường do dán từ máy Mac) — đã tự chuyển sang dạng dựng sẵn (NFC) khi dựng trang; nên lưu lại tệp ở dạng NFC',
  strayUpperCaseExtension: (ext: string) => `không được dùng: đuôi tệp phải viết thường (${ext.toLowerCase()}) và bài viết phải nằm trong articles/`,
  strayArticleOutside: () => 'không được dùng: bài viết phải nằm trong articles/, trang trong pages/',
  strayPageInFolder: () => 'không được dùng: trang phải nằm ngay trong pages/, không trong thư mục con',
  strayTextFile: () => 'không được dùng: bài viết phải là tệp .md hoặc .mdx trong articles/ — đổi đuôi tệp thành .md',
  strayOther: () => 'không được dùng: tệp này không phải bài viết, trang hay ảnh nên không được đăng — xoá đi hoặc chuyển vào đúng chỗ',
} as const;

/** Messages about pictures and links written in an article's body. */
export const bodyMessages = {
  htmlImage: (target: string) => `ảnh "${target}" viết bằng thẻ <img> sẽ không hiện trên trang — dùng cú pháp Markdown, ví dụ ![Mô tả ảnh](${target})`,
  imageMissing: (target: string) =>
    `không tìm thấy ảnh "${target}" — đặt ảnh trong thư mục nội dung, cạnh bài viết, và ghi đường dẫn tương đối, ví dụ ![Mô tả ảnh](./ten-anh.jpg)`,
  imageWithoutAlt: (target: string) =>
    `ảnh "${target}" chưa có mô tả cho người khiếm thị — viết mô tả trong ngoặc vuông, ví dụ ![Các học viên tại lớp tập huấn](${target})`,
  brokenLink: (target: string, slug: string, state: 'draft' | 'scheduled' | undefined) =>
    `liên kết "${target}" sẽ bị hỏng: ${
      state ? `bài "${slug}" chưa được đăng (${state === 'draft' ? 'bản nháp' : 'hẹn giờ'})` : `không có bài nào có địa chỉ "${slug}"`
    } — sửa địa chỉ, dạng ${paths.article('dia-chi-bai')}`,
} as const;

const FORMAT_NAMES: Record<string, string> = {
  heic: 'ảnh HEIC của iPhone',
  bmp: 'ảnh BMP',
  psd: 'tệp Photoshop (PSD)',
  pdf: 'tệp PDF',
  ico: 'biểu tượng ICO',
};
const SAVE_AS_JPEG = 'mở ảnh bằng ứng dụng Ảnh rồi lưu (xuất) lại dạng JPEG, hoặc trên iPhone chọn Cài đặt › Camera › Định dạng › Tương thích nhất';

/**
 * A picture (cover or body) that cannot be published, by why: `where` is how the editor wrote it,
 * e.g. `cover: ./anh.jpg` or `![Mô tả](./anh.jpg)`, to show the fix in the editor's own form.
 */
export const imageMessages = {
  outside: (target: string) => `ảnh "${target}" nằm ngoài thư mục nội dung nên không được dùng — chép ảnh vào cạnh bài viết và ghi ./ten-anh.jpg`,
  link: (target: string) => `ảnh "${target}" là một liên kết tượng trưng (symlink), không phải tệp thật — chép chính tệp ảnh vào cạnh bài viết`,
  empty: (target: string) => `ảnh "${target}" là tệp rỗng (0 byte), có lẽ tải lên bị lỗi — tải ảnh lên lại`,
  corrupt: (target: string) => `ảnh "${target}" bị hỏng hoặc chưa tải lên hết — tải ảnh lên lại, hoặc mở ảnh rồi lưu lại bằng ứng dụng khác`,
  unsupported: (target: string, format: string) =>
    `"${target}" thật ra là ${FORMAT_NAMES[format] ?? format}, trang không hiển thị được — ${format === 'heic' ? SAVE_AS_JPEG : 'lưu lại ảnh dạng .jpg hoặc .png'}`,
  notImage: (target: string) => `"${target}" không phải tệp ảnh (có thể là văn bản đổi tên thành ảnh) — dùng tệp ảnh thật .jpg, .png, .webp hoặc .avif`,
} as const;

/** Messages about a bulletin issue (số bản tin) in `issues/`. */
export const issueMessages = {
  notWholeNumber: (given: unknown, field: string, example: string) => `${quote(given)} phải là một số nguyên dương — ví dụ ${field}: ${example}`,
  badPeriod: (given: unknown) => `${quote(given)} không phải một kỳ — ghi một tháng, ví dụ period: { month: 3 }, hoặc một quý, ví dụ period: { quarter: 1 }`,
  badArticleList: (given: unknown) =>
    `${quote(given)} phải là danh sách địa chỉ bài, ví dụ articles: [hoi-nghi-tong-ket, tap-huan], hoặc các nhóm dạng "- section: hoat-dong-hoi" rồi "  articles: [hoi-nghi-tong-ket]"`,
  unknownArticle: (slug: string, guess: string | undefined) =>
    `không có bài nào có địa chỉ "${slug}" — ${guess ? `có phải ý bạn là "${guess}"?` : 'ghi địa chỉ (slug) của bài, lấy từ tên tệp hoặc trường slug'}`,
  draftArticle: (slug: string) => `bài "${slug}" là bản nháp (draft: true) nên không đăng được trong số này — đăng bài trước, hoặc bỏ bài khỏi danh sách`,
  laterArticle: (slug: string, articleDate: string, issueDate: string) =>
    `bài "${slug}" hẹn đăng ngày ${articleDate}, sau ngày phát hành số này (${issueDate}) — đổi ngày của bài hoặc của số bản tin, hoặc bỏ bài khỏi danh sách`,
  repeatedArticle: (slug: string) => `bài "${slug}" được ghi hai lần trong số này — xoá một lần`,
  unknownSection: (given: string, guess: string | undefined, list: string) =>
    `nhóm có section ${quote(given)} không phải chuyên mục nào — ${guess ? `có phải ý bạn là "${guess}"? ` : ''}các chuyên mục: ${list}`,
  duplicateNumber: (number: number, year: number, other: string) =>
    `số ${number}/${year} đã có ở tệp ${other} — mỗi số chỉ có một tệp; sửa number cho đúng số thứ tự`,
  colophonIncomplete: (missing: string[]) =>
    `đã ghi giấy phép (licence) nhưng thiếu ${missing.join(', ')} — bản in có giấy phép phải ghi đủ người chịu trách nhiệm xuất bản, ban biên tập, nơi in và số lượng`,
  notInFolder: () => 'không được dùng: số bản tin phải là tệp .md nằm ngay trong issues/, ví dụ issues/2026-03.md',
} as const;

/** Messages about `categories.yaml`. */
export const sectionMessages = {
  fileMissing: () => 'thiếu tệp danh sách chuyên mục — tạo categories.yaml với các dòng "- slug: tam-diem" và "  name: Tâm điểm"',
  yamlSyntax: (what: string) => `viết sai cú pháp YAML: ${what}`,
  notAList: () => 'phải là một danh sách, mỗi chuyên mục bắt đầu bằng "- slug: …" rồi "  name: …"',
  tooManyAliases: () => 'dùng quá nhiều bí danh YAML (dấu & và *) nên không được đọc — viết thẳng tên và mô tả của từng chuyên mục, không dùng & và *',
  itemNotAMap: () => 'mỗi chuyên mục cần slug và name — ví dụ "- slug: tam-diem" rồi "  name: Tâm điểm"',
  badSlug: (given: string, example: string) => `"${given}" — slug viết thường, không dấu, nối bằng gạch ngang, ví dụ slug: ${example}`,
  twice: (slug: string) => `chuyên mục "${slug}" bị khai báo hai lần — xoá một`,
} as const;

/** YAML parser error codes in editors' words; other codes fall back to the parser's English. */
export const yamlErrors: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'một tham chiếu (*tên) không được kèm nhãn (&tên) hay thẻ (!thẻ) — đặt giá trị trong ngoặc kép',
  BAD_ALIAS: 'có tham chiếu (*tên) đến một giá trị không có — giá trị bắt đầu bằng dấu * thì đặt trong ngoặc kép',
  BAD_COLLECTION_TYPE: 'danh sách hoặc nhóm trường viết không đúng kiểu',
  BAD_DIRECTIVE: 'có dòng bắt đầu bằng dấu % — giá trị bắt đầu bằng % thì đặt trong ngoặc kép',
  BAD_DQ_ESCAPE: 'có dấu \\ không hợp lệ trong ngoặc kép — viết \\\\ hoặc dùng ngoặc đơn',
  BAD_INDENT: 'thụt lề không đều',
  BAD_PROP_ORDER: 'dấu & hoặc ! đặt không đúng chỗ — giá trị có các dấu này thì đặt trong ngoặc kép',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt — đặt giá trị trong ngoặc kép',
  BLOCK_AS_IMPLICIT_KEY: 'giá trị có dấu ":" mà không đặt trong ngoặc kép',
  BLOCK_IN_FLOW: 'danh sách trong ngoặc vuông không được viết thành các dòng gạch đầu dòng',
  DUPLICATE_KEY: 'một trường được ghi hai lần',
  IMPOSSIBLE: 'phần đầu bài không đọc được',
  KEY_OVER_1024_CHARS: 'tên trường dài quá 1024 ký tự — có thể thiếu dấu ":" sau tên trường',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)',
  MULTILINE_IMPLICIT_KEY: 'giá trị xuống dòng không đúng cách, hoặc có dấu ":" mà không đặt trong ngoặc kép',
  MULTIPLE_ANCHORS: 'một giá trị có hai nhãn (&tên) — giá trị có dấu & thì đặt trong ngoặc kép',
  MULTIPLE_DOCS: 'có dòng "---" hoặc "..." thừa — phần đầu bài chỉ có một dòng --- mở và một dòng --- đóng',
  MULTIPLE_TAGS: 'một giá trị có hai thẻ (!thẻ) — giá trị có dấu ! thì đặt trong ngoặc kép',
  NON_STRING_KEY: 'tên trường phải là chữ, không phải danh sách hay nhóm',
  RESOURCE_EXHAUSTION: 'phần đầu bài dùng quá nhiều tham chiếu (*tên)',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề — thay bằng dấu cách',
  TAG_RESOLVE_FAILED: 'giá trị có thẻ (!thẻ) không đọc được — giá trị bắt đầu bằng ! thì đặt trong ngoặc kép',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
};

/** Failures after the content check passed: while Astro stores, renders or indexes a file. */
export const buildMessages = {
  fileFailed: (detail: string) =>
    `không dựng được trang từ tệp này (${detail}) — kiểm tra ảnh và nội dung của bài; nếu không thấy gì sai, gửi thông báo này cho người quản trị trang`,
  searchIndexFailed: (detail: string) =>
    `các trang đã dựng xong nhưng không lập được chỉ mục tìm kiếm (${detail}) — dựng lại một lần nữa; nếu vẫn lỗi, gửi thông báo này cho người quản trị trang`,
  issuePdfNoBrowser: (path: string) =>
    `các trang đã dựng xong nhưng không in được bản PDF của các số bản tin: không tìm thấy trình duyệt Chromium ở ${path} — cài Chromium (apt-get install chromium) hoặc chỉ đường dẫn bằng CHROMIUM_PATH; muốn dựng trang không kèm PDF thì đặt BANTIN_ISSUE_PDF=0 hoặc issuePdf: false trong src/site.config.ts`,
  issuePdfNoPlaywright: () =>
    'các trang đã dựng xong nhưng không in được bản PDF của các số bản tin: thiếu gói playwright-core — chạy "npm ci"; muốn dựng trang không kèm PDF thì đặt BANTIN_ISSUE_PDF=0 hoặc issuePdf: false trong src/site.config.ts',
  issuePdfFailed: (page: string, detail: string) =>
    `không in được bản PDF của số bản tin ${page} (${detail}) — dựng lại một lần nữa; nếu vẫn lỗi, gửi thông báo này cho người quản trị trang`,
  issuePdfBlocked: (url: string) => `khi in bản PDF, trang in muốn tải ${url} từ ngoài máy — đã chặn; bản in chỉ dùng tệp của chính trang`,
  issuePdfDone: (printed: number, reused: number, seconds: string) => `bản PDF các số bản tin: ${printed} bản in mới, ${reused} bản dùng lại — ${seconds} giây`,
  cardsDone: (drawn: number, reused: number, seconds: string) => `ảnh chia sẻ: ${drawn} ảnh vẽ mới, ${reused} ảnh dùng lại — ${seconds} giây`,
  cardLogo: (file: string, detail: string) =>
    `không vẽ được ảnh chia sẻ vì không đọc được logo ${file} (${detail}) — thay bằng một tệp SVG hoặc đổi lại logo cũ; nếu vẫn lỗi, gửi thông báo này cho người quản trị trang`,
  issuePdfOff: () => 'không in bản PDF các số bản tin (BANTIN_ISSUE_PDF=0 hoặc issuePdf: false)',
  unexpected: (detail: string) =>
    `dựng trang dừng vì một lỗi không mong đợi (${detail}) — gửi thông báo này cho người quản trị trang; chạy lại với BANTIN_DEBUG=1 để xem chi tiết`,
} as const;

/** `npm run site-size`: how much of the host's limit the built site takes. */
export const sizeMessages = {
  total: (mb: string, files: number, percent: number, limitMb: string) =>
    `Kích thước trang: ${mb} MB trong ${files} tệp — ${percent} % giới hạn ${limitMb} MB của nơi đăng`,
  part: (folder: string, mb: string, files: number) => `  ${folder}: ${mb} MB, ${files} tệp`,
  warn: (percent: number) =>
    `trang đã dùng ${percent} % giới hạn của nơi đăng (GitHub Pages: 1 GB) — xem mục "Khi trang lớn dần" trong README: ảnh bìa ít cỡ hơn, hoặc đặt ảnh ở nơi khác`,
  over: (mb: string, limitMb: string) =>
    `trang (${mb} MB) vượt giới hạn ${limitMb} MB của nơi đăng nên sẽ không được đăng — xem mục "Khi trang lớn dần" trong README`,
} as const;

/** Lines the build and `npm run check` print around the problems. */
export const reportMessages = {
  buildFailed: (errors: number) => `Nội dung có ${errors} lỗi (liệt kê ở trên) — sửa rồi dựng lại. Chạy "npm run check" để kiểm tra nhanh.`,
  errorLabel: '✖ lỗi',
  warningLabel: '⚠ cảnh báo',
  checked: (errors: number, warnings: number, dir: string, seconds: string) => `${errors} lỗi, ${warnings} cảnh báo — đã kiểm tra ${dir} trong ${seconds} giây`,
  accounting: (counts: {
    articles: number;
    published: number;
    drafts: number;
    scheduled: number;
    nextScheduled?: string;
    rejected: number;
    pages: number;
    sections: number;
    images: number;
    strays: number;
    issues?: number;
  }) =>
    `${counts.articles} bài viết: ${counts.published} đã đăng, ${counts.drafts} bản nháp, ${counts.scheduled} hẹn giờ` +
    (counts.nextScheduled ? ` (bài sớm nhất: ${counts.nextScheduled})` : '') +
    (counts.rejected ? `, ${counts.rejected} lỗi` : '') +
    `; ${counts.pages} trang, ${counts.sections} chuyên mục, ${counts.images} ảnh` +
    (counts.strays ? `, ${counts.strays} tệp không dùng` : '') +
    (counts.issues ? `; ${counts.issues} số bản tin` : ''),
} as const;
