// Where the add-in is served from. Shared by webpack.config.js, scripts/start.js and
// scripts/check-manifest.ts so that the dev URL and the production rewrite never drift apart.
"use strict";

/** Port of the webpack dev server; manifest.xml names it in every URL. */
const DEV_SERVER_PORT = 3000;

/** The base of every URL in manifest.xml (the source manifest always points at the dev server). */
const DEV_SERVER_URL = `https://localhost:${DEV_SERVER_PORT}/`;

/** Production base when ADDIN_PUBLIC_URL is not set: the placeholder of Microsoft's add-in template. */
const DEFAULT_PUBLIC_URL = "https://www.contoso.com/";

/**
 * The production base URL that `npm run build` writes into dist/manifest.xml: ADDIN_PUBLIC_URL
 * (for example https://cchc.example.gov.vn/par-tracker/), always ending in "/".
 */
function publicUrl(env = process.env) {
  const value = (env.ADDIN_PUBLIC_URL || "").trim() || DEFAULT_PUBLIC_URL;
  return value.endsWith("/") ? value : `${value}/`;
}

module.exports = { DEV_SERVER_PORT, DEV_SERVER_URL, DEFAULT_PUBLIC_URL, publicUrl };
