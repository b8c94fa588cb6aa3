CREATE TYPE "public"."booking_actor" AS ENUM('customer', 'workshop');--> statement-breakpoint
CREATE TYPE "public"."booking_event_kind" AS ENUM('requested', 'confirmed', 'rescheduled', 'cancelled', 'in_progress', 'completed', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."booking_status" AS ENUM('requested', 'confirmed', 'in_progress', 'completed', 'cancelled', 'no_show');--> statement-breakpoint
ALTER TYPE "public"."message_type" ADD VALUE 'booking';--> statement-breakpoint
CREATE SEQUENCE "public"."booking_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "bay_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"bay_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bay_blocks_range" CHECK ("bay_blocks"."starts_at" < "bay_blocks"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "booking_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"kind" "booking_event_kind" NOT NULL,
	"sequence" integer NOT NULL,
	"actor_id" uuid,
	"actor" "booking_actor",
	"previous_starts_at" timestamp with time zone,
	"starts_at" timestamp with time zone NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text DEFAULT ('BK-' || to_char(now() at time zone 'UTC', 'YYYY') || '-' || lpad(nextval('booking_code_seq')::text, 6, '0')) NOT NULL,
	"workshop_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"vehicle_id" uuid,
	"vehicle_label" text NOT NULL,
	"service_id" uuid,
	"service_name" text NOT NULL,
	"bay_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"occupied_from" timestamp with time zone NOT NULL,
	"occupied_until" timestamp with time zone NOT NULL,
	"status" "booking_status" DEFAULT 'requested' NOT NULL,
	"price_from" integer NOT NULL,
	"price_to" integer,
	"currency" text DEFAULT 'PLN' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"diagnosis_id" uuid,
	"cancellation_reason" text,
	"cancelled_by" "booking_actor",
	"cancelled_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_range" CHECK ("bookings"."starts_at" < "bookings"."ends_at" and "bookings"."occupied_from" <= "bookings"."starts_at" and "bookings"."occupied_until" >= "bookings"."ends_at"),
	CONSTRAINT "bookings_price" CHECK ("bookings"."price_from" >= 0 and ("bookings"."price_to" is null or "bookings"."price_to" >= "bookings"."price_from"))
);
--> statement-breakpoint
CREATE TABLE "workshop_bays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_booking_settings" (
	"workshop_id" uuid PRIMARY KEY NOT NULL,
	"slot_interval_minutes" smallint NOT NULL,
	"min_notice_minutes" integer NOT NULL,
	"horizon_days" smallint NOT NULL,
	"cancellation_notice_minutes" integer NOT NULL,
	"auto_confirm" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_settings_interval" CHECK ("workshop_booking_settings"."slot_interval_minutes" between 5 and 240),
	CONSTRAINT "booking_settings_notice" CHECK ("workshop_booking_settings"."min_notice_minutes" between 0 and 20160),
	CONSTRAINT "booking_settings_horizon" CHECK ("workshop_booking_settings"."horizon_days" between 1 and 365),
	CONSTRAINT "booking_settings_cancellation" CHECK ("workshop_booking_settings"."cancellation_notice_minutes" between 0 and 10080)
);
--> statement-breakpoint
CREATE TABLE "workshop_date_overrides" (
	"workshop_id" uuid NOT NULL,
	"date" date NOT NULL,
	"intervals" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "workshop_date_overrides_workshop_id_date_pk" PRIMARY KEY("workshop_id","date")
);
--> statement-breakpoint
ALTER TABLE "workshop_services" ADD COLUMN "buffer_before_minutes" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "workshop_services" ADD COLUMN "buffer_after_minutes" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "proposal" jsonb;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "proposal_status" "quote_status";--> statement-breakpoint
ALTER TABLE "bay_blocks" ADD CONSTRAINT "bay_blocks_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bay_blocks" ADD CONSTRAINT "bay_blocks_bay_id_workshop_bays_id_fk" FOREIGN KEY ("bay_id") REFERENCES "public"."workshop_bays"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bay_blocks" ADD CONSTRAINT "bay_blocks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_events" ADD CONSTRAINT "booking_events_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_events" ADD CONSTRAINT "booking_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_service_id_workshop_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."workshop_services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_bay_id_workshop_bays_id_fk" FOREIGN KEY ("bay_id") REFERENCES "public"."workshop_bays"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_diagnosis_id_diagnoses_id_fk" FOREIGN KEY ("diagnosis_id") REFERENCES "public"."diagnoses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_bays" ADD CONSTRAINT "workshop_bays_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_booking_settings" ADD CONSTRAINT "workshop_booking_settings_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_date_overrides" ADD CONSTRAINT "workshop_date_overrides_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bay_blocks_range_idx" ON "bay_blocks" USING btree ("workshop_id","starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "booking_events_booking_idx" ON "booking_events" USING btree ("booking_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_code_key" ON "bookings" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_idempotency_key" ON "bookings" USING btree ("customer_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "bookings_workshop_time_idx" ON "bookings" USING btree ("workshop_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_customer_idx" ON "bookings" USING btree ("customer_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_requested_idx" ON "bookings" USING btree ("workshop_id","created_at") WHERE "bookings"."status" = 'requested';--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_bays_name_key" ON "workshop_bays" USING btree ("workshop_id","name");--> statement-breakpoint
CREATE INDEX "workshop_bays_workshop_idx" ON "workshop_bays" USING btree ("workshop_id","position");--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_services" ADD CONSTRAINT "workshop_services_buffers" CHECK ("workshop_services"."buffer_before_minutes" between 0 and 240 and "workshop_services"."buffer_after_minutes" between 0 and 240);--> statement-breakpoint
-- No double booking by construction: two active bookings never hold one bay at overlapping times
-- (buffers included). Written by hand: drizzle-kit has no exclusion constraints.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist ("bay_id" WITH =, tstzrange("occupied_from", "occupied_until", '[)') WITH &&) WHERE ("status" IN ('requested', 'confirmed', 'in_progress'));--> statement-breakpoint
-- Every existing workshop starts with one bay, so it can take bookings at once.
INSERT INTO "workshop_bays" ("workshop_id", "name", "position") SELECT "id", 'Stanowisko 1', 0 FROM "workshops";
