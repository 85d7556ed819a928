/**
 * jsdom lacks browser APIs Fluent UI calls while rendering (positioning, motion, media queries).
 * Test files import this first; it installs inert stand-ins only where jsdom has none.
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

installDomPolyfills();
