-- Extensions Pitstop relies on: earthdistance (over cube) for nearest-first workshop search,
-- btree_gist for exclusion constraints (bookings), pg_trgm for fuzzy name search.
CREATE EXTENSION IF NOT EXISTS cube;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
