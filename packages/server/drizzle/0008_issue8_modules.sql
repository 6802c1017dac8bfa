CREATE TABLE "honor_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"nomination_ends_on" date NOT NULL,
	"notice_starts_on" date,
	"notice_ends_on" date,
	"notice_provisional" boolean DEFAULT false NOT NULL,
	"published_on" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "honor_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"deeds" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"state" text NOT NULL,
	"refusals" jsonb NOT NULL,
	"screened_on" date NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"nominated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "honor_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"real_name" boolean NOT NULL,
	"identity_enc" text,
	"content" text NOT NULL,
	"state" text NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"filed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "honor_quotas" (
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"quota" integer NOT NULL,
	CONSTRAINT "honor_quotas_campaign_id_unit_id_pk" PRIMARY KEY("campaign_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "announcement_units" (
	"announcement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "announcement_units_announcement_id_unit_id_pk" PRIMARY KEY("announcement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"audience" text NOT NULL,
	"published_by" uuid,
	"publisher_name" text NOT NULL,
	"unit_id" uuid,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"announcement_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "participation_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"answer" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"submission_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"state" text NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"title" text NOT NULL,
	"planned_on" date NOT NULL,
	"percent" smallint DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"done_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_rewards" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"form" text NOT NULL,
	"amount_yuan" numeric(12, 2),
	"granted_on" date NOT NULL,
	"note" text NOT NULL,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_settings" (
	"jurisdiction_id" uuid PRIMARY KEY NOT NULL,
	"use_study_state" boolean NOT NULL,
	"labels" jsonb NOT NULL,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"query_code_hash" text NOT NULL,
	"category_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"anonymous" boolean NOT NULL,
	"contact_enc" text,
	"enterprise_name" text,
	"credit_code" text,
	"state" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_on" date NOT NULL,
	"due_on" date NOT NULL,
	"due_provisional" boolean NOT NULL,
	"answer" text,
	"answered_on" date,
	"answered_by" uuid,
	"answered_by_name" text,
	"hidden" boolean DEFAULT false NOT NULL,
	"redacted_title" text,
	"redacted_content" text,
	"moderation_reason" text,
	"moderated_by_name" text,
	"moderated_at" timestamp with time zone,
	"rating" smallint,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "honor_campaigns" ADD CONSTRAINT "honor_campaigns_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honor_campaigns" ADD CONSTRAINT "honor_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honor_nominations" ADD CONSTRAINT "honor_nominations_campaign_id_honor_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."honor_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honor_nominations" ADD CONSTRAINT "honor_nominations_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honor_nominations" ADD CONSTRAINT "honor_nominations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honor_nominations" ADD CONSTRAINT "honor_nominations_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honor_objections" ADD CONSTRAINT "honor_objections_nomination_id_honor_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."honor_nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honor_objections" ADD CONSTRAINT "honor_objections_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honor_quotas" ADD CONSTRAINT "honor_quotas_campaign_id_honor_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."honor_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "honor_quotas" ADD CONSTRAINT "honor_quotas_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_units" ADD CONSTRAINT "announcement_units_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_units" ADD CONSTRAINT "announcement_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_categories" ADD CONSTRAINT "participation_categories_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_events" ADD CONSTRAINT "participation_events_submission_id_participation_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."participation_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_milestones" ADD CONSTRAINT "participation_milestones_submission_id_participation_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."participation_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_rewards" ADD CONSTRAINT "participation_rewards_submission_id_participation_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."participation_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_rewards" ADD CONSTRAINT "participation_rewards_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_settings" ADD CONSTRAINT "participation_settings_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_submissions" ADD CONSTRAINT "participation_submissions_category_id_participation_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."participation_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_submissions" ADD CONSTRAINT "participation_submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_submissions" ADD CONSTRAINT "participation_submissions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "honor_nominations_campaign_cadre_uq" ON "honor_nominations" USING btree ("campaign_id","cadre_id");--> statement-breakpoint
CREATE INDEX "honor_nominations_cadre_idx" ON "honor_nominations" USING btree ("cadre_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "honor_objections_code_uq" ON "honor_objections" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "honor_objections_nomination_idx" ON "honor_objections" USING btree ("nomination_id","state");--> statement-breakpoint
CREATE INDEX "announcements_published_idx" ON "announcements" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_uq" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_inbox_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_announcement_idx" ON "notifications" USING btree ("announcement_id");--> statement-breakpoint
CREATE INDEX "participation_categories_unit_idx" ON "participation_categories" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "participation_challenges_expiry_idx" ON "participation_challenges" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "participation_events_submission_idx" ON "participation_events" USING btree ("submission_id","seq");--> statement-breakpoint
CREATE INDEX "participation_milestones_submission_idx" ON "participation_milestones" USING btree ("submission_id","planned_on");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_submissions_code_uq" ON "participation_submissions" USING btree ("query_code_hash");--> statement-breakpoint
CREATE INDEX "participation_submissions_unit_idx" ON "participation_submissions" USING btree ("unit_id","kind","state");--> statement-breakpoint
CREATE INDEX "participation_submissions_due_idx" ON "participation_submissions" USING btree ("due_on") WHERE "participation_submissions"."answered_on" is null;