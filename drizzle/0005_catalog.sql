CREATE TYPE "public"."attribute_group_kind" AS ENUM('color', 'size', 'other');--> statement-breakpoint
CREATE TYPE "public"."feature_type" AS ENUM('text', 'number', 'boolean', 'select', 'multiselect', 'date');--> statement-breakpoint
CREATE TYPE "public"."fitment_type" AS ENUM('original', 'replacement');--> statement-breakpoint
CREATE TYPE "public"."product_type" AS ENUM('vehicle', 'part', 'other');--> statement-breakpoint
CREATE TABLE "attribute_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "attribute_group_kind" DEFAULT 'other' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attribute_groups_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "attribute_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"value" text NOT NULL,
	"slug" text NOT NULL,
	"color_hex" text,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "attribute_values_group_slug_key" UNIQUE("group_id","slug"),
	CONSTRAINT "attribute_values_id_group_key" UNIQUE("id","group_id"),
	CONSTRAINT "attribute_values_hex" CHECK ("attribute_values"."color_hex" is null or "attribute_values"."color_hex" ~ '^#[0-9A-Fa-f]{6}$')
);
--> statement-breakpoint
CREATE TABLE "feature_set_items" (
	"set_id" uuid NOT NULL,
	"feature_id" uuid NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"default_value" text,
	"help_text" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "feature_set_items_set_id_feature_id_pk" PRIMARY KEY("set_id","feature_id")
);
--> statement-breakpoint
CREATE TABLE "feature_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"product_type" "product_type" NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feature_sets_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "features" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"type" "feature_type" DEFAULT 'text' NOT NULL,
	"unit" text,
	"validation" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"predefined_values" text[] DEFAULT '{}'::text[] NOT NULL,
	"multi_value" boolean DEFAULT false NOT NULL,
	"system" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "features_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "fitment_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "fitment_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"batch_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"before" "fitment_type",
	"after" "fitment_type",
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fitments" (
	"shop_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"part_type" "product_type" DEFAULT 'part' NOT NULL,
	"vehicle_type" "product_type" DEFAULT 'vehicle' NOT NULL,
	"type" "fitment_type" NOT NULL,
	"notes" text,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fitments_pkey" PRIMARY KEY("shop_id","part_id","vehicle_id"),
	CONSTRAINT "fitments_part_is_part" CHECK ("fitments"."part_type" = 'part'),
	CONSTRAINT "fitments_vehicle_is_vehicle" CHECK ("fitments"."vehicle_type" = 'vehicle')
);
--> statement-breakpoint
CREATE TABLE "product_feature_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"feature_id" uuid NOT NULL,
	"shop_id" uuid,
	"values" text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_feature_values_key" UNIQUE NULLS NOT DISTINCT("product_id","feature_id","shop_id"),
	CONSTRAINT "product_feature_values_not_empty" CHECK (cardinality("product_feature_values"."values") > 0)
);
--> statement-breakpoint
CREATE TABLE "product_variant_attributes" (
	"variant_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"value_id" uuid NOT NULL,
	CONSTRAINT "product_variant_attributes_variant_id_group_id_pk" PRIMARY KEY("variant_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "product_type" NOT NULL,
	"parent_id" uuid,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"brand" text NOT NULL,
	"price_grosze" integer,
	"currency" text DEFAULT 'PLN' NOT NULL,
	"stock" integer,
	"images" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"feature_set_id" uuid,
	"vehicle_name" text,
	"vehicle_model" text,
	"vehicle_make_key" text,
	"vehicle_model_key" text,
	"year_from" smallint,
	"year_to" smallint,
	"inherit_images" boolean DEFAULT true NOT NULL,
	"inherit_prices" boolean DEFAULT true NOT NULL,
	"inherit_stock" boolean DEFAULT true NOT NULL,
	"inherit_categories" boolean DEFAULT true NOT NULL,
	"inherit_features" boolean DEFAULT true NOT NULL,
	"combination_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_id_type_key" UNIQUE("id","type"),
	CONSTRAINT "products_price" CHECK ("products"."price_grosze" is null or "products"."price_grosze" between 0 and 10000000000),
	CONSTRAINT "products_price_required" CHECK ("products"."price_grosze" is not null or "products"."parent_id" is not null),
	CONSTRAINT "products_stock" CHECK ("products"."stock" is null or "products"."stock" >= 0),
	CONSTRAINT "products_sku_format" CHECK ("products"."sku" ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$'),
	CONSTRAINT "products_variant_combination" CHECK (("products"."parent_id" is null) = ("products"."combination_key" is null)),
	CONSTRAINT "products_vehicle_fields" CHECK ("products"."type" = 'vehicle' or ("products"."vehicle_name" is null and "products"."vehicle_model" is null)),
	CONSTRAINT "products_vehicle_name" CHECK ("products"."type" <> 'vehicle' or "products"."parent_id" is not null or "products"."vehicle_name" is not null),
	CONSTRAINT "products_years" CHECK ("products"."year_from" is null or "products"."year_to" is null or "products"."year_from" <= "products"."year_to")
);
--> statement-breakpoint
CREATE TABLE "shops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"prestashop_url" text,
	"api_key_encrypted" text,
	"allowed_brands" text[],
	"is_platform" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shops_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "vehicle_category_words" (
	"word" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attribute_values" ADD CONSTRAINT "attribute_values_group_id_attribute_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."attribute_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feature_set_items" ADD CONSTRAINT "feature_set_items_set_id_feature_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."feature_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feature_set_items" ADD CONSTRAINT "feature_set_items_feature_id_features_id_fk" FOREIGN KEY ("feature_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitment_changes" ADD CONSTRAINT "fitment_changes_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitment_changes" ADD CONSTRAINT "fitment_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitments" ADD CONSTRAINT "fitments_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitments" ADD CONSTRAINT "fitments_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitments" ADD CONSTRAINT "fitments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitments" ADD CONSTRAINT "fitments_part_fk" FOREIGN KEY ("part_id","part_type") REFERENCES "public"."products"("id","type") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitments" ADD CONSTRAINT "fitments_vehicle_fk" FOREIGN KEY ("vehicle_id","vehicle_type") REFERENCES "public"."products"("id","type") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_feature_values" ADD CONSTRAINT "product_feature_values_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_feature_values" ADD CONSTRAINT "product_feature_values_feature_id_features_id_fk" FOREIGN KEY ("feature_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_feature_values" ADD CONSTRAINT "product_feature_values_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_variant_attributes" ADD CONSTRAINT "product_variant_attributes_variant_id_products_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_variant_attributes" ADD CONSTRAINT "product_variant_attributes_value_id_group_id_attribute_values_id_group_id_fk" FOREIGN KEY ("value_id","group_id") REFERENCES "public"."attribute_values"("id","group_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_parent_id_products_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_feature_set_id_feature_sets_id_fk" FOREIGN KEY ("feature_set_id") REFERENCES "public"."feature_sets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feature_set_items_feature_idx" ON "feature_set_items" USING btree ("feature_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feature_sets_one_default_key" ON "feature_sets" USING btree ("product_type") WHERE "feature_sets"."is_default";--> statement-breakpoint
CREATE INDEX "fitment_changes_part_idx" ON "fitment_changes" USING btree ("shop_id","part_id","at");--> statement-breakpoint
CREATE INDEX "fitment_changes_at_idx" ON "fitment_changes" USING btree ("at");--> statement-breakpoint
CREATE INDEX "fitment_changes_batch_idx" ON "fitment_changes" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "fitments_vehicle_idx" ON "fitments" USING btree ("shop_id","vehicle_id","type","part_id");--> statement-breakpoint
CREATE INDEX "product_feature_values_feature_idx" ON "product_feature_values" USING btree ("feature_id");--> statement-breakpoint
CREATE INDEX "product_variant_attributes_value_idx" ON "product_variant_attributes" USING btree ("value_id");--> statement-breakpoint
CREATE UNIQUE INDEX "products_sku_key" ON "products" USING btree (lower("sku"));--> statement-breakpoint
CREATE UNIQUE INDEX "products_combination_key" ON "products" USING btree ("parent_id","combination_key") WHERE "products"."parent_id" is not null;--> statement-breakpoint
CREATE INDEX "products_type_idx" ON "products" USING btree ("type","active","name");--> statement-breakpoint
CREATE INDEX "products_parent_idx" ON "products" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "products_part_sku_idx" ON "products" USING btree ("sku") WHERE "products"."type" = 'part' and "products"."parent_id" is null;--> statement-breakpoint
CREATE INDEX "products_brand_idx" ON "products" USING btree ("type","brand");--> statement-breakpoint
CREATE INDEX "products_vehicle_key_idx" ON "products" USING btree ("vehicle_make_key","vehicle_model_key") WHERE "products"."type" = 'vehicle';--> statement-breakpoint
CREATE INDEX "products_name_trgm_idx" ON "products" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_sku_trgm_idx" ON "products" USING gin ("sku" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "shops_one_platform_key" ON "shops" USING btree ("is_platform") WHERE "shops"."is_platform";--> statement-breakpoint
-- The shop's brand filter as a constraint: a fitment may only name a vehicle whose brand the shop accepts (allowed_brands null = all).
CREATE FUNCTION "fitments_brand_allowed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  allowed text[];
  vehicle_brand text;
BEGIN
  SELECT "allowed_brands" INTO allowed FROM "shops" WHERE "id" = NEW."shop_id";
  IF allowed IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT "brand" INTO vehicle_brand FROM "products" WHERE "id" = NEW."vehicle_id";
  IF vehicle_brand = ANY(allowed) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'brand % is not allowed in shop %', vehicle_brand, NEW."shop_id"
    USING ERRCODE = 'check_violation', CONSTRAINT = 'fitments_brand_allowed';
END
$$;--> statement-breakpoint
CREATE TRIGGER "fitments_brand_allowed" BEFORE INSERT OR UPDATE OF "shop_id", "vehicle_id" ON "fitments" FOR EACH ROW EXECUTE FUNCTION "fitments_brand_allowed"();--> statement-breakpoint
-- The platform's own storefront is a shop from the start (all brands).
INSERT INTO "shops" ("slug", "name", "is_platform") VALUES ('pitstop', 'Pitstop', true);--> statement-breakpoint
INSERT INTO "vehicle_category_words" ("word") VALUES ('Pit Bike'), ('Pitbike'), ('Dirt Bike'), ('Mini Cross'), ('Cross'), ('Enduro'), ('Quad'), ('ATV'), ('UTV'), ('Buggy'), ('Motorower'), ('Skuter'), ('Motocykl'), ('Samochód osobowy'), ('Samochód dostawczy'), ('Samochód');
--> statement-breakpoint
-- The derived Model (union of a part's original and replacement vehicles per shop) is a system feature: computed, never stored or edited.
INSERT INTO "features" ("slug", "name", "type", "multi_value", "system", "position") VALUES ('model', 'Model', 'text', true, true, 0);
