import { CLUTTER_CATEGORIES, type ClutterCategory } from '../rules/categories';
import { categoryKey, english, type Translate } from '../i18n/translate';

/** How a clutter category is named to the reader (settings page, the panel's list). */
export const categoryLabel = (category: ClutterCategory, t: Translate = english): string => t(categoryKey(category));

/** The names in English (the tests, the command line). */
export const CATEGORY_LABELS = Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, categoryLabel(c)])) as Record<ClutterCategory, string>;
