/**
 * The fake OpenAI server as its own process (for benchmarks, so its work does not share the measured
 * process's event loop). Prints `{"url": …}` on the first line of stdout; stops on SIGTERM.
 * FAKE_FIRST_TOKEN_MS sets the first-token delay of every answer.
 */
import { startFakeOpenAI } from "./openai-server";

const fake = await startFakeOpenAI({
  script: {
    text: "Since when do you hear the noise, and on which wheel?",
    firstTokenDelayMs: Number(process.env.FAKE_FIRST_TOKEN_MS ?? 200),
  },
});
console.log(JSON.stringify({ url: fake.url }));
process.on("SIGTERM", () => void fake.close().then(() => process.exit(0)));
