import { randomUUID } from "node:crypto";
import type { SessionUser } from "../../src/server/api/trpc";
import { callerFor } from "../helpers/caller";
import { createCustomer } from "./accounts";
import { addMember, createWorkshop } from "./workshops";
import { createProviderUser } from "./accounts";

/** A fresh client id, as the chat UI makes one per message. */
export const clientId = () => randomUUID();

/**
 * A workshop (owner + a mechanic) and a customer who has written to it once through the quick-contact
 * dialog. Returns the people, their tRPC callers and the conversation id.
 */
export async function createConversation(opts: { body?: string; serviceId?: boolean } = {}) {
  const [customer, mechanic] = await Promise.all([
    createCustomer({ name: "Anna Kowalska" }),
    createProviderUser({ name: "Marek Mechanik" }),
  ]);
  const { workshop, owner } = await createWorkshop({ name: `Serwis ${randomUUID().slice(0, 6)}` });
  await addMember(workshop.id, mechanic.id, "mechanic");
  const ownerUser = { ...(owner as SessionUser) };
  const api = { customer: callerFor(customer), owner: callerFor(ownerUser), mechanic: callerFor(mechanic) };
  const started = await api.customer.messaging.start({
    workshopId: workshop.id,
    body: opts.body ?? "Dzień dobry, czy macie wolny termin na wymianę klocków?",
    clientId: clientId(),
  });
  return { customer, owner: ownerUser, mechanic, workshop, api, conversationId: started.conversationId, first: started.message };
}
