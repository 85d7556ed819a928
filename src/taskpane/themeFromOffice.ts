import type { ThemeMode } from "./hostServices";

/** The fields of Office.OfficeTheme the pane reads; every one may be missing in older builds. */
export interface OfficeThemeColors {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/**
 * Relative luminance below which white text contrasts better than black text (WCAG contrast ratios
 * (1.05)/(L+0.05) and (L+0.05)/0.05 are equal at L = √0.0525 − 0.05 ≈ 0.179): a background that dark
 * calls for the dark theme.
 */
export const DARK_LUMINANCE_THRESHOLD = Math.sqrt(1.05 * 0.05) - 0.05;

/** WCAG relative luminance of a `#rgb` or `#rrggbb` colour, or undefined when the text is not such a colour. */
export function relativeLuminance(color: string): number | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join("") : match[1];
  const channel = (offset: number): number => {
    const srgb = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Picks the pane's theme from the Office theme: `isDarkTheme` where Office provides it, otherwise the
 * luminance of the body background (older builds give only colours). Undefined when Office gives neither.
 */
export function themeFromOffice(theme: OfficeThemeColors | undefined): ThemeMode | undefined {
  if (!theme) return undefined;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  if (typeof theme.bodyBackgroundColor !== "string") return undefined;
  const luminance = relativeLuminance(theme.bodyBackgroundColor);
  if (luminance === undefined) return undefined;
  return luminance < DARK_LUMINANCE_THRESHOLD ? "dark" : "light";
}
