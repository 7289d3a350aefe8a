/* eslint-disable no-undef */
const path = require("path");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** https with the Office dev certificates where they can be made, plain http on localhost otherwise. */
async function serverOptions() {
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch {
    return { type: "http" };
  }
}

const typescript = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
  },
};

const common = {
  devtool: "source-map",
  resolve: { extensions: [".ts", ".tsx", ".html", ".js"] },
  performance: { hints: false },
};

/**
 * What Excel loads: the task pane and the custom functions (shared runtime), and the page that builds the .docx in
 * the user's browser. No emulator, no HyperFormula. The manifest is copied as it is (the dev server's URLs);
 * scripts/package-host.ts rewrites it for ADDIN_HOST after the build.
 */
function excel() {
  return {
    ...common,
    name: "excel",
    entry: {
      taskpane: ["./src/taskpane/index.tsx", "./src/taskpane/taskpane.html"],
      functions: "./src/functions/functions.ts",
      document: "./src/documentPage/main.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: { keep: /^(workbench|samples)/ } },
    module: {
      rules: [typescript, { test: /\.html$/, exclude: /node_modules/, use: "html-loader" }],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "document.html",
        template: "./src/documentPage/document.html",
        chunks: ["document"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          { from: "manifest*.xml", to: "[name][ext]" },
        ],
      }),
    ],
  };
}

/** The workbench page: the emulator (HyperFormula, GPL-3.0; ExcelJS) beside the task pane. Excel never loads it. */
function workbench() {
  return {
    ...common,
    name: "workbench",
    entry: { workbench: "./src/workbench/main.tsx" },
    output: { path: path.resolve(__dirname, "dist"), clean: false },
    module: { rules: [typescript] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/samples/*.xlsx", to: "samples/[name][ext]" }],
      }),
    ],
  };
}

module.exports = async (env) => {
  const devServer = {
    headers: { "Access-Control-Allow-Origin": "*" },
    // The workbench needs no certificate: plain http on localhost.
    server: env.WEBPACK_BUILD || env.workbench ? { type: "http" } : await serverOptions(),
    port: process.env.npm_package_config_dev_server_port || 3000,
    open: false,
    onListening: (server) => {
      const { port } = server.server.address();
      const scheme = env.workbench ? "http" : "https";
      console.log(
        `\n  Workbench: ${scheme}://localhost:${port}/workbench.html\n  Task pane: ${scheme}://localhost:${port}/taskpane.html\n`
      );
    },
  };
  return [{ ...excel(), devServer }, workbench()];
};
