/**
 * The other side's browsers for the chat benchmark, in a process of their own (as browsers are):
 * one pusher-js connection per conversation, each subscribed to its conversation's channel. Channel
 * authorisation is asked of the parent (the "server") over IPC, as a browser asks /api/pusher/auth.
 * Every received event is reported with its arrival time (wall clock, sub-millisecond).
 */
import PusherClient from "pusher-js";

type Setup = { type: "setup"; key: string; host: string; port: number; channels: string[]; events: string[] };
type AuthReply = { type: "auth"; reqId: number; ok: boolean; body: { auth: string; channel_data?: string } | { error: string } };

const send = (message: unknown) => process.send!(message);
const now = () => performance.timeOrigin + performance.now();
const pending = new Map<number, (reply: AuthReply) => void>();
let nextReq = 0;

process.on("message", (raw: Setup | AuthReply | { type: "stop" }) => {
  if (raw.type === "auth") pending.get(raw.reqId)?.(raw);
  else if (raw.type === "setup") void start(raw);
  else if (raw.type === "stop") process.exit(0);
});

async function start(setup: Setup) {
  await Promise.all(
    setup.channels.map(
      (name, index) =>
        new Promise<void>((resolve, reject) => {
          const client = new PusherClient(setup.key, {
            cluster: "",
            wsHost: setup.host,
            wsPort: setup.port,
            forceTLS: false,
            enabledTransports: ["ws"],
            channelAuthorization: {
              customHandler: ({ socketId, channelName }, callback) => {
                const reqId = nextReq++;
                pending.set(reqId, (reply) => {
                  pending.delete(reqId);
                  if (reply.ok) callback(null, reply.body as { auth: string });
                  else callback(new Error(JSON.stringify(reply.body)), null);
                });
                send({ type: "auth", reqId, index, socketId, channelName });
              },
            },
          });
          const channel = client.subscribe(name);
          channel.bind("pusher:subscription_succeeded", () => resolve());
          channel.bind("pusher:subscription_error", (e: unknown) => reject(new Error(JSON.stringify(e))));
          for (const event of setup.events) {
            channel.bind(event, (data: { id?: string; message?: { clientId?: string } }) => {
              const id = data.id ?? data.message?.clientId;
              if (id) send({ type: "recv", index, id, at: now() });
            });
          }
        }),
    ),
  );
  send({ type: "ready" });
}
