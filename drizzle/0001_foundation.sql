CREATE TYPE "public"."locale" AS ENUM('pl', 'en');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('customer', 'provider', 'admin');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('owner', 'mechanic');--> statement-breakpoint
CREATE TYPE "public"."service_category" AS ENUM('diagnostics', 'brakes', 'oil_service', 'tyres', 'suspension', 'air_conditioning', 'electrical', 'engine', 'clutch_gearbox', 'exhaust', 'bodywork', 'inspection');--> statement-breakpoint
CREATE TYPE "public"."workshop_status" AS ENUM('pending', 'active', 'suspended', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."fuel_type" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'lpg', 'cng', 'hydrogen', 'other');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"password_hash" text,
	"role" "user_role" DEFAULT 'customer' NOT NULL,
	"locale" "locale" DEFAULT 'pl' NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "workshop_members" (
	"workshop_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "membership_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_members_workshop_id_user_id_pk" PRIMARY KEY("workshop_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "workshop_opening_hours" (
	"workshop_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens_at" smallint NOT NULL,
	"closes_at" smallint NOT NULL,
	CONSTRAINT "workshop_opening_hours_workshop_id_weekday_opens_at_pk" PRIMARY KEY("workshop_id","weekday","opens_at"),
	CONSTRAINT "opening_hours_weekday" CHECK ("workshop_opening_hours"."weekday" between 1 and 7),
	CONSTRAINT "opening_hours_range" CHECK ("workshop_opening_hours"."opens_at" >= 0 and "workshop_opening_hours"."closes_at" <= 1440 and "workshop_opening_hours"."opens_at" < "workshop_opening_hours"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "workshop_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"category" "service_category" NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"price_from" integer NOT NULL,
	"price_to" integer,
	"currency" text DEFAULT 'PLN' NOT NULL,
	"duration_minutes" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_services_price" CHECK ("workshop_services"."price_from" >= 0 and ("workshop_services"."price_to" is null or "workshop_services"."price_to" >= "workshop_services"."price_from")),
	CONSTRAINT "workshop_services_duration" CHECK ("workshop_services"."duration_minutes" between 5 and 1440)
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"address" text NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"city" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"website" text,
	"time_zone" text DEFAULT 'Europe/Warsaw' NOT NULL,
	"status" "workshop_status" DEFAULT 'pending' NOT NULL,
	"rating" real DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	CONSTRAINT "workshops_lat_range" CHECK ("workshops"."lat" between -90 and 90),
	CONSTRAINT "workshops_lng_range" CHECK ("workshops"."lng" between -180 and 180),
	CONSTRAINT "workshops_rating_range" CHECK ("workshops"."rating" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "vehicles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"vin" text,
	"make" text NOT NULL,
	"model" text NOT NULL,
	"year" integer NOT NULL,
	"fuel" "fuel_type" NOT NULL,
	"engine" text DEFAULT '' NOT NULL,
	"mileage_km" integer,
	"nickname" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"decoded" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vehicles_year_range" CHECK ("vehicles"."year" between 1886 and 2100),
	CONSTRAINT "vehicles_mileage" CHECK ("vehicles"."mileage_km" is null or "vehicles"."mileage_km" between 0 and 5000000),
	CONSTRAINT "vehicles_vin_format" CHECK ("vehicles"."vin" is null or "vehicles"."vin" ~ '^[A-HJ-NPR-Z0-9]{17}$')
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_members" ADD CONSTRAINT "workshop_members_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_members" ADD CONSTRAINT "workshop_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_opening_hours" ADD CONSTRAINT "workshop_opening_hours_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_services" ADD CONSTRAINT "workshop_services_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role","created_at");--> statement-breakpoint
CREATE INDEX "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "workshop_members_user_idx" ON "workshop_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "workshop_services_workshop_idx" ON "workshop_services" USING btree ("workshop_id");--> statement-breakpoint
CREATE INDEX "workshop_services_category_idx" ON "workshop_services" USING btree ("category","workshop_id") WHERE "workshop_services"."active";--> statement-breakpoint
CREATE UNIQUE INDEX "workshops_slug_key" ON "workshops" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "workshops_earth_idx" ON "workshops" USING gist (ll_to_earth("lat", "lng"));--> statement-breakpoint
CREATE INDEX "workshops_status_idx" ON "workshops" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "workshops_name_trgm_idx" ON "workshops" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "vehicles_owner_idx" ON "vehicles" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "vehicles_owner_vin_key" ON "vehicles" USING btree ("owner_id","vin") WHERE "vehicles"."vin" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "vehicles_one_default_key" ON "vehicles" USING btree ("owner_id") WHERE "vehicles"."is_default";