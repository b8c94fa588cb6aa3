import { describe, expect, it } from "vitest";
import { PUSHER_LIMITS } from "../../../scripts/soketi-config.mjs";
import { REALTIME_EVENTS, conversationChannel, parseChannel, userChannel, workshopPresenceChannel } from "./channels";

const ID = "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b";

describe("channel names", () => {
  it("builds the three channel families with their Pusher prefixes", () => {
    expect(conversationChannel(ID)).toBe(`private-conversation-${ID}`);
    expect(userChannel(ID)).toBe(`private-user-${ID}`);
    expect(workshopPresenceChannel(ID)).toBe(`presence-workshop-${ID}`);
  });

  it("reads each family back to its kind and id", () => {
    expect(parseChannel(conversationChannel(ID))).toEqual({ kind: "conversation", id: ID });
    expect(parseChannel(userChannel(ID))).toEqual({ kind: "user", id: ID });
    expect(parseChannel(workshopPresenceChannel(ID))).toEqual({ kind: "workshop", id: ID });
  });

  it.each([
    ["a public channel", `conversation-${ID}`],
    ["the wrong prefix for the kind", `presence-conversation-${ID}`],
    ["a private workshop channel", `private-workshop-${ID}`],
    ["an encrypted channel", `private-encrypted-conversation-${ID}`],
    ["an unknown kind", `private-booking-${ID}`],
    ["a non-uuid id", "private-user-42"],
    ["an uppercase uuid", `private-user-${ID.toUpperCase()}`],
    ["trailing text", `private-user-${ID}-x`],
    ["leading text", `x-private-user-${ID}`],
    ["a second id", `private-user-${ID}-${ID}`],
    ["an empty string", ""],
  ])("refuses %s", (_label, name) => {
    expect(parseChannel(name)).toBeNull();
  });

  it("stays within Pusher's channel name length and character set", () => {
    for (const name of [conversationChannel(ID), userChannel(ID), workshopPresenceChannel(ID)]) {
      expect(name.length).toBeLessThanOrEqual(PUSHER_LIMITS.maxChannelNameLength);
      expect(name).toMatch(/^[A-Za-z0-9_\-=@,.;]+$/);
    }
  });
});

describe("event names", () => {
  it("are unique, and only typing is a client event", () => {
    const names = Object.values(REALTIME_EVENTS);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => name.startsWith("client-"))).toEqual([REALTIME_EVENTS.typing]);
    expect(REALTIME_EVENTS.message).toBe("message.created");
  });
});
