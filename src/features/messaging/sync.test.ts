import { describe, expect, it } from "vitest";
import { lastSeqOf, mergeMessages, mergePresence, mergeReceipts, receiptOf, unconfirmed } from "./sync";
import type { MessageView, Receipts } from "./types";

const message = (seq: number, patch: Partial<MessageView> = {}): MessageView => ({
  id: `m${seq}`,
  conversationId: "c",
  seq,
  type: "text",
  senderSide: seq % 2 ? "customer" : "workshop",
  senderId: null,
  senderName: null,
  body: `#${seq}`,
  attachment: null,
  location: null,
  quote: null,
  proposal: null,
  system: null,
  clientId: `client-${seq}`,
  editedAt: null,
  erased: null,
  createdAt: "2026-12-01T10:00:00.000Z",
  ...patch,
});

describe("mergeMessages", () => {
  it("keeps one copy per message, in seq order, whatever order they arrive in", () => {
    const live = mergeMessages([], [message(3)]);
    const caughtUp = mergeMessages(live, [message(1), message(2), message(3)]);
    expect(caughtUp.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(mergeMessages(caughtUp, [message(2)])).toBe(caughtUp);
  });

  it("lets a later version win (edited, erased, quote answered), never an older one", () => {
    const edited = message(1, { body: "poprawione", editedAt: "2026-12-01T10:05:00.000Z" });
    const list = mergeMessages([message(1)], [edited]);
    expect(list[0]!.body).toBe("poprawione");
    expect(mergeMessages(list, [message(1)])[0]!.body).toBe("poprawione");
    const erased = mergeMessages(list, [message(1, { erased: "moderator", body: "" })]);
    expect(erased[0]!.erased).toBe("moderator");
  });
});

describe("receipts", () => {
  const receipts: Receipts = {
    customer: { deliveredSeq: 5, readSeq: 5, readAt: null },
    workshop: { deliveredSeq: 4, readSeq: 2, readAt: "2026-12-01T10:00:00.000Z" },
  };

  it("my message is read, delivered or only sent by the other side's markers", () => {
    expect(receiptOf({ seq: 2 }, receipts, "customer")).toBe("read");
    expect(receiptOf({ seq: 3 }, receipts, "customer")).toBe("delivered");
    expect(receiptOf({ seq: 5 }, receipts, "customer")).toBe("sent");
    expect(receiptOf({ seq: 5 }, receipts, "workshop")).toBe("read");
  });

  it("markers only move forward, so a late event changes nothing", () => {
    const older: Receipts = { ...receipts, workshop: { deliveredSeq: 1, readSeq: 1, readAt: null } };
    expect(mergeReceipts(receipts, older)).toEqual(receipts);
    const newer: Receipts = { ...receipts, workshop: { deliveredSeq: 6, readSeq: 6, readAt: "2026-12-01T11:00:00.000Z" } };
    expect(mergeReceipts(receipts, newer).workshop).toEqual(newer.workshop);
  });
});

describe("pending sends and catch-up points", () => {
  it("drops a pending message once the server's copy with its client id is in the list", () => {
    const pending = [
      { clientId: "client-2", body: "#2", createdAt: "" },
      { clientId: "client-9", body: "jeszcze nie", createdAt: "" },
    ];
    expect(unconfirmed(pending, [message(1), message(2)]).map((p) => p.clientId)).toEqual(["client-9"]);
  });

  it("knows the newest seq held", () => {
    const list = [message(1), message(2), message(3)];
    expect(lastSeqOf(list)).toBe(3);
    expect(lastSeqOf([])).toBe(0);
  });
});

describe("presence", () => {
  const online = { online: true, lastSeenAt: "2026-12-06T10:00:00.000Z" };
  const offline = { online: false, lastSeenAt: "2026-12-06T10:05:00.000Z" };
  it("a refetch that answers after the push cannot bring 'online' back", () => {
    expect(mergePresence(offline, online)).toEqual(offline);
  });
  it("a newer change wins, and the first value is taken as is", () => {
    expect(mergePresence(online, offline)).toEqual(offline);
    expect(mergePresence(null, online)).toEqual(online);
    expect(mergePresence({ online: false, lastSeenAt: null }, online)).toEqual(online);
  });
});

describe("visit proposals", () => {
  const proposal = (status: "pending" | "accepted") => ({
    serviceId: "s",
    serviceName: "Klocki",
    startsAt: "2026-12-07T10:00:00.000Z",
    endsAt: "2026-12-07T11:00:00.000Z",
    status,
    bookingId: status === "accepted" ? "b" : null,
  });
  it("an answered proposal replaces the pending one on screen, and a late pending copy does not bring it back", () => {
    const pending = message(1, { type: "booking", proposal: proposal("pending") });
    const accepted = message(1, { type: "booking", proposal: proposal("accepted") });
    expect(mergeMessages([pending], [accepted])[0]!.proposal?.status).toBe("accepted");
    expect(mergeMessages([accepted], [pending])[0]!.proposal?.status).toBe("accepted");
  });
});
