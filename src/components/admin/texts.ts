import type { Label } from '../../core/label.js'

/** The admin components' own words, in both scripts (the label walk test reads them). */
export const ADMIN_TEXTS = {
  late: { zh: '已逾期', 'zh-TW': '已逾期' },
  publishedLate: { zh: '逾期发布', 'zh-TW': '逾期發布' },
} satisfies Record<string, Label>
