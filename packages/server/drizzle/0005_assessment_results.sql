CREATE TABLE "assessment_grades" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"cycle_id" uuid NOT NULL,
	"pool_key" text NOT NULL,
	"status" text NOT NULL,
	"proposed_grade" text,
	"grade" text,
	"rank" integer,
	"reasons" jsonb NOT NULL,
	"change_reason" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"content" text NOT NULL,
	"state" text DEFAULT 'OPEN' NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "assessment_pools" (
	"cycle_id" uuid NOT NULL,
	"pool_key" text NOT NULL,
	"participants" integer NOT NULL,
	"quota" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	CONSTRAINT "assessment_pools_cycle_id_pool_key_pk" PRIMARY KEY("cycle_id","pool_key")
);
--> statement-breakpoint
CREATE TABLE "assessment_results" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"cycle_id" uuid NOT NULL,
	"entries" jsonb DEFAULT '{"items":{},"adjustments":{}}'::jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"breakdown" jsonb,
	"inputs_digest" text,
	"final_hundredths" integer,
	"confirmed_at" timestamp with time zone,
	"appeal_state" text,
	"appeal" text DEFAULT '' NOT NULL,
	"appeal_answer" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_cycles" ADD COLUMN "notice_ends_on" date;--> statement-breakpoint
ALTER TABLE "assessment_cycles" ADD COLUMN "notice_ends_provisional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_grades" ADD CONSTRAINT "assessment_grades_participant_id_assessment_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assessment_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_objections" ADD CONSTRAINT "assessment_objections_cycle_id_assessment_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."assessment_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_objections" ADD CONSTRAINT "assessment_objections_participant_id_assessment_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assessment_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_pools" ADD CONSTRAINT "assessment_pools_cycle_id_assessment_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."assessment_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_participant_id_assessment_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."assessment_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_cycle_id_assessment_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."assessment_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_grades_pool_idx" ON "assessment_grades" USING btree ("cycle_id","pool_key");--> statement-breakpoint
CREATE INDEX "assessment_objections_cycle_idx" ON "assessment_objections" USING btree ("cycle_id","participant_id");--> statement-breakpoint
CREATE INDEX "assessment_results_cycle_idx" ON "assessment_results" USING btree ("cycle_id");