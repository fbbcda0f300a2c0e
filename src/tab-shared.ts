/**
 * State shared by the two scripts the extension runs in one tab (the document_start declutter
 * script and the on-demand reader). Both run in the extension's isolated world, which has one
 * global object per frame; the page cannot see it.
 */
export interface TabShared {
  paused: boolean;
  cleanView: boolean;
  /** Set by the reader once injected. */
  setCleanView?: (on: boolean | 'toggle') => boolean;
  /** Set by the reader: the URL changed without a load. */
  onNavigate?: () => void;
}

const KEY = Symbol.for('scmp-declutter.tab');

export function tabShared(): TabShared {
  const g = globalThis as typeof globalThis & { [KEY]?: TabShared };
  g[KEY] ??= { paused: false, cleanView: false };
  return g[KEY];
}
