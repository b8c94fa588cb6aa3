CREATE TYPE "public"."ai_provider_kind" AS ENUM('openai', 'compatible', 'offline');--> statement-breakpoint
CREATE TYPE "public"."diagnosis_message_role" AS ENUM('user', 'assistant');--> statement-breakpoint
CREATE TYPE "public"."diagnosis_session_status" AS ENUM('active', 'diagnosis_complete', 'escalated', 'closed', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."diagnosis_severity" AS ENUM('low', 'medium', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."message_sentiment" AS ENUM('positive', 'neutral', 'negative', 'frustrated');--> statement-breakpoint
CREATE TABLE "diagnoses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"tool_call_id" text NOT NULL,
	"summary" text NOT NULL,
	"symptoms" jsonb NOT NULL,
	"dtc_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"causes" jsonb NOT NULL,
	"severity" "diagnosis_severity" NOT NULL,
	"recommended_actions" jsonb NOT NULL,
	"cost_min_grosze" integer NOT NULL,
	"cost_max_grosze" integer NOT NULL,
	"currency" text DEFAULT 'PLN' NOT NULL,
	"urgent_visit" boolean NOT NULL,
	"confidence" real NOT NULL,
	"service_categories" "service_category"[] NOT NULL,
	"vehicle" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diagnoses_cost_range" CHECK ("diagnoses"."cost_min_grosze" >= 0 and "diagnoses"."cost_min_grosze" <= "diagnoses"."cost_max_grosze"),
	CONSTRAINT "diagnoses_confidence" CHECK ("diagnoses"."confidence" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "diagnosis_feedback" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"rating" smallint NOT NULL,
	"helpful" boolean NOT NULL,
	"would_use_again" boolean NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diagnosis_feedback_rating" CHECK ("diagnosis_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "diagnosis_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "diagnosis_messages_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"session_id" uuid NOT NULL,
	"ui_id" text NOT NULL,
	"role" "diagnosis_message_role" NOT NULL,
	"parts" jsonb NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'complete' NOT NULL,
	"provider" "ai_provider_kind",
	"model_id" text,
	"fallback" boolean DEFAULT false NOT NULL,
	"input_tokens" integer,
	"output_tokens" integer,
	"cost_usd_micros" integer,
	"latency_ms" integer,
	"duration_ms" integer,
	"sentiment" "message_sentiment",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diagnosis_messages_state" CHECK ("diagnosis_messages"."state" in ('streaming', 'complete', 'error'))
);
--> statement-breakpoint
CREATE TABLE "diagnosis_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid,
	"guest_token_hash" text,
	"vehicle_id" uuid,
	"vehicle" jsonb,
	"workshop_id" uuid,
	"status" "diagnosis_session_status" DEFAULT 'active' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"locale" text NOT NULL,
	"user_agent" text,
	"escalated_at" timestamp with time zone,
	"escalation_reason" text,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diagnosis_sessions_owner" CHECK ("diagnosis_sessions"."customer_id" is not null or "diagnosis_sessions"."guest_token_hash" is not null),
	CONSTRAINT "diagnosis_sessions_locale" CHECK ("diagnosis_sessions"."locale" in ('pl', 'en'))
);
--> statement-breakpoint
CREATE TABLE "analytics_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid,
	"type" text NOT NULL,
	"session_id" uuid,
	"user_id" uuid,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "diagnoses" ADD CONSTRAINT "diagnoses_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnosis_feedback" ADD CONSTRAINT "diagnosis_feedback_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnosis_messages" ADD CONSTRAINT "diagnosis_messages_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnosis_sessions" ADD CONSTRAINT "diagnosis_sessions_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnosis_sessions" ADD CONSTRAINT "diagnosis_sessions_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnosis_sessions" ADD CONSTRAINT "diagnosis_sessions_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "diagnoses_tool_call_key" ON "diagnoses" USING btree ("session_id","tool_call_id");--> statement-breakpoint
CREATE INDEX "diagnoses_session_idx" ON "diagnoses" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "diagnosis_messages_ui_id_key" ON "diagnosis_messages" USING btree ("session_id","ui_id");--> statement-breakpoint
CREATE INDEX "diagnosis_messages_session_idx" ON "diagnosis_messages" USING btree ("session_id","seq");--> statement-breakpoint
CREATE INDEX "diagnosis_sessions_customer_idx" ON "diagnosis_sessions" USING btree ("customer_id","last_message_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "diagnosis_sessions_guest_idx" ON "diagnosis_sessions" USING btree ("guest_token_hash") WHERE "diagnosis_sessions"."guest_token_hash" is not null;--> statement-breakpoint
CREATE INDEX "analytics_events_tenant_idx" ON "analytics_events" USING btree ("workshop_id","occurred_at");--> statement-breakpoint
CREATE INDEX "analytics_events_type_idx" ON "analytics_events" USING btree ("type","occurred_at");--> statement-breakpoint
CREATE INDEX "analytics_events_session_idx" ON "analytics_events" USING btree ("session_id");