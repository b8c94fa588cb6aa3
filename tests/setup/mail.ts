import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMailCapture } from "../../scripts/mail-capture-server.mjs";

/**
 * Starts one local SMTP capture server for the integration run and points Pitstop's default mailer
 * at it (MAIL_CAPTURE_PORT / MAIL_CAPTURE_DIR, inherited by the forked test workers), so e-mails
 * that jobs send inline while a test runs (booking confirmations…) are delivered, not refused.
 * Tests that read mail start their own mailer or capture server.
 */
export default async function setup() {
  const dir = await mkdtemp(path.join(tmpdir(), "pitstop-test-mail-"));
  const capture = await startMailCapture({ port: 0, dir });
  process.env.MAIL_CAPTURE_PORT = String(capture.port);
  process.env.MAIL_CAPTURE_DIR = dir;
  delete process.env.SMTP_URL;
  return async () => {
    await capture.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
