/* eslint-disable no-undef */
const path = require("path");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = "https://www.contoso.com/"; // CHANGE THIS TO YOUR PRODUCTION DEPLOYMENT LOCATION

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

/** What Excel loads: the task pane and the custom functions (shared runtime). No emulator, no HyperFormula. */
function excel(dev) {
  return {
    ...common,
    name: "excel",
    entry: {
      taskpane: ["./src/taskpane/index.tsx", "./src/taskpane/taskpane.html"],
      functions: "./src/functions/functions.ts",
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
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
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

module.exports = async (env, options) => {
  const dev = options.mode === "development";
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
  return [{ ...excel(dev), devServer }, workbench()];
};
