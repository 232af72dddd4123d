import "server-only";
import { emulatorSql, type TEmulatorSchema } from "./sql";

const SCHEMA = "twilio_emulator";

export const TWILIO_EMULATOR_SCHEMA: TEmulatorSchema = {
  name: SCHEMA,
  version: "1",
  ddl: `
    CREATE TABLE ${SCHEMA}.message (
      sid text PRIMARY KEY,
      account_sid text NOT NULL,
      "to" text NOT NULL,
      "from" text NOT NULL,
      body text NOT NULL,
      status text NOT NULL,
      num_segments int NOT NULL,
      error_code int,
      error_message text,
      status_callback text,
      date_created timestamptz NOT NULL DEFAULT now(),
      date_sent timestamptz,
      date_updated timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX ON ${SCHEMA}.message (account_sid, date_created);
    CREATE TABLE ${SCHEMA}.attempt (
      key text PRIMARY KEY,
      count int NOT NULL
    );
    CREATE TABLE ${SCHEMA}.callback (
      id bigserial PRIMARY KEY,
      sid text NOT NULL REFERENCES ${SCHEMA}.message (sid),
      status text NOT NULL,
      url text NOT NULL,
      params jsonb NOT NULL,
      signature text NOT NULL,
      due_at timestamptz NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      delivered_at timestamptz,
      last_status int,
      last_error text
    );
    CREATE INDEX ON ${SCHEMA}.callback (due_at) WHERE delivered_at IS NULL;
  `,
};

export function twilioSql<R extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<R[]> {
  return emulatorSql<R>(TWILIO_EMULATOR_SCHEMA, text.replaceAll("$S", SCHEMA), params);
}

export type TTwilioMessageRow = {
  sid: string;
  account_sid: string;
  to: string;
  from: string;
  body: string;
  status: string;
  num_segments: number;
  error_code: number | null;
  error_message: string | null;
  status_callback: string | null;
  date_created: Date;
  date_sent: Date | null;
  date_updated: Date;
};

export type TTwilioCallbackRow = {
  id: string;
  sid: string;
  status: string;
  url: string;
  params: Record<string, string>;
  signature: string;
  due_at: Date;
  attempts: number;
  delivered_at: Date | null;
  last_status: number | null;
  last_error: string | null;
};
