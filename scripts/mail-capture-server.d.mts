/** Types of scripts/mail-capture-server.mjs, for the tests that start it. */

export declare const MAX_MESSAGE_BYTES: number;

/** A time-sortable id that is also a safe file name, e.g. "20250501T100000123Z-0001-3fa2c1". */
export declare function newMailId(now?: Date): string;

export type MailCapture = {
  /** The port it listens on (the free one picked when asked for 0). */
  port: number;
  /** Absolute path of the directory the messages are written to. */
  dir: string;
  stop(): Promise<void>;
};

export declare function startMailCapture(options: {
  port: number;
  dir: string;
  host?: string;
  onCapture?: (id: string) => void;
}): Promise<MailCapture>;
