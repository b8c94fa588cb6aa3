import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createClientEventThrottle, realtimeClientOptions } from "./realtime-provider";

describe("realtimeClientOptions", () => {
  it("uses the page's host when the realtime server is on loopback (a phone on the LAN)", () => {
    const options = realtimeClientOptions({ key: "k", host: "127.0.0.1", port: 6001, tls: false }, "192.168.1.20");
    expect(options).toMatchObject({ wsHost: "192.168.1.20", wsPort: 6001, wssPort: 6001, forceTLS: false, cluster: "" });
    expect(realtimeClientOptions({ key: "k", host: "localhost", port: 6001, tls: false }, "pitstop.test").wsHost).toBe("pitstop.test");
  });

  it("keeps a real host and connects to hosted Pusher through its cluster", () => {
    expect(realtimeClientOptions({ key: "k", host: "ws.pitstop.pl", port: 443, tls: true }, "pitstop.pl")).toMatchObject({
      wsHost: "ws.pitstop.pl",
      wssPort: 443,
      forceTLS: true,
    });
    const hosted = realtimeClientOptions({ key: "k", cluster: "eu", tls: true }, "pitstop.pl");
    expect(hosted.wsHost).toBeUndefined();
    expect(hosted).toMatchObject({ cluster: "eu", forceTLS: true });
  });

  it("authorises through Pitstop's endpoints over WebSockets only", () => {
    const options = realtimeClientOptions({ key: "k", host: "127.0.0.1", port: 6001, tls: false }, "localhost");
    expect(options.channelAuthorization).toEqual({ endpoint: "/api/pusher/auth", transport: "ajax" });
    expect(options.userAuthentication).toEqual({ endpoint: "/api/pusher/user-auth", transport: "ajax" });
    expect(options.enabledTransports).toEqual(["ws", "wss"]);
  });
});

describe("createClientEventThrottle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends the first event at once and the latest of a burst when the 2 s window ends", () => {
    const sent: unknown[] = [];
    const throttle = createClientEventThrottle(
      (_channel, _event, data) => sent.push(data) > 0,
      2_000,
      () => Date.now(),
    );
    throttle.trigger("c", "client-typing", 1);
    throttle.trigger("c", "client-typing", 2);
    throttle.trigger("c", "client-typing", 3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(1_999);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([1, 3]);
    // The flush opened a new window: the next one waits for it too.
    throttle.trigger("c", "client-typing", 4);
    expect(sent).toEqual([1, 3]);
    vi.advanceTimersByTime(2_000);
    expect(sent).toEqual([1, 3, 4]);
  });

  it("throttles each channel on its own and drops what is queued on dispose", () => {
    const sent: string[] = [];
    const throttle = createClientEventThrottle(
      (channel) => sent.push(channel) > 0,
      2_000,
      () => Date.now(),
    );
    throttle.trigger("a", "client-typing", null);
    throttle.trigger("b", "client-typing", null);
    throttle.trigger("a", "client-typing", null);
    expect(sent).toEqual(["a", "b"]);
    throttle.dispose();
    vi.advanceTimersByTime(5_000);
    expect(sent).toEqual(["a", "b"]);
  });

  it("does not count an event that could not be sent", () => {
    let up = false;
    const sent: number[] = [];
    const throttle = createClientEventThrottle(
      (_c, _e, data) => up && sent.push(data as number) > 0,
      2_000,
      () => Date.now(),
    );
    expect(throttle.trigger("c", "client-typing", 1)).toBe(false);
    up = true;
    expect(throttle.trigger("c", "client-typing", 2)).toBe(true);
    expect(sent).toEqual([2]);
  });
});
