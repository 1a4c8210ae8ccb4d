import css from './control.css?inline';

let shared: CSSStyleSheet | null | undefined;

/** Gives a shadow root the control's styles: one constructable sheet shared by every card. */
export function adoptStyles(root: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    } catch {
      shared = null;
    }
  }
  try {
    if (shared) {
      root.adoptedStyleSheets = [shared];
      return;
    }
  } catch {
    // Firefox content scripts cannot always hand a sheet across the Xray boundary; use a style element.
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}
