// soketi 1.6.1 runs on µWebSockets.js. The build the project installs (trufflesuite's
// uws-js-unofficial 20.30, package.json `overrides`) has native binaries for Node 16/18/20 only; on
// Node 22 and 24 it falls back to a Node implementation (http + ws) written for Ganache, which lacks
// what soketi uses: routes with parameters and query strings (`/app/:key?protocol=7`,
// `/apps/:id/events?auth_signature=…`), custom WebSocket upgrades, `end(code)` without a message.
// These patches fill exactly those gaps, so `npm run dev` works on every Node the project supports.
import { createRequire } from "node:module";

/** Whether µWS has no native build for this Node (or UWS_USE_FALLBACK forces its Node implementation). */
export function usesUwsFallback(uwsDir) {
  if (/^(1|true)$/i.test(process.env.UWS_USE_FALLBACK ?? "")) return true;
  const require = createRequire(`${uwsDir}/`);
  try {
    require.resolve(`./binaries/uws_${process.platform}_${process.arch}_${process.versions.modules}.node`);
    return false;
  } catch {
    return true;
  }
}

/**
 * Patches µWS' Node fallback (found in `uwsDir`) so soketi works on it. Call before soketi creates
 * its apps. Nothing here runs when the native build is used.
 */
export function patchUwsFallback(uwsDir) {
  const require = createRequire(`${uwsDir}/`);
  const { HttpContext } = require("./dist/http-context.js");
  const { HttpRequest } = require("./dist/http-request.js");
  const { WebSocket } = require("./dist/websocket.js");

  // µWS routes on the path alone and hands the query string over separately.
  HttpContext.prototype.handleRequest = function handleRequest(req, res) {
    this.router.setUserData(req, res);
    if (!req.method || !req.url || !this.router.route(req.method.toLowerCase(), splitUrl(req.url).path)) res.destroy();
  };
  HttpRequest.prototype.getUrl = function getUrl() {
    return splitUrl(this.request.url ?? "/").path;
  };
  HttpRequest.prototype.getQuery = function getQuery(key) {
    const { query } = splitUrl(this.request.url ?? "/");
    return key === undefined ? query : (new URLSearchParams(query).get(key) ?? undefined);
  };

  // soketi answers upgrades itself (it checks the app key first): emulate µWS' res.upgrade().
  HttpContext.prototype.handleHttpUpgrade = function handleHttpUpgrade(request, socket, head) {
    const { path, query } = splitUrl(request.url ?? "/");
    for (const [pattern, behavior] of this.wsServer ? this.wsBehaviors : []) {
      const params = matchRoute(pattern, path);
      if (!params) continue;
      const req = {
        getParameter: (index) => params[index] ?? "",
        getHeader: (name) => [request.headers[name] ?? ""].flat().join(", "),
        getUrl: () => path,
        getQuery: () => query,
        getMethod: () => "get",
      };
      const res = {
        getRemoteAddressAsText: () => textBuffer(socket.remoteAddress ?? ""),
        getProxiedRemoteAddressAsText: () => textBuffer(""),
        onAborted: () => res,
        upgrade: (userData) =>
          this.wsServer.handleUpgrade(request, socket, head, (internal) => {
            const ws = new WebSocket(internal);
            // µWS exposes the upgrade's user data as properties of the socket.
            Object.assign(ws, userData);
            ws.initialize(behavior);
            this.wsServer.emit("connection", internal, request);
          }),
      };
      if (typeof behavior.upgrade === "function") behavior.upgrade(res, req, null);
      else res.upgrade({});
      return;
    }
    socket.destroy();
  };

  const initialize = WebSocket.prototype.initialize;
  WebSocket.prototype.initialize = function initializeSafely(behavior) {
    initialize.call(this, behavior);
    // The fallback rethrows protocol errors from a misbehaving client, which would end the server.
    this.internalWs.removeAllListeners("error");
    this.internalWs.on("error", () => this.internalWs.terminate());
  };
  WebSocket.prototype.end = function end(code, shortMessage) {
    this.internalWs.close(code, shortMessage === undefined ? undefined : String(shortMessage));
    return this;
  };
}

function splitUrl(url) {
  const at = url.indexOf("?");
  return at < 0 ? { path: url, query: "" } : { path: url.slice(0, at), query: url.slice(at + 1) };
}

/** Matches "/app/:id"-style patterns (and a trailing "*"); returns the parameters in order, or null. */
function matchRoute(pattern, path) {
  const want = pattern.split("/");
  const got = path.split("/");
  const params = [];
  for (let i = 0; i < want.length; i++) {
    if (want[i] === "*") return params;
    if (got[i] === undefined) return null;
    if (want[i].startsWith(":")) params.push(safeDecode(got[i]));
    else if (want[i] !== got[i]) return null;
  }
  return got.length === want.length ? params : null;
}

function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function textBuffer(text) {
  const bytes = new TextEncoder().encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
