// Builds the task pane into dist/: taskpane.html, its JS (a vendor chunk for React and Fluent UI,
// lazy chunks for dynamic import()), the icons, support.html and manifest.xml.
//
// Production (`npm run build`): file names carry a content hash, and every https://localhost:3000/
// in manifest.xml is rewritten to ADDIN_PUBLIC_URL (default https://www.contoso.com/, the
// placeholder of Microsoft's template), e.g. ADDIN_PUBLIC_URL=https://cchc.example.gov.vn/par/.
//
// Dev server (`npm run dev-server`, `npm start`): https on port 3000. It uses the Office dev
// certificate of office-addin-dev-certs when it can. On Linux it uses that certificate only if it
// is already installed (`npx office-addin-dev-certs install`), because installing needs sudo;
// otherwise, or when PAR_TRACKER_SELF_SIGNED=1, it falls back to webpack-dev-server's self-signed
// certificate, which the browser must be told to trust once.
"use strict";

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_SERVER_PORT, DEV_SERVER_URL, publicUrl } = require("./scripts/addin-urls");

/** Loads the dev-server messages (TypeScript) without registering tsx for the whole build. */
function sideloadMessages() {
  const { require: tsxRequire } = require("tsx/cjs/api");
  const { bilingual, formatMessage } = tsxRequire("./src/core/messages/message.ts", __filename);
  const { sideloadMessages: messages } = tsxRequire("./src/core/messages/sideload.ts", __filename);
  return { bilingual, formatMessage, messages };
}

/** The `server` option of webpack-dev-server: Office dev certificates, or a self-signed fallback. */
async function httpsServer() {
  const { bilingual, formatMessage, messages } = sideloadMessages();
  // `reason` is a Message, or a plain string (an error from office-addin-dev-certs) used in both languages.
  const selfSigned = (reason) => {
    const why = typeof reason === "string" ? { vi: reason, en: reason } : reason;
    const url = `${DEV_SERVER_URL}taskpane.html`;
    const text = {
      vi: formatMessage(messages.certSelfSigned, { reason: why.vi, url }).vi,
      en: formatMessage(messages.certSelfSigned, { reason: why.en, url }).en,
    };
    console.warn(bilingual(text));
    return { type: "https" };
  };
  if (process.env.PAR_TRACKER_SELF_SIGNED === "1") return selfSigned("PAR_TRACKER_SELF_SIGNED=1");
  try {
    const devCerts = require("office-addin-dev-certs");
    if (process.platform === "linux") {
      const defaults = require("office-addin-dev-certs/lib/defaults");
      const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
      if (!files.every((file) => fs.existsSync(file))) return selfSigned(messages.certNotInstalledLinux);
      const [ca, cert, key] = files.map((file) => fs.readFileSync(file));
      console.log(bilingual(messages.certOffice));
      return { type: "https", options: { ca, cert, key } };
    }
    const options = await devCerts.getHttpsServerOptions();
    console.log(bilingual(messages.certOffice));
    return { type: "https", options };
  } catch (error) {
    return selfSigned(error && error.message ? error.message.split("\n")[0] : String(error));
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const hashed = (name) => (production ? `${name}.[contenthash:8].js` : `${name}.js`);
  const productionUrl = publicUrl();

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: hashed("[name]"),
      chunkFilename: hashed("[name]"),
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type-checking is `npm run typecheck`'s job; the build only transpiles.
              transpileOnly: true,
              // ES modules let webpack tree-shake and turn import() into lazy chunks.
              compilerOptions: { module: "esnext", sourceMap: !production },
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/,
          type: "asset/resource",
          generator: { filename: production ? "assets/[name].[contenthash:8][ext]" : "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? content.toString("utf8").split(DEV_SERVER_URL).join(productionUrl) : content,
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // React and Fluent UI change rarely: one long-cached chunk loaded with the pane.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: "initial",
            priority: 10,
          },
        },
      },
    },
    performance: {
      // Served from localhost or the intranet and cached by the Office webview: warn only past 1 MB.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
      hints: production ? "warning" : false,
    },
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          host: "localhost",
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsServer(),
          // Office webviews show overlays over the pane; errors are enough, warnings go to the console.
          client: { overlay: { errors: true, warnings: false } },
          static: false,
        }
      : undefined,
  };
};
