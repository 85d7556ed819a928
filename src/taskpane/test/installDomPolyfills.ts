/**
 * jsdom lacks browser APIs Fluent UI calls while rendering (positioning, motion, media queries), and has
 * no layout. Test files import this first; it installs inert stand-ins only where jsdom has none.
 */
export function installDomPolyfills(): void {
  if (typeof window.matchMedia !== "function") {
    window.matchMedia = (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
  if (typeof window.ResizeObserver !== "function") {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}

/**
 * Tabster (Fluent's keyboard navigation) treats an element as hidden when its offsetParent is null or the
 * body has no size, which is always so in jsdom: Tab and arrow keys would then skip every tab. This gives
 * displayed elements an offsetParent and every element a non-empty box, so keyboard tests can run.
 */
/** Hidden through the `hidden` attribute, here or above; CSS is not consulted, since computing styles in jsdom is slow. */
function isUndisplayed(element: Element): boolean {
  return element.closest("[hidden]") !== null;
}

export function installFakeLayout(): void {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement): Element | null {
      if (this === document.body || isUndisplayed(this)) return null;
      return this.parentElement;
    },
  });
  Element.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
    return { x: 0, y: 0, top: 0, left: 0, right: 100, bottom: 20, width: 100, height: 20, toJSON: () => ({}) };
  };
}

installDomPolyfills();
installFakeLayout();
