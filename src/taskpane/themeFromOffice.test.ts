import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { DARK_LUMINANCE_THRESHOLD, relativeLuminance, themeFromOffice } from "./themeFromOffice";

const hexByte = (value: number): string => value.toString(16).padStart(2, "0");

describe("relativeLuminance", () => {
  it.each([
    ["#000000", 0],
    ["#ffffff", 1],
    ["#FFF", 1],
    ["#808080", 0.2158605],
    ["#ff0000", 0.2126],
    ["#00ff00", 0.7152],
    ["0000ff", 0.0722],
  ])("%s has luminance %d", (color, expected) => {
    expect(relativeLuminance(color)).toBeCloseTo(expected, 6);
  });

  it.each(["", "red", "#12345", "#ggg000", "rgb(0,0,0)"])("rejects %p", (color) => {
    expect(relativeLuminance(color)).toBeUndefined();
  });
});

describe("themeFromOffice", () => {
  it.each([
    ["isDarkTheme true wins over a light background", { isDarkTheme: true, bodyBackgroundColor: "#ffffff" }, "dark"],
    ["isDarkTheme false wins over a dark background", { isDarkTheme: false, bodyBackgroundColor: "#000000" }, "light"],
    ["near-black background", { bodyBackgroundColor: "#262626" }, "dark"],
    ["dark grey background", { bodyBackgroundColor: "#666666" }, "dark"],
    ["light grey background", { bodyBackgroundColor: "#E6E6E6" }, "light"],
    ["white background", { bodyBackgroundColor: "#FFFFFF" }, "light"],
    ["mid grey is light", { bodyBackgroundColor: "#808080" }, "light"],
    ["short hex", { bodyBackgroundColor: "#222" }, "dark"],
    ["unparseable colour", { bodyBackgroundColor: "transparent" }, undefined],
    ["no colour at all", {}, undefined],
  ] as const)("%s", (_name, theme, expected) => {
    expect(themeFromOffice(theme)).toBe(expected);
  });

  it("gives no theme when Office gives none", () => {
    expect(themeFromOffice(undefined)).toBeUndefined();
  });

  it("calls a background dark exactly when white text contrasts with it better than black text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        (r, g, b) => {
          const color = `#${hexByte(r)}${hexByte(g)}${hexByte(b)}`;
          const luminance = relativeLuminance(color) ?? Number.NaN;
          const contrastWithWhite = 1.05 / (luminance + 0.05);
          const contrastWithBlack = (luminance + 0.05) / 0.05;
          expect(themeFromOffice({ bodyBackgroundColor: color })).toBe(
            contrastWithWhite > contrastWithBlack ? "dark" : "light",
          );
        },
      ),
    );
  });

  it("is monotonic over greys: a grey darker than a dark grey is dark too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (a, b) => {
        const [darker, lighter] = a <= b ? [a, b] : [b, a];
        const grey = (v: number) => ({ bodyBackgroundColor: `#${hexByte(v).repeat(3)}` });
        if (themeFromOffice(grey(lighter)) === "dark") expect(themeFromOffice(grey(darker))).toBe("dark");
        expect(relativeLuminance(grey(darker).bodyBackgroundColor)).toBeLessThanOrEqual(
          relativeLuminance(grey(lighter).bodyBackgroundColor) ?? Number.NaN,
        );
      }),
    );
  });

  it("puts the threshold where the two contrasts meet", () => {
    const contrastWithWhite = 1.05 / (DARK_LUMINANCE_THRESHOLD + 0.05);
    const contrastWithBlack = (DARK_LUMINANCE_THRESHOLD + 0.05) / 0.05;
    expect(contrastWithWhite).toBeCloseTo(contrastWithBlack, 10);
  });
});
