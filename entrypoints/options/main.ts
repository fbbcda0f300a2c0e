import { CLUTTER_CATEGORIES } from '../../src/rules/categories';
import { categoryLabel } from '../../src/extension/category-labels';
import { localizePage, t } from '../../src/extension/i18n';
import type { Settings } from '../../src/extension/settings';
import { loadSettings, settingsItem } from '../../src/extension/storage';
import { wireRulesList } from './rules';
import '../../src/ui/controls.css';

/** The settings page: one checkbox per clutter category, and clean view for every article. */
const form = document.getElementById('settings') as HTMLFormElement;
const categories = document.getElementById('categories') as HTMLFieldSetElement;
for (const category of CLUTTER_CATEGORIES) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = `hide:${category}`;
  label.append(box, ` ${categoryLabel(category, t)}`);
  categories.append(label);
}

function show(settings: Settings): void {
  for (const category of CLUTTER_CATEGORIES)
    (form.elements.namedItem(`hide:${category}`) as HTMLInputElement).checked = settings.hide[category];
  (form.elements.namedItem('cleanViewByDefault') as HTMLInputElement).checked = settings.cleanViewByDefault;
}

form.addEventListener('change', () => {
  const hide = Object.fromEntries(
    CLUTTER_CATEGORIES.map((c) => [c, (form.elements.namedItem(`hide:${c}`) as HTMLInputElement).checked]),
  ) as Settings['hide'];
  const cleanViewByDefault = (form.elements.namedItem('cleanViewByDefault') as HTMLInputElement).checked;
  void settingsItem.setValue({ hide, cleanViewByDefault }).then(() => {
    (document.getElementById('saved') as HTMLElement).textContent = t('saved');
  });
});

localizePage(document);
void loadSettings().then(show);
wireRulesList();
