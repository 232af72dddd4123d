import "server-only";
import { emulatorSql, type TEmulatorSchema } from "@/lib/integrations/twilio/emulator/sql";

const SCHEMA = "postmark_emulator";

export const POSTMARK_EMULATOR_SCHEMA: TEmulatorSchema = {
  name: SCHEMA,
  version: "1",
  ddl: `
    CREATE TABLE ${SCHEMA}.message (
      message_id uuid PRIMARY KEY,
      server_token text NOT NULL,
      "from" text NOT NULL,
      "to" text NOT NULL,
      subject text NOT NULL,
      html_body text,
      text_body text,
      tag text,
      metadata jsonb NOT NULL DEFAULT '{}',
      message_stream text NOT NULL DEFAULT 'outbound',
      status text NOT NULL DEFAULT 'Sent',
      submitted_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX ON ${SCHEMA}.message (server_token, submitted_at);
    CREATE TABLE ${SCHEMA}.attempt (key text PRIMARY KEY, count int NOT NULL);
    CREATE TABLE ${SCHEMA}.webhook (
      id bigserial PRIMARY KEY,
      message_id uuid NOT NULL REFERENCES ${SCHEMA}.message (message_id),
      record_type text NOT NULL,
      body jsonb NOT NULL,
      due_at timestamptz NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      delivered_at timestamptz,
      last_status int,
      last_error text
    );
    CREATE INDEX ON ${SCHEMA}.webhook (due_at) WHERE delivered_at IS NULL;
  `,
};

export function postmarkSql<R extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<R[]> {
  return emulatorSql<R>(POSTMARK_EMULATOR_SCHEMA, text.replaceAll("$S", SCHEMA), params);
}

export type TPostmarkMessageRow = {
  message_id: string;
  server_token: string;
  from: string;
  to: string;
  subject: string;
  html_body: string | null;
  text_body: string | null;
  tag: string | null;
  metadata: Record<string, string>;
  message_stream: string;
  status: string;
  submitted_at: Date;
};

export type TPostmarkWebhookRow = {
  id: string;
  message_id: string;
  record_type: string;
  body: Record<string, unknown>;
  due_at: Date;
  attempts: number;
  delivered_at: Date | null;
  last_status: number | null;
  last_error: string | null;
};
