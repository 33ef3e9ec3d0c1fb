/**
 * One fixture folder per kind of mistake (tests/fixtures/errors/<kind>), with the one line an
 * editor is shown, path relative to the folder. The check, the build and loadContent() agree on it.
 */
export const EDITOR_MISTAKES: Record<string, string> = {
  'missing-title': 'articles/bai.md  title: thiếu trường bắt buộc — thêm một dòng, ví dụ title: Tập huấn cán bộ Hội',
  'unknown-field': 'articles/bai.md:5  sumary: trường không có trong mẫu bài viết — có phải ý bạn là "summary"?',
  'bad-date': 'articles/bai.md:3  date: "31/02/2021" không phải ngày hợp lệ — dùng dạng YYYY-MM-DD, ví dụ 2021-04-09 (hoặc 2021-04-09T08:30 nếu cần giờ)',
  'day-first-date':
    'articles/bai.md:3  date: "09/04/2021" không phải ngày hợp lệ — dùng dạng YYYY-MM-DD, ví dụ 2021-04-09 (hoặc 2021-04-09T08:30 nếu cần giờ); có phải ý bạn là 2021-04-09?',
  'unknown-category':
    'articles/bai.md:4  category: "tin-tuc" không phải chuyên mục nào — các chuyên mục: tam-diem (Tâm điểm), cac-de-an (Các đề án), hoat-dong-hoi (Hoạt động Hội), phong-trao-thi-dua (Phong trào thi đua), binh-dang-gioi (Bình đẳng giới), ho-tro-phu-nu (Hỗ trợ phụ nữ), video (Video)',
  'broken-yaml':
    'articles/bai.md:2  phần đầu (front matter) viết sai cú pháp YAML: giá trị có dấu ":" mà không đặt trong ngoặc kép — mỗi dòng có dạng "tên: giá trị"; nếu giá trị có dấu ":" hoặc "#", đặt nó trong ngoặc kép',
  'duplicate-slug':
    'articles/b/bai.md  slug: trùng địa chỉ "bai" với bài tests/fixtures/errors/duplicate-slug/articles/a/bai.md — đổi tên tệp hoặc thêm trường slug khác cho một trong hai bài',
  'cover-without-alt': 'articles/bai.md:6  cover_alt: có ảnh bìa nhưng thiếu mô tả ảnh cho người khiếm thị — thêm cover_alt: mô tả ngắn nội dung ảnh',
  'missing-image':
    'articles/bai.md:9  không tìm thấy ảnh "./khong-co.jpg" — đặt ảnh trong thư mục nội dung, cạnh bài viết, và ghi đường dẫn tương đối, ví dụ ![Mô tả ảnh](./ten-anh.jpg)',
};

/** The line as printed from the project root: tests/fixtures/errors/<kind>/<file>… */
export const mistakeLine = (kind: string) => `tests/fixtures/errors/${kind}/${EDITOR_MISTAKES[kind]}`;
