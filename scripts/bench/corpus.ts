/**
 * A synthetic corpus in the content contract, for benchmarks:
 *
 *   node --experimental-strip-types --no-warnings=ExperimentalWarning scripts/bench/corpus.ts \
 *     --articles 1000 --out /tmp/corpus [--seed 1] [--cover-share 0.2]
 *
 * Deterministic: the same seed, article count and cover share give byte-identical files.
 * The folder holds `categories.yaml` and `pages/` copied from the real content, and
 * `articles/YYYY/MM/<slug>.md` written in Vietnamese about the work of a Women's Union,
 * dated over the ten years ending 2025-12-31. A share of the articles has a cover photo
 * next to it (`./<slug>-bia.jpg`): a pool of at most 50 pictures is drawn with sharp, and every
 * further cover is a pool picture with its colours turned, so each cover is a distinct file
 * whose resizing the build really does.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { readCategories } from '../../src/lib/content/load.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { toSlug } from '../../src/lib/text/slug.ts';
import { countWords } from '../../src/lib/text/vietnamese.ts';
import { paths } from '../../src/lib/site/urls.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const REAL_CONTENT = join(ROOT, 'content');

export interface CorpusOptions {
  /** Content folder to write; created, or replaced if it holds only content files. */
  dir: string;
  articles: number;
  seed?: number;
  /** Share of articles with a cover photo, 0–1. */
  coverShare?: number;
  /** Each cover a distinct picture (default); false links repeats of a 50-picture pool (smaller, but Astro then encodes each picture once). */
  distinctCovers?: boolean;
}

export interface CorpusArticle {
  /** Absolute path of the Markdown file. */
  file: string;
  slug: string;
  date: string;
  words: number;
}

export interface CorpusSummary {
  dir: string;
  /** Oldest day first (times within a day are not ordered). */
  articles: CorpusArticle[];
  covers: number;
  /** Distinct cover images drawn (the rest are hard links or copies of them). */
  distinctCovers: number;
  links: number;
  words: { mean: number; min: number; max: number };
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

type Random = () => number;

/** mulberry32: small, fast, and good enough for test data. */
function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream per (seed, item, purpose), so one article's text never shifts another's. */
function stream(seed: number, index: number, purpose: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35) ^ Math.imul(purpose + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return mulberry32(h ^ (h >>> 16));
}

const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const chance = (r: Random, p: number) => r() < p;
/** Standard normal deviate (Box–Muller). */
const normal = (r: Random) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

/** Picks from cumulative weights by binary search. */
function weighted<T>(r: Random, items: readonly T[], cumulative: readonly number[]): T {
  const x = r() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return items[lo];
}

function cumulate(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: the Women's Union of Đà Nẵng and its work

const DISTRICTS = ['quận Hải Châu', 'quận Thanh Khê', 'quận Sơn Trà', 'quận Ngũ Hành Sơn', 'quận Liên Chiểu', 'quận Cẩm Lệ', 'huyện Hòa Vang'];
const WARDS = [
  'Hòa Khánh Bắc',
  'Hòa Minh',
  'An Hải Đông',
  'Mỹ An',
  'Thạc Gián',
  'Hòa Cường Nam',
  'Thuận Phước',
  'Phước Mỹ',
  'Khuê Mỹ',
  'Hòa Xuân',
  'Nại Hiên Đông',
  'Chính Gián',
  'Tam Thuận',
  'Xuân Hà',
  'Hòa Thuận Tây',
  'Bình Hiên',
  'Thanh Bình',
  'Hòa Hiệp Nam',
  'Hòa Quý',
  'Mân Thái',
];
const COMMUNES = ['Hòa Phong', 'Hòa Tiến', 'Hòa Bắc', 'Hòa Ninh', 'Hòa Liên', 'Hòa Nhơn', 'Hòa Phú', 'Hòa Khương'];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Thị', 'Thị Thu', 'Thị Minh', 'Thị Kim', 'Thị Mỹ', 'Thị Thanh', 'Thị Ngọc', 'Thị Bích', 'Thị Hồng', 'Thị Diệu'];
const GIVEN = [
  'Hà',
  'Lan',
  'Hương',
  'Hạnh',
  'Dung',
  'Trang',
  'Thảo',
  'Nga',
  'Nguyệt',
  'Phượng',
  'Yến',
  'Loan',
  'Hằng',
  'Tâm',
  'Hiền',
  'Liên',
  'Xuân',
  'Oanh',
  'Vân',
  'Thủy',
  'Ánh',
  'Diệp',
  'Đào',
  'Quỳnh',
];

const ROLES = [
  'Chủ tịch Hội LHPN thành phố',
  'Phó Chủ tịch Hội LHPN thành phố',
  'Chủ tịch Hội LHPN {district}',
  'Phó Chủ tịch Hội LHPN {district}',
  'Chủ tịch Hội Phụ nữ phường {ward}',
  'Chi hội trưởng phụ nữ tổ dân phố số {no}',
  'hội viên phường {ward}',
  'Trưởng ban Tuyên giáo Hội LHPN thành phố',
  'Chủ nhiệm câu lạc bộ “Phụ nữ khởi nghiệp”',
  'chủ hộ kinh doanh tại xã {commune}',
  'giáo viên mầm non ở {district}',
];

/** Written as they read mid-sentence; capitalised when they open one. */
const SUBJECTS = [
  'Hội LHPN thành phố Đà Nẵng',
  'Ban Thường vụ Hội LHPN thành phố',
  'Hội LHPN {district}',
  'Hội Phụ nữ phường {ward}',
  'Hội Phụ nữ xã {commune}',
  'chi hội phụ nữ tổ dân phố số {no}',
  'các cấp Hội trong toàn thành phố',
  'đội ngũ cán bộ Hội cơ sở',
  'chị em hội viên phường {ward}',
  'Câu lạc bộ “Phụ nữ khởi nghiệp” {district}',
  'tổ hợp tác may mặc của hội viên xã {commune}',
  'Ban Chấp hành Hội LHPN {district}',
  'Hội LHPN thành phố',
  'các chi hội phụ nữ',
];

const VERBS = [
  'đã tổ chức',
  'phối hợp tổ chức',
  'triển khai',
  'tiếp tục đẩy mạnh',
  'chủ động xây dựng',
  'ra mắt',
  'duy trì hiệu quả',
  'tích cực hưởng ứng',
  'phát động',
  'tổ chức thành công',
  'khởi động',
  'nhân rộng',
];

/** Things the Union organises, runs or takes part in. */
const OBJECTS = [
  'lớp tập huấn kỹ năng khởi nghiệp cho phụ nữ',
  'chương trình “Phụ nữ Đà Nẵng đồng hành cùng người nghèo”',
  'mô hình “Gia đình 5 không 3 sạch”',
  'hội thi “Phụ nữ tài năng, duyên dáng”',
  'buổi tọa đàm về bình đẳng giới trong gia đình',
  'cuộc vận động “Phụ nữ Việt Nam sử dụng hàng Việt Nam”',
  'phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”',
  'Đề án “Hỗ trợ phụ nữ khởi nghiệp”',
  'đợt khám sức khỏe sinh sản miễn phí cho phụ nữ',
  'hoạt động tuyên truyền phòng, chống bạo lực gia đình',
  'chương trình “Mẹ đỡ đầu” cho trẻ em mồ côi',
  'mô hình “Tổ phụ nữ tự quản bảo vệ môi trường”',
  'câu lạc bộ “Gia đình hạnh phúc”',
  'lớp bồi dưỡng nghiệp vụ cho cán bộ Hội cơ sở',
  'ngày hội “Phụ nữ với chuyển đổi số”',
  'hội nghị tổng kết công tác Hội và phong trào phụ nữ',
  'đợt trao tặng nhà “Mái ấm tình thương”',
  'phong trào “Nuôi heo đất tiết kiệm”',
  'phiên chợ kết nối tiêu thụ sản phẩm OCOP của phụ nữ',
  'lớp dạy nghề may công nghiệp cho lao động nữ',
  'chương trình tín dụng ưu đãi cho hộ phụ nữ nghèo',
  'cuộc thi tìm hiểu pháp luật về bình đẳng giới',
  'diễn đàn “Nữ doanh nhân với cộng đồng”',
  'chiến dịch “Chung tay vì cộng đồng”',
  'buổi đối thoại giữa lãnh đạo thành phố với hội viên, phụ nữ',
  'lớp học tiếng Anh miễn phí cho con em hội viên',
  'tuần lễ áo dài',
  'mô hình “Địa chỉ tin cậy tại cộng đồng”',
  'đợt ra quân phân loại rác thải tại nguồn',
  'chương trình học bổng “Thắp sáng ước mơ”',
];

const PURPOSES = [
  'nhằm nâng cao nhận thức về bình đẳng giới',
  'góp phần xây dựng gia đình no ấm, tiến bộ, hạnh phúc',
  'giúp chị em có thêm kiến thức, kỹ năng trong phát triển kinh tế',
  'nhằm hỗ trợ hộ phụ nữ nghèo vươn lên thoát nghèo bền vững',
  'để phụ nữ mạnh dạn tiếp cận nguồn vốn và thị trường',
  'hướng tới kỷ niệm Ngày Quốc tế Phụ nữ 8/3',
  'chào mừng Ngày Phụ nữ Việt Nam 20/10',
  'nhằm tạo sân chơi bổ ích, lành mạnh cho hội viên',
  'góp phần bảo đảm an sinh xã hội trên địa bàn',
  'nhằm phát huy vai trò của phụ nữ trong xây dựng đô thị văn minh',
  'góp phần phòng ngừa, ngăn chặn bạo lực gia đình và xâm hại trẻ em',
  'để chị em tự tin ứng dụng công nghệ số trong kinh doanh',
];

const BENEFICIARIES = [
  'cho hơn {n} hội viên, phụ nữ',
  'với sự tham gia của {n} đại biểu',
  'cho {n} cán bộ Hội các cấp',
  'thu hút đông đảo chị em tham gia',
  'cho {n} phụ nữ có hoàn cảnh khó khăn',
  'với tổng kinh phí gần {m} triệu đồng',
  'cho {n} học viên là lao động nữ',
  'với sự đồng hành của nhiều doanh nghiệp, nhà hảo tâm',
];

const PLACES = [
  'tại {district}',
  'trên địa bàn thành phố',
  'tại hội trường UBND phường {ward}',
  'tại Trung tâm Hành chính thành phố',
  'ở xã {commune}',
  'tại nhà văn hóa tổ dân phố số {no}',
  'trên địa bàn {district}',
];

const OPENERS = [
  'Sáng ngày {d}/{mo},',
  'Chiều {d}/{mo},',
  'Trong năm {y},',
  'Thời gian qua,',
  'Từ đầu năm đến nay,',
  'Nhân dịp kỷ niệm Ngày Phụ nữ Việt Nam 20/10,',
  'Hưởng ứng Tháng hành động vì bình đẳng giới,',
  'Trong quý {q} năm {y},',
  'Những năm gần đây,',
  'Ngày {d}/{mo}/{y},',
];

const CONNECTORS = [
  'Bên cạnh đó,',
  'Ngoài ra,',
  'Đặc biệt,',
  'Cũng trong dịp này,',
  'Theo đánh giá của Ban Thường vụ,',
  'Qua đó,',
  'Song song với đó,',
  'Để làm được điều này,',
  'Không chỉ vậy,',
];

const RESULTS = [
  'Qua đó, {n} hộ phụ nữ đã thoát nghèo, {m} mô hình sinh kế được duy trì hiệu quả.',
  'Đến nay, toàn thành phố có {n} chi hội đạt tiêu chuẩn “Chi hội 4 tốt”, tăng {k} chi hội so với năm trước.',
  'Hội đã giới thiệu việc làm cho {n} lao động nữ, trong đó {k} phần trăm có thu nhập ổn định.',
  'Tổng dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt {m} tỷ đồng với {n} hộ vay, không có nợ quá hạn.',
  'Các cấp Hội đã vận động xây dựng {k} nhà “Mái ấm tình thương” và trao {n} suất học bổng cho học sinh nghèo vượt khó.',
  'Có {n} hội viên được hỗ trợ ý tưởng khởi nghiệp, {k} sản phẩm đạt chứng nhận OCOP từ ba sao trở lên.',
  'Hơn {n} lượt hội viên, phụ nữ được tuyên truyền về pháp luật, bình đẳng giới và kỹ năng sống.',
  'Số vụ bạo lực gia đình trên địa bàn giảm rõ rệt, {k} địa chỉ tin cậy được duy trì hoạt động thường xuyên.',
  'Mỗi tháng, tổ hợp tác thu gom khoảng {n} kg phế liệu, gây quỹ hỗ trợ {k} hội viên khó khăn.',
];

const REMARKS = [
  'Đây là hoạt động thiết thực, được đông đảo hội viên hưởng ứng và đánh giá cao.',
  'Chương trình đã lan tỏa tinh thần tương thân, tương ái trong các tầng lớp phụ nữ thành phố.',
  'Nhiều chị em cho biết đã áp dụng kiến thức được học vào công việc và cuộc sống hằng ngày.',
  'Hoạt động góp phần khẳng định vai trò, vị thế của tổ chức Hội trong đời sống xã hội.',
  'Kết quả này tạo động lực để các cấp Hội tiếp tục đổi mới nội dung, phương thức hoạt động.',
  'Không khí buổi sinh hoạt sôi nổi, gần gũi, tạo sự gắn kết giữa cán bộ Hội và hội viên.',
  'Mô hình đã giúp nhiều gia đình cải thiện thu nhập, ổn định cuộc sống.',
  'Đây cũng là dịp để các đơn vị chia sẻ kinh nghiệm, cách làm hay trong công tác Hội.',
];

const STATEMENTS = [
  'Chúng tôi mong muốn mỗi hội viên đều có cơ hội tiếp cận nguồn vốn và kiến thức để tự tin khởi nghiệp',
  'Nhờ được Hội hỗ trợ, gia đình tôi đã có thu nhập ổn định hơn và con cái được đến trường đầy đủ',
  'Bình đẳng giới phải bắt đầu từ trong mỗi gia đình, từ sự chia sẻ việc nhà giữa vợ và chồng',
  'Hội sẽ tiếp tục đồng hành, lắng nghe và bảo vệ quyền, lợi ích hợp pháp, chính đáng của phụ nữ',
  'Chuyển đổi số mở ra nhiều cơ hội mới, nhưng chị em cần được trang bị kỹ năng để không bị bỏ lại phía sau',
  'Mỗi cán bộ Hội phải thật sự gần dân, hiểu dân và vì dân thì mới tập hợp được hội viên',
  'Tôi rất vui khi sản phẩm của mình được giới thiệu rộng rãi, có thêm nhiều khách hàng đặt mua',
  'Những phần quà tuy nhỏ nhưng là nguồn động viên lớn để các cháu vững bước đến trường',
];

const PLANS = [
  'Thời gian tới, Hội sẽ tiếp tục {verb} {object}, {purpose}.',
  'Trong năm {next}, các cấp Hội phấn đấu {goal}.',
  'Hội đề nghị các cấp ủy, chính quyền tiếp tục quan tâm, tạo điều kiện để phụ nữ {goal}.',
];

const GOALS = [
  'hỗ trợ ít nhất {n} phụ nữ khởi nghiệp',
  'giảm {k} phần trăm hộ phụ nữ nghèo',
  'phát triển thêm {n} hội viên mới',
  'phát huy vai trò trong xây dựng gia đình hạnh phúc',
  'tham gia ngày càng nhiều hơn vào công tác lãnh đạo, quản lý',
  'tiếp cận bình đẳng các dịch vụ xã hội cơ bản',
];

const HEADINGS = [
  'Nhiều mô hình hiệu quả',
  'Chung tay hỗ trợ phụ nữ khởi nghiệp',
  'Kết quả nổi bật',
  'Phương hướng thời gian tới',
  'Lan tỏa tinh thần tương thân, tương ái',
  'Đổi mới phương thức hoạt động',
  'Nâng cao chất lượng hội viên',
  'Vì một cộng đồng bình đẳng',
  'Những con số ấn tượng',
  'Sát cánh cùng chị em khó khăn',
  'Khơi dậy khát vọng vươn lên',
  'Đưa nghị quyết vào cuộc sống',
  'Tiếp sức cho phụ nữ vùng ven',
  'Gắn kết yêu thương',
];

const LIST_INTROS = [
  'Một số kết quả nổi bật trong năm {y}:',
  'Nội dung tập huấn tập trung vào:',
  'Chương trình gồm các hoạt động chính:',
  'Các chỉ tiêu đề ra cho năm {next}:',
];
const LIST_ITEMS = [
  'Tổ chức {n} lớp tập huấn cho {m} cán bộ Hội',
  'Giới thiệu việc làm cho {n} lao động nữ',
  'Trao {n} suất học bổng cho học sinh nghèo vượt khó',
  'Vận động xây dựng {k} nhà “Mái ấm tình thương”',
  'Hỗ trợ {n} phụ nữ tiếp cận vốn vay với tổng dư nợ {m} tỷ đồng',
  'Kỹ năng lập kế hoạch kinh doanh',
  'Kiến thức cơ bản về chuyển đổi số',
  'Pháp luật về bình đẳng giới và phòng, chống bạo lực gia đình',
  'Kỹ năng truyền thông trên mạng xã hội',
  'Phòng, chống mua bán người',
  'Chăm sóc sức khỏe sinh sản và dinh dưỡng cho trẻ em',
  'Thành lập mới {k} tổ hợp tác, hợp tác xã do phụ nữ làm chủ',
  'Khám bệnh, cấp thuốc miễn phí cho {n} phụ nữ cao tuổi',
  'Phát triển {n} hội viên mới',
  'Duy trì {k} câu lạc bộ “Gia đình hạnh phúc”',
];

const TITLE_ACTIONS = ['Tổ chức', 'Ra mắt', 'Tập huấn', 'Phát động', 'Tổng kết', 'Trao tặng', 'Hỗ trợ', 'Triển khai', 'Khai mạc', 'Nhân rộng'];

const TITLE_PATTERNS = [
  'Đà Nẵng: {Action} {object} {benefit}',
  '{Subject} {verb} {object}',
  '{Object} {purpose}',
  '{Subject} {verb} {object} {place}',
  '{District}: {Action} {object}',
  '{Object} {benefit} {place}',
  'Hội viên phụ nữ {district} {verb} {object}',
];

const ALT_TEXTS = [
  'Hội viên phụ nữ {district} tham gia buổi tập huấn',
  'Đại biểu chụp ảnh lưu niệm tại hội nghị',
  'Chị em hội viên phường {ward} giới thiệu sản phẩm tại phiên chợ',
  'Lãnh đạo Hội LHPN thành phố trao quà cho phụ nữ có hoàn cảnh khó khăn',
  'Các đội thi biểu diễn áo dài trên sân khấu',
  'Cán bộ Hội hướng dẫn phụ nữ xã {commune} sử dụng ứng dụng trên điện thoại',
  'Toàn cảnh buổi tọa đàm về bình đẳng giới',
];

const AUTHORS = [
  'Hội LHPN TP Đà Nẵng',
  'Ban Tuyên giáo Hội LHPN thành phố',
  'Hội LHPN {district}',
  'Thu Hà',
  'Minh Trang',
  'Ngọc Diệp',
  'Thanh Tâm',
  'Bích Liên',
];

/** Each tag is spelled one way only (the contract warns on variants); slugs are checked unique below. */
const TAGS = [
  'tập huấn',
  'cán bộ Hội',
  'hội viên',
  'bình đẳng giới',
  'khởi nghiệp',
  'phụ nữ khởi nghiệp',
  'gia đình',
  'gia đình hạnh phúc',
  'bạo lực gia đình',
  'phòng chống bạo lực gia đình',
  'trẻ em',
  'bảo vệ trẻ em',
  'Đà Nẵng',
  'đại biểu',
  'bầu cử',
  'Quốc hội',
  'HĐND',
  'Ngày Quốc tế Phụ nữ 8/3',
  'Ngày Phụ nữ Việt Nam 20/10',
  'Đại hội phụ nữ',
  'an sinh xã hội',
  'giảm nghèo',
  'vốn vay',
  'tín dụng chính sách',
  'chuyển đổi số',
  'kinh tế tập thể',
  'hợp tác xã',
  'tổ hợp tác',
  'sản phẩm OCOP',
  'làng nghề',
  'nông thôn mới',
  'đô thị văn minh',
  'môi trường',
  'rác thải nhựa',
  'phân loại rác',
  'biến đổi khí hậu',
  'phòng chống thiên tai',
  'bão lũ',
  'cứu trợ',
  'Mái ấm tình thương',
  'Mẹ đỡ đầu',
  'học bổng',
  'khuyến học',
  'sức khỏe sinh sản',
  'chăm sóc sức khỏe',
  'dinh dưỡng',
  'an toàn thực phẩm',
  'COVID-19',
  'tiêm chủng',
  'phòng chống dịch',
  'mua bán người',
  'di cư an toàn',
  'phụ nữ dân tộc thiểu số',
  'phụ nữ khuyết tật',
  'người cao tuổi',
  'thanh niên',
  'lao động nữ',
  'việc làm',
  'đào tạo nghề',
  'kỹ năng sống',
  'kỹ năng số',
  'mạng xã hội',
  'tuyên truyền',
  'pháp luật',
  'bảo vệ nền tảng tư tưởng của Đảng',
  'học tập và làm theo Bác',
  'gương điển hình',
  'thi đua khen thưởng',
  'tổng kết',
  'sơ kết',
  'hội nghị',
  'hội thi',
  'hội thao',
  'văn nghệ',
  'áo dài',
  'Tuần lễ áo dài',
  'giao lưu',
  'tọa đàm',
  'diễn đàn',
  'đối thoại',
  'giám sát phản biện',
  'công tác cán bộ',
  'nữ lãnh đạo',
  'nữ doanh nhân',
  'doanh nghiệp nữ',
  'câu lạc bộ',
  'chi hội',
  'tổ dân phố',
  'đoàn kết',
  'hòa giải',
  'tiết kiệm',
  'heo đất',
  'quỹ Hội',
  'từ thiện',
  'nhân đạo',
  'hiến máu',
  'Tết',
  'Tết Trung thu',
  'Quốc tế Thiếu nhi 1/6',
  'Tháng hành động vì bình đẳng giới',
  'Tháng hành động vì trẻ em',
  'Gia đình 5 không 3 sạch',
  'Phụ nữ Việt Nam sử dụng hàng Việt Nam',
  'Hải Châu',
  'Thanh Khê',
  'Sơn Trà',
  'Ngũ Hành Sơn',
  'Liên Chiểu',
  'Cẩm Lệ',
  'Hòa Vang',
  'Hoàng Sa',
  'Quảng Nam',
  'miền Trung',
  'biển đảo',
  'Trường Sa',
  'biên giới',
  'quân đội',
  'công an',
  'an ninh trật tự',
  'đối ngoại',
  'hợp tác quốc tế',
  'Lào',
  'Hàn Quốc',
  'UN Women',
  'dự án',
  'đề án',
  'Đề án 939',
  'Đề án 938',
  'nghị quyết',
  'chỉ thị',
  'văn hóa',
  'du lịch',
  'ẩm thực',
  'nông nghiệp',
  'nuôi trồng thủy sản',
  'thương mại điện tử',
  'livestream bán hàng',
  'giáo dục',
  'mầm non',
  'tuổi vị thành niên',
  'hôn nhân',
  'người có công',
  'Mẹ Việt Nam anh hùng',
  'tri ân',
  'nhà tình nghĩa',
  'nước sạch',
  'vệ sinh môi trường',
  'tái chế',
  'sống xanh',
  'truyền thông',
];
{
  const seen = new Map<string, string>();
  for (const tag of TAGS) {
    const slug = toSlug(tag);
    if (seen.has(slug)) throw new Error(`corpus: tags "${seen.get(slug)}" and "${tag}" share the slug ${slug}`);
    seen.set(slug, tag);
  }
}
/** Zipf-like: the first tags of the list are the common ones, as on a real bulletin. */
const TAG_WEIGHTS = cumulate(TAGS.map((_, rank) => 1 / (rank + 1) ** 0.9));

/** Sections are skewed towards the Union's day-to-day news; unknown slugs get a small weight. */
const CATEGORY_WEIGHTS: Record<string, number> = {
  'hoat-dong-hoi': 34,
  'ho-tro-phu-nu': 18,
  'phong-trao-thi-dua': 14,
  'binh-dang-gioi': 13,
  'cac-de-an': 9,
  'tam-diem': 8,
  video: 4,
};

// ---------------------------------------------------------------------------------------------
// Text

interface Scene {
  district: string;
  ward: string;
  commune: string;
  object: string;
  year: number;
  month: number;
  day: number;
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function fill(r: Random, template: string, scene: Scene): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'district':
        return chance(r, 0.6) ? scene.district : pick(r, DISTRICTS);
      case 'District':
        return capitalize(chance(r, 0.6) ? scene.district : pick(r, DISTRICTS));
      case 'ward':
        return chance(r, 0.6) ? scene.ward : pick(r, WARDS);
      case 'commune':
        return chance(r, 0.6) ? scene.commune : pick(r, COMMUNES);
      case 'n':
        return String(int(r, 2, 60) * pick(r, [1, 5, 10]));
      case 'no':
        return String(int(r, 1, 45));
      case 'm':
        return String(int(r, 12, 950));
      case 'k':
        return String(int(r, 2, 48));
      // Events are reported on the day or a few days later.
      case 'd':
        return String(Math.max(1, scene.day - int(r, 0, 3)));
      case 'mo':
        return String(scene.month);
      case 'q':
        return pick(r, ['I', 'II', 'III', 'IV']);
      case 'y':
        return String(scene.year);
      case 'next':
        return String(scene.year + 1);
      case 'verb':
        return pick(r, VERBS);
      case 'object':
        return chance(r, 0.5) ? scene.object : pick(r, OBJECTS);
      case 'Object':
        return capitalize(chance(r, 0.5) ? scene.object : pick(r, OBJECTS));
      case 'Action':
        return pick(r, TITLE_ACTIONS);
      case 'Subject':
        return capitalize(fill(r, pick(r, SUBJECTS), scene));
      case 'purpose':
        return pick(r, PURPOSES);
      case 'benefit':
        return fill(r, pick(r, BENEFICIARIES), scene);
      case 'place':
        return fill(r, pick(r, PLACES), scene);
      case 'goal':
        return fill(r, pick(r, GOALS), scene);
      default:
        throw new Error(`corpus: unknown placeholder {${key}}`);
    }
  });
}

const OPENERS_AND_CONNECTORS = [...OPENERS, ...CONNECTORS];
const personName = (r: Random) => `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;

/** One sentence of news prose, 12–45 words. */
function sentence(r: Random, scene: Scene, first = false): string {
  const kind = first ? 0 : int(r, 0, 9);
  if (kind <= 3) {
    // "[Opener] Subject verb object benefit place, purpose."
    const opener = first || chance(r, 0.4) ? fill(r, pick(r, first ? OPENERS : OPENERS_AND_CONNECTORS), scene) : '';
    const parts = [fill(r, pick(r, SUBJECTS), scene), pick(r, VERBS), fill(r, '{object}', scene)];
    if (chance(r, 0.6)) parts.push(fill(r, pick(r, BENEFICIARIES), scene));
    if (chance(r, 0.5)) parts.push(fill(r, pick(r, PLACES), scene));
    const head = parts.join(' ');
    const text = chance(r, 0.6) ? `${head}, ${pick(r, PURPOSES)}` : head;
    return opener ? `${opener} ${text}.` : `${capitalize(text)}.`;
  }
  if (kind === 4) {
    const title = pick(r, ['Bà', 'Chị']);
    const role = fill(r, pick(r, ROLES), scene);
    return `${title} ${personName(r)}, ${role}, cho biết: “${pick(r, STATEMENTS)}.”`;
  }
  if (kind <= 6) return fill(r, pick(r, RESULTS), scene);
  if (kind <= 8) {
    const remark = pick(r, REMARKS);
    return chance(r, 0.5) ? `${pick(r, CONNECTORS)} ${remark.charAt(0).toLocaleLowerCase('vi')}${remark.slice(1)}` : remark;
  }
  return fill(r, pick(r, PLANS), scene);
}

function paragraph(r: Random, scene: Scene, first = false): string {
  const count = int(r, 2, 5);
  const sentences = [sentence(r, scene, first)];
  while (sentences.length < count) sentences.push(sentence(r, scene));
  return sentences.join(' ');
}

function bulletList(r: Random, scene: Scene): string {
  const items = new Set<string>();
  const size = int(r, 3, 6);
  while (items.size < size) items.add(fill(r, pick(r, LIST_ITEMS), scene));
  return `${fill(r, pick(r, LIST_INTROS), scene)}\n\n${[...items].map((item) => `- ${item}`).join('\n')}`;
}

/**
 * Target body length in words: log-normal, clamped to 300–1920. The last paragraph, the
 * links and the signature add ~60 words, for a mean near 870 and a spread of about 300–2000.
 */
function bodyWords(r: Random): number {
  const words = Math.exp(6.6 + 0.42 * normal(r));
  return Math.round(Math.min(1920, Math.max(300, words)));
}

interface Link {
  slug: string;
  title: string;
}

function body(r: Random, scene: Scene, target: number, links: Link[], author: string | undefined): { text: string; words: number } {
  const blocks: string[] = [paragraph(r, scene, true)];
  let words = countWords(blocks[0]);
  const headings = target >= 500 && chance(r, 0.65);
  let list = chance(r, 0.35);
  let sinceHeading = 0;
  let paragraphs = 1;
  // Related-article links follow the 1st–3rd paragraph after the lead (or close a short article).
  let linkAfter = links.length ? int(r, 1, 3) : -1;
  const addLinks = () => {
    const [first, ...rest] = links;
    add(`Xem thêm: [${first.title}](${paths.article(first.slug)}).`);
    if (rest.length) add(`Bài liên quan:\n\n${rest.map((l) => `- [${l.title}](${paths.article(l.slug)})`).join('\n')}`);
    linkAfter = -1;
  };
  const add = (block: string) => {
    blocks.push(block);
    const n = countWords(block);
    words += n;
    sinceHeading += n;
  };
  while (words < target) {
    if (headings && sinceHeading > 220 && chance(r, 0.5)) {
      blocks.push(`## ${chance(r, 0.7) ? pick(r, HEADINGS) : capitalize(fill(r, '{object}', scene))}`);
      sinceHeading = 0;
    }
    if (list && words > target / 3) {
      add(bulletList(r, scene));
      list = false;
      continue;
    }
    add(paragraph(r, scene));
    if (paragraphs++ === linkAfter) addLinks();
  }
  if (linkAfter !== -1) addLinks();
  if (author) blocks.push(`*${author}*`);
  return { text: blocks.join('\n\n') + '\n', words };
}

// ---------------------------------------------------------------------------------------------
// Articles

interface Plan {
  index: number;
  title: string;
  slug: string;
  date: string;
  year: number;
  month: number;
  category: string;
  tags: string[];
  summary: string;
  author?: string;
  cover: boolean;
  coverAlt: string;
  featured: boolean;
  video?: string;
  linkCount: number;
  scene: Scene;
}

const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = Math.round((Date.UTC(2025, 11, 31) - FIRST_DAY) / 86_400_000) + 1;
const pad = (n: number) => String(n).padStart(2, '0');
const VIDEO_ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
const TAG_COUNTS = cumulate([25, 35, 25, 15]);
const LINK_COUNTS = cumulate([50, 30, 20]);

/** A string of the given generator whose word count falls within [min, max], else the closest tried. */
function withinWords(make: () => string, min: number, max: number, maxChars = Infinity): string {
  let best = '';
  let bestDistance = Infinity;
  for (let attempt = 0; attempt < 40; attempt++) {
    const text = make();
    const n = countWords(text);
    const distance = (n < min ? min - n : n > max ? n - max : 0) + (text.length > maxChars ? 100 : 0);
    if (distance === 0) return text;
    if (distance < bestDistance) [best, bestDistance] = [text, distance];
  }
  return best;
}

function planArticle(
  seed: number,
  index: number,
  total: number,
  categories: string[],
  categoryWeights: number[],
  coverShare: number,
  slugs: Set<string>,
): Plan {
  const r = stream(seed, index, 1);
  // Evenly spread over the ten years, oldest first; most articles carry a time of day.
  const day = Math.min(DAYS - 1, Math.floor(((index + r()) * DAYS) / total));
  const when = new Date(FIRST_DAY + day * 86_400_000);
  const year = when.getUTCFullYear();
  const month = when.getUTCMonth() + 1;
  const dayOfMonth = when.getUTCDate();
  const ymd = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
  const date = chance(r, 0.6) ? `${ymd}T${pad(int(r, 6, 21))}:${pad(int(r, 0, 11) * 5)}` : ymd;

  const scene: Scene = {
    district: pick(r, DISTRICTS),
    ward: pick(r, WARDS),
    commune: pick(r, COMMUNES),
    object: pick(r, OBJECTS),
    year,
    month,
    day: dayOfMonth,
  };
  const category = weighted(r, categories, categoryWeights);
  const title = withinWords(() => capitalize(fill(r, pick(r, TITLE_PATTERNS), scene)), 8, 16, 110);
  const summary = withinWords(
    () => {
      const first = sentence(r, scene, true);
      return countWords(first) < 24 ? `${first} ${pick(r, REMARKS)}` : first;
    },
    24,
    38,
  );

  // Slug from the title's first words plus the article number: readable and unique.
  const base = toSlug(title).split('-').slice(0, 8).join('-');
  let slug = `${base}-${index + 1}`;
  for (let n = 2; slugs.has(slug); n++) slug = `${base}-${index + 1}-${n}`;
  slugs.add(slug);

  const tagCount = weighted(r, [1, 2, 3, 4], TAG_COUNTS);
  const tags = new Set<string>();
  while (tags.size < tagCount) tags.add(weighted(r, TAGS, TAG_WEIGHTS));

  const video = category === 'video' ? `https://www.youtube.com/watch?v=${Array.from({ length: 11 }, () => pick(r, VIDEO_ALPHABET)).join('')}` : undefined;
  return {
    index,
    title,
    slug,
    date,
    year,
    month,
    category,
    tags: [...tags],
    summary,
    scene,
    video,
    author: chance(r, 0.9) ? fill(r, pick(r, AUTHORS), scene) : undefined,
    cover: r() < coverShare,
    coverAlt: fill(r, pick(r, ALT_TEXTS), scene),
    featured: chance(r, 0.03),
    linkCount: chance(r, 0.2) ? weighted(r, [1, 2, 3], LINK_COUNTS) : 0,
  };
}

/** YAML front matter; strings are JSON-quoted, which YAML reads as double-quoted scalars. */
function frontMatter(plan: Plan, coverFile: string | undefined): string {
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    '---',
    `title: ${q(plan.title)}`,
    `date: ${plan.date}`,
    `category: ${plan.category}`,
    'tags:',
    ...plan.tags.map((t) => `  - ${q(t)}`),
    `summary: ${q(plan.summary)}`,
  ];
  if (plan.author) lines.push(`author: ${q(plan.author)}`);
  if (coverFile) lines.push(`cover: ./${coverFile}`, `cover_alt: ${q(plan.coverAlt)}`);
  if (plan.featured) lines.push('featured: true');
  if (plan.video) lines.push(`video: ${plan.video}`);
  lines.push('---', '', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Cover photos

const COVER_WIDTH = 1200;
const COVER_HEIGHT = 675;
const COVER_POOL = 50;

/** A photo-like 1200×675 JPEG: a two-colour gradient, a few soft blobs of colour, and grain. */
async function drawCover(seed: number, index: number): Promise<Buffer> {
  const r = stream(seed, index, 2);
  const colour = () => [r() * 255, r() * 255, r() * 255];
  const [c0, c1] = [colour(), colour()];
  const blobs = Array.from({ length: int(r, 3, 6) }, () => ({
    x: r() * COVER_WIDTH,
    y: r() * COVER_HEIGHT,
    s2: (80 + r() * 260) ** 2,
    c: colour(),
    a: 0.35 + r() * 0.45,
  }));
  const pixels = Buffer.alloc(COVER_WIDTH * COVER_HEIGHT * 3);
  let i = 0;
  for (let y = 0; y < COVER_HEIGHT; y++) {
    for (let x = 0; x < COVER_WIDTH; x++) {
      const g = (x / COVER_WIDTH + y / COVER_HEIGHT) / 2;
      let red = c0[0] + (c1[0] - c0[0]) * g;
      let green = c0[1] + (c1[1] - c0[1]) * g;
      let blue = c0[2] + (c1[2] - c0[2]) * g;
      for (const b of blobs) {
        const d = ((x - b.x) ** 2 + (y - b.y) ** 2) / b.s2;
        if (d > 6) continue;
        const w = b.a * Math.exp(-d);
        red += (b.c[0] - red) * w;
        green += (b.c[1] - green) * w;
        blue += (b.c[2] - blue) * w;
      }
      const grain = (r() - 0.5) * 24;
      pixels[i++] = Math.max(0, Math.min(255, red + grain));
      pixels[i++] = Math.max(0, Math.min(255, green + grain));
      pixels[i++] = Math.max(0, Math.min(255, blue + grain));
    }
  }
  return sharp(pixels, { raw: { width: COVER_WIDTH, height: COVER_HEIGHT, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}

/** A different picture from a pool image: its hue turned and its brightness changed, by article. */
function variantOf(file: string, index: number): Promise<Buffer> {
  return sharp(file)
    .modulate({ hue: (index * 47) % 360, brightness: 0.85 + (index % 7) * 0.05 })
    .jpeg({ quality: 82 })
    .toBuffer();
}

/** Writes `file` as a hard link to the pool image's first file (a copy where links are refused). */
function placeCover(first: string, file: string) {
  try {
    linkSync(first, file);
  } catch {
    copyFileSync(first, file);
  }
}

// ---------------------------------------------------------------------------------------------
// The corpus

const CONTENT_ENTRIES = new Set(['categories.yaml', 'articles', 'pages']);

/** Refuses to touch the project's own content or a folder holding anything but content files. */
function prepareFolder(dir: string) {
  if (!existsSync(dir)) return mkdirSync(dir, { recursive: true });
  const real = realpathSync(dir);
  const project = realpathSync(ROOT);
  if (real === realpathSync(REAL_CONTENT) || project === real || project.startsWith(real + sep)) {
    throw new Error(`corpus: refusing to write into ${dir} (the project's own content or an enclosing folder)`);
  }
  const others = readdirSync(dir).filter((name) => !CONTENT_ENTRIES.has(name));
  if (others.length) throw new Error(`corpus: ${dir} holds other files (${others.slice(0, 5).join(', ')}) — choose an empty or new folder`);
  for (const name of CONTENT_ENTRIES) rmSync(join(dir, name), { recursive: true, force: true });
}

export async function generateCorpus({ dir, articles, seed = 1, coverShare = 0.2, distinctCovers = true }: CorpusOptions): Promise<CorpusSummary> {
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`corpus: articles must be a positive integer, got ${articles}`);
  if (!Number.isInteger(seed)) throw new Error(`corpus: seed must be an integer, got ${seed}`);
  if (!(coverShare >= 0 && coverShare <= 1)) throw new Error(`corpus: coverShare must be within 0–1, got ${coverShare}`);
  dir = resolve(dir);
  prepareFolder(dir);

  // Sections and static pages come from the real content, so the corpus builds like the site.
  copyFileSync(join(REAL_CONTENT, 'categories.yaml'), join(dir, 'categories.yaml'));
  const problems: Problem[] = [];
  const categories = readCategories(join(dir, 'categories.yaml'), problems).map((c) => c.slug);
  if (!categories.length) throw new Error(`corpus: no sections in ${join(REAL_CONTENT, 'categories.yaml')}`);
  const categoryWeights = cumulate(categories.map((slug) => CATEGORY_WEIGHTS[slug] ?? 3));
  const realPages = join(REAL_CONTENT, 'pages');
  if (existsSync(realPages)) {
    mkdirSync(join(dir, 'pages'));
    for (const name of readdirSync(realPages).sort()) if (/\.mdx?$/.test(name)) copyFileSync(join(realPages, name), join(dir, 'pages', name));
  }

  // First every article's metadata, so bodies can link to any other article.
  const slugs = new Set<string>();
  const plans = Array.from({ length: articles }, (_, i) => planArticle(seed, i, articles, categories, categoryWeights, coverShare, slugs));

  const pool: (string | undefined)[] = [];
  const summary: CorpusSummary = { dir, articles: [], covers: 0, distinctCovers: 0, links: 0, words: { mean: 0, min: Infinity, max: 0 } };
  for (const plan of plans) {
    const r = stream(seed, plan.index, 3);
    const folder = join(dir, 'articles', String(plan.year), pad(plan.month));
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${plan.slug}.md`);

    // Links mostly point back in time, as a newsroom links to earlier coverage.
    const links: Link[] = [];
    for (let tries = 0; links.length < plan.linkCount && articles > 1 && tries < 20; tries++) {
      const other = plans[plan.index > 0 && chance(r, 0.85) ? int(r, 0, plan.index - 1) : int(r, 0, articles - 1)];
      if (other !== plan && !links.some((l) => l.slug === other.slug)) links.push({ slug: other.slug, title: other.title });
    }
    summary.links += links.length;

    let coverFile: string | undefined;
    if (plan.cover) {
      coverFile = `${plan.slug}-bia.jpg`;
      const slot = int(r, 0, COVER_POOL - 1);
      const first = pool[slot];
      if (!first) {
        writeFileSync(join(folder, coverFile), await drawCover(seed, slot));
        pool[slot] = join(folder, coverFile);
      } else if (distinctCovers) {
        // Every cover a different picture, as in a real archive: Astro recognises identical
        // files and would encode a shared picture only once, hiding the real image work.
        writeFileSync(join(folder, coverFile), await variantOf(first, plan.index));
      } else placeCover(first, join(folder, coverFile));
      if (!first || distinctCovers) summary.distinctCovers++;
      summary.covers++;
    }

    const text = body(r, plan.scene, bodyWords(r), links, plan.author);
    writeFileSync(file, frontMatter(plan, coverFile) + text.text);
    summary.articles.push({ file, slug: plan.slug, date: plan.date, words: text.words });
    summary.words.min = Math.min(summary.words.min, text.words);
    summary.words.max = Math.max(summary.words.max, text.words);
    summary.words.mean += text.words / articles;
  }
  summary.words.mean = Math.round(summary.words.mean);
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Command line

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'cover-share': { type: 'string', default: '0.2' },
    },
  });
  if (!values.out) {
    console.error('usage: scripts/bench/corpus.ts --articles N --out DIR [--seed S] [--cover-share 0.2]');
    process.exit(2);
  }
  const started = performance.now();
  let result: CorpusSummary;
  try {
    result = await generateCorpus({ dir: values.out, articles: Number(values.articles), seed: Number(values.seed), coverShare: Number(values['cover-share']) });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${result.articles.length} articles in ${relative(process.cwd(), result.dir) || '.'} (${seconds} s): ` +
      `${result.covers} covers from ${result.distinctCovers} images, ${result.links} internal links, ` +
      `words mean ${result.words.mean} (${result.words.min}–${result.words.max})`,
  );
}
