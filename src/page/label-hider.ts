/**
 * Hides what the label rules find (an ad in markup no selector knows) by marking its widget
 * with an attribute the stylesheet hides. The site's DOM is touched only there: widgets the
 * stylesheet already hides are left alone.
 */
import type { ClutterCategory } from '../rules/categories';
import { labelWidgets, planLabels, type LabelPlan } from '../rules/labels';
import type { ClutterRule } from '../rules/rules';
import { HIDDEN_ATTRIBUTE } from '../rules/stylesheet';

export interface LabelHider {
  /** Hide the widgets of labels under `root` (only those after `after`, when given): how many it found. */
  hideIn(root: Node, after?: Node): number;
  /** Whether a selector rule of the plan hides something under `root`: the markup is SCMP's own. */
  knowsMarkupOf(root: ParentNode): boolean;
  /** Plan again for other categories, and show what the old plan hid. */
  replan(categories: ReadonlySet<ClutterCategory>): void;
  unhideAll(): void;
}

export function createLabelHider(doc: Document, rules: readonly ClutterRule[], categories: ReadonlySet<ClutterCategory>): LabelHider {
  let plan: LabelPlan = planLabels(rules, categories);
  const hider: LabelHider = {
    hideIn(root, after) {
      const widgets = labelWidgets(root as ParentNode, plan, { after });
      for (const { rule, element } of widgets) {
        if (!element.closest(`[${HIDDEN_ATTRIBUTE}]`)) element.setAttribute(HIDDEN_ATTRIBUTE, rule.id);
      }
      return widgets.length;
    },
    knowsMarkupOf: (root) => !!plan.hiddenBySelector && root.querySelector(plan.hiddenBySelector) !== null,
    replan(next) {
      plan = planLabels(rules, next);
      hider.unhideAll();
    },
    unhideAll() {
      for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`))) el.removeAttribute(HIDDEN_ATTRIBUTE);
    },
  };
  return hider;
}
