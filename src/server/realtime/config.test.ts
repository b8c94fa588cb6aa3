import { describe, expect, it } from "vitest";
import { PUSHER_LIMITS, localRealtime, soketiOptions, webhookUrl } from "../../../scripts/soketi-config.mjs";
import { publicRealtimeConfig, pusherOptions, type RealtimeEnv } from "./config";

const local: RealtimeEnv = {
  PUSHER_APP_ID: "pitstop",
  PUSHER_KEY: "pitstop-key",
  PUSHER_SECRET: "pitstop-secret",
  PUSHER_CLUSTER: undefined,
  PUSHER_HOST: undefined,
  PUSHER_PORT: 6001,
  PUSHER_USE_TLS: false,
  PUSHER_PUBLIC_HOST: undefined,
  PUSHER_PUBLIC_PORT: undefined,
  PUSHER_PUBLIC_TLS: undefined,
};
const hosted: RealtimeEnv = { ...local, PUSHER_CLUSTER: "eu", PUSHER_KEY: "abc", PUSHER_SECRET: "s3cret" };

describe("pusherOptions", () => {
  it("publishes to the local soketi by default", () => {
    expect(pusherOptions(local)).toMatchObject({ appId: "pitstop", key: "pitstop-key", host: "127.0.0.1", port: "6001", useTLS: false });
  });

  it("publishes to hosted Pusher over TLS when only the cluster is set", () => {
    const options = pusherOptions(hosted);
    expect(options).toMatchObject({ cluster: "eu", useTLS: true });
    expect(options).not.toHaveProperty("host");
  });

  it("prefers an explicit host to the cluster", () => {
    expect(pusherOptions({ ...hosted, PUSHER_HOST: "soketi.internal", PUSHER_PORT: 443, PUSHER_USE_TLS: true })).toMatchObject({
      host: "soketi.internal",
      port: "443",
      useTLS: true,
    });
  });

  it("gives up a publish after 2 s", () => {
    expect(pusherOptions(local).timeout).toBe(2_000);
  });
});

describe("publicRealtimeConfig", () => {
  it("gives browsers the key, host, port and TLS, never the secret", () => {
    const config = publicRealtimeConfig(local);
    expect(config).toEqual({ key: "pitstop-key", host: "127.0.0.1", port: 6001, tls: false });
    expect(JSON.stringify(publicRealtimeConfig(hosted))).not.toContain("s3cret");
  });

  it("gives the cluster alone for hosted Pusher", () => {
    expect(publicRealtimeConfig(hosted)).toEqual({ key: "abc", cluster: "eu", tls: true });
  });

  it("takes the PUSHER_PUBLIC_* overrides (a proxy in front of soketi)", () => {
    expect(
      publicRealtimeConfig({ ...local, PUSHER_PUBLIC_HOST: "ws.pitstop.pl", PUSHER_PUBLIC_PORT: 443, PUSHER_PUBLIC_TLS: "true" }),
    ).toEqual({ key: "pitstop-key", host: "ws.pitstop.pl", port: 443, tls: true });
  });
});

describe("local soketi configuration", () => {
  it("runs only without a cluster and with a local (or no) PUSHER_HOST", () => {
    expect(localRealtime({})).toEqual({ local: true });
    expect(localRealtime({ PUSHER_HOST: "127.0.0.1", PUSHER_CLUSTER: "" })).toEqual({ local: true });
    expect(localRealtime({ PUSHER_HOST: "localhost" })).toEqual({ local: true });
    expect(localRealtime({ PUSHER_CLUSTER: "eu" })).toMatchObject({ local: false });
    expect(localRealtime({ PUSHER_HOST: "soketi.internal" })).toMatchObject({ local: false });
  });

  it("sends webhooks to APP_URL, else to the local Next.js on PORT", () => {
    expect(webhookUrl({})).toBe("http://127.0.0.1:3000/api/pusher/webhook");
    expect(webhookUrl({ PORT: "4000" })).toBe("http://127.0.0.1:4000/api/pusher/webhook");
    expect(webhookUrl({ APP_URL: "https://pitstop.example/" })).toBe("https://pitstop.example/api/pusher/webhook");
  });

  it("configures the app from PUSHER_* with Pusher's limits", () => {
    const options = soketiOptions({ PUSHER_APP_ID: "a", PUSHER_KEY: "k", PUSHER_SECRET: "s", PUSHER_PORT: "7001" });
    expect(options).toMatchObject({
      port: 7001,
      "appManager.array.apps.0.id": "a",
      "appManager.array.apps.0.key": "k",
      "appManager.array.apps.0.secret": "s",
      "appManager.array.apps.0.enableClientMessages": true,
      "appManager.array.apps.0.maxClientEventsPerSecond": 10,
      "eventLimits.maxPayloadInKb": 10,
      "presence.maxMemberSizeInKb": 1,
      "presence.maxMembersPerChannel": 100,
      "channelLimits.maxNameLength": PUSHER_LIMITS.maxChannelNameLength,
      "metrics.enabled": false,
    });
    expect(options["appManager.array.apps.0.webhooks"]).toEqual([
      {
        url: "http://127.0.0.1:3000/api/pusher/webhook",
        event_types: ["channel_occupied", "channel_vacated", "member_added", "member_removed"],
      },
    ]);
    expect(soketiOptions({}, { webhookUrl: null })["appManager.array.apps.0.webhooks"]).toEqual([]);
  });
});
