CREATE TABLE "assessment_indicator_revisions" (
	"indicator_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"name" text NOT NULL,
	"evidence_required" boolean NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"created_by_name" text DEFAULT '' NOT NULL,
	CONSTRAINT "assessment_indicator_revisions_indicator_id_revision_pk" PRIMARY KEY("indicator_id","revision")
);
--> statement-breakpoint
CREATE TABLE "assessment_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"evidence_required" boolean DEFAULT false NOT NULL,
	"definition" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"retired" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_indicators_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "assessment_scheme_items" (
	"scheme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"indicator_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"weight" numeric(5, 2) NOT NULL,
	CONSTRAINT "assessment_scheme_items_scheme_id_position_pk" PRIMARY KEY("scheme_id","position")
);
--> statement-breakpoint
CREATE TABLE "assessment_schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"adjustments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rater_groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"formula" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_schemes_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "assessment_ballot_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"rater_group" text NOT NULL,
	"used" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_ballot_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"min_valid_per_group" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assessment_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"rater_group" text NOT NULL,
	"answers" jsonb NOT NULL,
	"suspicious" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_cycle_schemes" (
	"cycle_id" uuid NOT NULL,
	"category" text NOT NULL,
	"scheme_id" uuid NOT NULL,
	CONSTRAINT "assessment_cycle_schemes_cycle_id_category_pk" PRIMARY KEY("cycle_id","category")
);
--> statement-breakpoint
CREATE TABLE "assessment_cycle_units" (
	"cycle_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "assessment_cycle_units_cycle_id_unit_id_pk" PRIMARY KEY("cycle_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"description" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'DRAFT' NOT NULL,
	"stage_workdays" jsonb NOT NULL,
	"stage_started_on" date,
	"stage_due_on" date,
	"stage_due_provisional" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_cycles_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "assessment_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"category" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"cadre_id" uuid
);
--> statement-breakpoint
DROP INDEX "annual_grades_year_grade_idx";--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "id_number_masked" text;--> statement-breakpoint
ALTER TABLE "assessment_indicator_revisions" ADD CONSTRAINT "assessment_indicator_revisions_indicator_id_assessment_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."assessment_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_indicator_revisions" ADD CONSTRAINT "assessment_indicator_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scheme_items" ADD CONSTRAINT "assessment_scheme_items_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scheme_items" ADD CONSTRAINT "assessment_scheme_items_revision_fk" FOREIGN KEY ("indicator_id","revision") REFERENCES "public"."assessment_indicator_revisions"("indicator_id","revision") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_ballot_codes" ADD CONSTRAINT "assessment_ballot_codes_session_id_assessment_ballot_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."assessment_ballot_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_ballot_sessions" ADD CONSTRAINT "assessment_ballot_sessions_cycle_id_assessment_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."assessment_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_ballot_sessions" ADD CONSTRAINT "assessment_ballot_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_ballots" ADD CONSTRAINT "assessment_ballots_session_id_assessment_ballot_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."assessment_ballot_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_cycle_schemes" ADD CONSTRAINT "assessment_cycle_schemes_cycle_id_assessment_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."assessment_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_cycle_schemes" ADD CONSTRAINT "assessment_cycle_schemes_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_cycle_units" ADD CONSTRAINT "assessment_cycle_units_cycle_id_assessment_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."assessment_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_cycle_units" ADD CONSTRAINT "assessment_cycle_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_participants" ADD CONSTRAINT "assessment_participants_cycle_id_assessment_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."assessment_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_participants" ADD CONSTRAINT "assessment_participants_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_participants" ADD CONSTRAINT "assessment_participants_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_ballot_codes_session_idx" ON "assessment_ballot_codes" USING btree ("session_id","rater_group");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_ballot_sessions_unit_uq" ON "assessment_ballot_sessions" USING btree ("cycle_id","unit_id");--> statement-breakpoint
CREATE INDEX "assessment_ballots_session_idx" ON "assessment_ballots" USING btree ("session_id","rater_group");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_participants_subject_uq" ON "assessment_participants" USING btree ("cycle_id","category","unit_id",coalesce("cadre_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "assessment_participants_unit_idx" ON "assessment_participants" USING btree ("cycle_id","unit_id");--> statement-breakpoint
CREATE INDEX "annual_grades_barring_idx" ON "annual_grades" USING btree ("cadre_id","year") WHERE grade in ('BASIC', 'INCOMPETENT');