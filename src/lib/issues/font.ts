import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The printed issues' font: Be Vietnam Pro Regular, one TTF file from one npm package, with every
 * Vietnamese letter in one file (split subsets make PDF text extractors read "H ộ i").
 */
export const ISSUE_FONT_FILE = createRequire(join(process.cwd(), 'package.json')).resolve(
  '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
);
/** The family name the print layout declares with @font-face. */
export const ISSUE_FONT_FAMILY = 'Bantin Print';
