import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { aiModerationJob, unreadEmailJob } from "../../src/features/messaging/server";
import { inngestFunctions } from "../../src/server/jobs/functions";
import { toInngestFunction } from "../../src/server/jobs/inngest";

/**
 * The messaging jobs as Inngest runs them (@inngest/test): registered at /api/inngest with their
 * events, the unread-messages e-mail waiting, claiming, then sending one step per recipient. The
 * steps' own work (database, SMTP) is tested in messaging-delivery.test.ts; here it is stubbed.
 */
describe("messaging jobs on Inngest", () => {
  it("are served at /api/inngest, triggered by their events", () => {
    const triggers = inngestFunctions.map((fn) => [
      fn.id(),
      fn["getConfig"]({ baseUrl: new URL("http://localhost/api/inngest"), appPrefix: "pitstop" })[0]?.triggers,
    ]);
    expect(triggers).toEqual(
      expect.arrayContaining([
        ["messaging-unread-email", [{ event: "messaging/message.sent" }]],
        ["messaging-ai-moderation", [{ event: "messaging/message.check" }]],
      ]),
    );
  });

  it("the unread e-mail waits for the reader, claims once, then sends one step per recipient", async () => {
    const engine = new InngestTestEngine({ function: toInngestFunction(unreadEmailJob) });
    const digest = {
      conversationId: "c1",
      workshopId: "w1",
      side: "customer",
      fromName: "Auto-Serwis",
      unread: 1,
      messages: [],
      recipients: [{ email: "anna@example.com", name: "Anna", locale: "pl" }],
    };
    const { result, ctx } = await engine.execute({
      events: [{ name: "messaging/message.sent", data: { conversationId: "c1", seq: 3, senderSide: "workshop" } }],
      steps: [
        { id: "wait-for-the-reader", handler: () => null },
        { id: "claim", handler: () => digest },
        { id: "send-anna@example.com", handler: () => ({ to: "anna@example.com" }) },
      ],
    });
    expect(ctx.step.sleep).toHaveBeenCalledWith("wait-for-the-reader", 120_000);
    expect(result).toEqual({ sent: 1 });
  });

  it("the AI check does nothing without a configured model", async () => {
    const engine = new InngestTestEngine({ function: toInngestFunction(aiModerationJob) });
    const { result } = await engine.execute({ events: [{ name: "messaging/message.check", data: { conversationId: "c1", seq: 3 } }] });
    expect(result).toEqual({ checked: false, flagged: false });
  });
});
