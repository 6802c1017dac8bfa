CREATE TABLE "assessment_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"repeated" boolean DEFAULT false NOT NULL,
	"reasons" jsonb NOT NULL,
	"state" text DEFAULT 'OPEN' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"progress_id" uuid,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"target_id" uuid NOT NULL,
	"value" double precision,
	"note" text NOT NULL,
	"state" text DEFAULT 'SUBMITTED' NOT NULL,
	"return_reason" text DEFAULT '' NOT NULL,
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit_id" uuid,
	"cadre_id" uuid,
	"indicator_id" uuid,
	"target_value" double precision,
	"deadline" date NOT NULL,
	"confirmed_value" double precision,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_follow_ups" ADD CONSTRAINT "assessment_follow_ups_cycle_id_assessment_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."assessment_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_follow_ups" ADD CONSTRAINT "assessment_follow_ups_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_follow_ups" ADD CONSTRAINT "assessment_follow_ups_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_follow_ups" ADD CONSTRAINT "assessment_follow_ups_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_progress_id_assessment_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."assessment_progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_progress" ADD CONSTRAINT "assessment_progress_target_id_assessment_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."assessment_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_progress" ADD CONSTRAINT "assessment_progress_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_progress" ADD CONSTRAINT "assessment_progress_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_targets" ADD CONSTRAINT "assessment_targets_cycle_id_assessment_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."assessment_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_targets" ADD CONSTRAINT "assessment_targets_parent_id_assessment_targets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assessment_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_targets" ADD CONSTRAINT "assessment_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_targets" ADD CONSTRAINT "assessment_targets_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_targets" ADD CONSTRAINT "assessment_targets_indicator_id_assessment_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."assessment_indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_follow_ups_uq" ON "assessment_follow_ups" USING btree ("cycle_id","cadre_id","kind");--> statement-breakpoint
CREATE INDEX "assessment_follow_ups_kind_idx" ON "assessment_follow_ups" USING btree ("kind","state");--> statement-breakpoint
CREATE INDEX "assessment_evidence_progress_idx" ON "assessment_evidence" USING btree ("progress_id");--> statement-breakpoint
CREATE INDEX "assessment_progress_target_idx" ON "assessment_progress" USING btree ("target_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_progress_pending_uq" ON "assessment_progress" USING btree ("target_id") WHERE "assessment_progress"."state" = 'SUBMITTED';--> statement-breakpoint
CREATE INDEX "assessment_targets_cycle_unit_idx" ON "assessment_targets" USING btree ("cycle_id","unit_id");--> statement-breakpoint
CREATE INDEX "assessment_targets_parent_idx" ON "assessment_targets" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "assessment_targets_cadre_idx" ON "assessment_targets" USING btree ("cadre_id");