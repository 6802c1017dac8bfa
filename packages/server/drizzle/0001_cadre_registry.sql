CREATE TABLE "cadre_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid,
	"unit_name" text NOT NULL,
	"post" text NOT NULL,
	"rank" text DEFAULT '' NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"is_key" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"code" text NOT NULL,
	"effective_on" date NOT NULL,
	"months" integer,
	"lifted_on" date,
	"deciding_body" text DEFAULT '' NOT NULL,
	"document_no" text DEFAULT '' NOT NULL,
	"source_type" text,
	"source_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"revoked_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "id_number_enc" text;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "id_number_digest" text;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "native_place" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "party_joined_on" date;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "work_started_on" date;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "rank_since" date;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "full_time_degree" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "full_time_school" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "full_time_major" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "in_service_education" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "in_service_degree" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "in_service_school" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "in_service_major" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "specialty" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "field_tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "specialty_tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "level_tag" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cadre_posts" ADD CONSTRAINT "cadre_posts_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_posts" ADD CONSTRAINT "cadre_posts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cadre_posts_cadre_idx" ON "cadre_posts" USING btree ("cadre_id","started_on");--> statement-breakpoint
CREATE INDEX "measures_cadre_idx" ON "measures" USING btree ("cadre_id","effective_on");--> statement-breakpoint
CREATE INDEX "measures_code_idx" ON "measures" USING btree ("code","effective_on");--> statement-breakpoint
CREATE UNIQUE INDEX "cadres_id_number_digest_uq" ON "cadres" USING btree ("id_number_digest");