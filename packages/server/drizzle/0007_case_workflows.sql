CREATE TABLE "accountability_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"appellant" text NOT NULL,
	"received_on" date NOT NULL,
	"grounds" text NOT NULL,
	"lodged_by" uuid,
	"lodged_by_name" text NOT NULL,
	"lodged_at" timestamp with time zone NOT NULL,
	"answer_due" date NOT NULL,
	"upheld" boolean,
	"answer" text DEFAULT '' NOT NULL,
	"answered_on" date,
	"answered_by" uuid,
	"answered_by_name" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accountability_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"matter_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"cadre_id" uuid,
	"subject_unit_id" uuid NOT NULL,
	"lead_proposal_id" uuid,
	"forms" text[],
	"probation_months" integer,
	"decided_on" date,
	"basis" text,
	"document_no" text,
	"deciding_body" text,
	"circumstance" text,
	"circumstance_from_case_id" uuid,
	"executed_on" date,
	"corrected_on" date
);
--> statement-breakpoint
CREATE TABLE "accountability_matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"facts" text NOT NULL,
	"occurred_on" date NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"unit_id" uuid NOT NULL,
	"involved_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"involved_cadre_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"registered_by" uuid,
	"registered_by_name" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accountability_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"case_id" uuid NOT NULL,
	"body" text NOT NULL,
	"forms" text[] NOT NULL,
	"probation_months" integer,
	"facts" text NOT NULL,
	"grounds" text NOT NULL,
	"opinion" text DEFAULT '' NOT NULL,
	"proposed_on" date NOT NULL,
	"proposed_by" uuid,
	"proposer_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adjustment_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"cadre_id" uuid NOT NULL,
	"situation" text NOT NULL,
	"clue" text NOT NULL,
	"source" text NOT NULL,
	"follow_up_id" uuid,
	"grade_year" integer,
	"grade" text,
	"adjustment" text,
	"meeting_date" date,
	"decided_on" date,
	"document_no" text,
	"measure_id" uuid
);
--> statement-breakpoint
CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploader_name" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"state" text NOT NULL,
	"workdays" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"requested_by" uuid,
	"requester_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decider_name" text,
	"decided_at" timestamp with time zone,
	"answer" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_case_id" uuid NOT NULL,
	"to_case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_number_seqs" (
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_number_seqs_prefix_year_pk" PRIMARY KEY("prefix","year")
);
--> statement-breakpoint
CREATE TABLE "case_participants" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "case_participants_case_id_user_id_role_pk" PRIMARY KEY("case_id","user_id","role")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"state" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"subject_cadre_id" uuid,
	"policy_id" uuid,
	"policy_code" text NOT NULL,
	"policy_version" integer NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" uuid,
	"state_since" date NOT NULL,
	"due_on" date,
	"due_provisional" boolean DEFAULT false NOT NULL,
	"extensions_granted" integer DEFAULT 0 NOT NULL,
	"extra_workdays" integer DEFAULT 0 NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_accused" (
	"case_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "complaint_accused_case_id_cadre_id_pk" PRIMARY KEY("case_id","cadre_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_clarifications" (
	"case_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"status" text NOT NULL,
	"false_points" text NOT NULL,
	"impacts" jsonb NOT NULL,
	"forms" jsonb NOT NULL,
	"scope_note" text DEFAULT '' NOT NULL,
	"tolerance_granted" boolean DEFAULT false NOT NULL,
	"consent_way" text,
	"consent_at" timestamp with time zone,
	"consent_attachment_id" uuid,
	"approved_by" uuid,
	"approver_name" text,
	"approved_at" timestamp with time zone,
	"completed_on" date,
	"completion_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaint_clarifications_case_id_cadre_id_pk" PRIMARY KEY("case_id","cadre_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_corrected_measures" (
	"case_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"corrected_by" uuid,
	"corrected_by_name" text NOT NULL,
	"corrected_at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaint_corrected_measures_case_id_measure_id_pk" PRIMARY KEY("case_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_false_accusations" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"status" jsonb NOT NULL,
	"referrals" jsonb NOT NULL,
	"note" text NOT NULL,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_identities" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"identity_enc" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"anonymous" boolean NOT NULL,
	"classification" text NOT NULL,
	"matter" text NOT NULL,
	"conclusion" text,
	"conclusion_grounds" text,
	"concluded_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tolerance_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"origin" text NOT NULL,
	"applicant_id" uuid,
	"applicant_name" text NOT NULL,
	"matter" text NOT NULL,
	"occurred_on" date NOT NULL,
	"claimed_situations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"grounds" text DEFAULT '' NOT NULL,
	"facts" jsonb,
	"facts_notes" text DEFAULT '' NOT NULL,
	"facts_saved_at" timestamp with time zone,
	"facts_saved_by_name" text,
	"decision" text,
	"meeting_date" date,
	"decision_record" jsonb,
	"decided_at" timestamp with time zone,
	"decider_name" text,
	"feedback_on" date,
	"feedback_recipients" jsonb,
	"filed_on" date,
	"filed_with" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tolerance_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"deadline" date NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"follow_up" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "typical_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_case_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_unit_id" uuid NOT NULL,
	"source_cadre_id" uuid,
	"state" text DEFAULT 'DRAFT' NOT NULL,
	"title" text NOT NULL,
	"facts" text NOT NULL,
	"handling" text NOT NULL,
	"analysis" text NOT NULL,
	"outcome" text NOT NULL,
	"year" integer NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"replacements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"identifiers" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"published_by_name" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_name" text,
	"withdrawn_reason" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"by" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"visitors" jsonb NOT NULL,
	"interviewed" jsonb NOT NULL,
	"findings" text NOT NULL,
	"result" text NOT NULL,
	"recommendation" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accountability_appeals" ADD CONSTRAINT "accountability_appeals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_appeals" ADD CONSTRAINT "accountability_appeals_lodged_by_users_id_fk" FOREIGN KEY ("lodged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_appeals" ADD CONSTRAINT "accountability_appeals_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_matter_id_accountability_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."accountability_matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_subject_unit_id_units_id_fk" FOREIGN KEY ("subject_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_cases" ADD CONSTRAINT "accountability_cases_circumstance_from_case_id_cases_id_fk" FOREIGN KEY ("circumstance_from_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_matters" ADD CONSTRAINT "accountability_matters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_matters" ADD CONSTRAINT "accountability_matters_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_proposals" ADD CONSTRAINT "accountability_proposals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_proposals" ADD CONSTRAINT "accountability_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustment_cases" ADD CONSTRAINT "adjustment_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustment_cases" ADD CONSTRAINT "adjustment_cases_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustment_cases" ADD CONSTRAINT "adjustment_cases_follow_up_id_assessment_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."assessment_follow_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustment_cases" ADD CONSTRAINT "adjustment_cases_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_comments" ADD CONSTRAINT "case_comments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_comments" ADD CONSTRAINT "case_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_from_case_id_cases_id_fk" FOREIGN KEY ("from_case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_to_case_id_cases_id_fk" FOREIGN KEY ("to_case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_subject_cadre_id_cadres_id_fk" FOREIGN KEY ("subject_cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_accused" ADD CONSTRAINT "complaint_accused_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_accused" ADD CONSTRAINT "complaint_accused_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_clarifications" ADD CONSTRAINT "complaint_clarifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_clarifications" ADD CONSTRAINT "complaint_clarifications_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_clarifications" ADD CONSTRAINT "complaint_clarifications_consent_attachment_id_case_attachments_id_fk" FOREIGN KEY ("consent_attachment_id") REFERENCES "public"."case_attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_clarifications" ADD CONSTRAINT "complaint_clarifications_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_corrected_measures" ADD CONSTRAINT "complaint_corrected_measures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_corrected_measures" ADD CONSTRAINT "complaint_corrected_measures_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_corrected_measures" ADD CONSTRAINT "complaint_corrected_measures_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_false_accusations" ADD CONSTRAINT "complaint_false_accusations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_false_accusations" ADD CONSTRAINT "complaint_false_accusations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_identities" ADD CONSTRAINT "complaint_identities_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_notes" ADD CONSTRAINT "complaint_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_notes" ADD CONSTRAINT "complaint_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_cases" ADD CONSTRAINT "tolerance_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_cases" ADD CONSTRAINT "tolerance_cases_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_corrections" ADD CONSTRAINT "tolerance_corrections_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_corrections" ADD CONSTRAINT "tolerance_corrections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "typical_cases" ADD CONSTRAINT "typical_cases_source_case_id_cases_id_fk" FOREIGN KEY ("source_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "typical_cases" ADD CONSTRAINT "typical_cases_source_unit_id_units_id_fk" FOREIGN KEY ("source_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "typical_cases" ADD CONSTRAINT "typical_cases_source_cadre_id_cadres_id_fk" FOREIGN KEY ("source_cadre_id") REFERENCES "public"."cadres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "typical_cases" ADD CONSTRAINT "typical_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_flags" ADD CONSTRAINT "care_flags_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_flags" ADD CONSTRAINT "care_flags_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_records" ADD CONSTRAINT "care_records_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_records" ADD CONSTRAINT "care_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_records" ADD CONSTRAINT "visit_records_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_records" ADD CONSTRAINT "visit_records_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_records" ADD CONSTRAINT "visit_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accountability_appeals_case_idx" ON "accountability_appeals" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accountability_appeals_open_uq" ON "accountability_appeals" USING btree ("case_id") WHERE "accountability_appeals"."answered_on" is null;--> statement-breakpoint
CREATE INDEX "accountability_appeals_due_idx" ON "accountability_appeals" USING btree ("answer_due") WHERE "accountability_appeals"."answered_on" is null;--> statement-breakpoint
CREATE INDEX "accountability_cases_matter_idx" ON "accountability_cases" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "accountability_cases_cadre_idx" ON "accountability_cases" USING btree ("cadre_id","decided_on");--> statement-breakpoint
CREATE INDEX "accountability_cases_decided_idx" ON "accountability_cases" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "accountability_matters_unit_idx" ON "accountability_matters" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "accountability_matters_occurred_idx" ON "accountability_matters" USING btree ("occurred_on");--> statement-breakpoint
CREATE INDEX "accountability_proposals_case_idx" ON "accountability_proposals" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "adjustment_cases_follow_up_uq" ON "adjustment_cases" USING btree ("follow_up_id");--> statement-breakpoint
CREATE INDEX "adjustment_cases_cadre_idx" ON "adjustment_cases" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "case_attachments_case_idx" ON "case_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_comments_case_idx" ON "case_comments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_extensions_case_idx" ON "case_extensions" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_links_uq" ON "case_links" USING btree ("from_case_id","to_case_id","kind");--> statement-breakpoint
CREATE INDEX "case_links_to_idx" ON "case_links" USING btree ("to_case_id");--> statement-breakpoint
CREATE INDEX "case_participants_user_idx" ON "case_participants" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_uq" ON "cases" USING btree ("number");--> statement-breakpoint
CREATE INDEX "cases_type_state_idx" ON "cases" USING btree ("type","state");--> statement-breakpoint
CREATE INDEX "cases_due_idx" ON "cases" USING btree ("due_on") WHERE "cases"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "cases_subject_idx" ON "cases" USING btree ("subject_cadre_id");--> statement-breakpoint
CREATE INDEX "cases_unit_idx" ON "cases" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "complaint_accused_cadre_idx" ON "complaint_accused" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "complaint_clarifications_cadre_idx" ON "complaint_clarifications" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "complaint_corrected_measures_measure_idx" ON "complaint_corrected_measures" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "complaint_notes_case_idx" ON "complaint_notes" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "tolerance_cases_decision_idx" ON "tolerance_cases" USING btree ("decision");--> statement-breakpoint
CREATE INDEX "tolerance_corrections_case_idx" ON "tolerance_corrections" USING btree ("case_id","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "typical_cases_source_uq" ON "typical_cases" USING btree ("source_case_id");--> statement-breakpoint
CREATE INDEX "typical_cases_state_idx" ON "typical_cases" USING btree ("state","published_at");--> statement-breakpoint
CREATE INDEX "typical_cases_unit_idx" ON "typical_cases" USING btree ("source_unit_id");--> statement-breakpoint
CREATE INDEX "care_flags_cadre_idx" ON "care_flags" USING btree ("cadre_id","created_at");--> statement-breakpoint
CREATE INDEX "care_records_cadre_idx" ON "care_records" USING btree ("cadre_id","on");--> statement-breakpoint
CREATE INDEX "visit_records_cadre_idx" ON "visit_records" USING btree ("cadre_id","visited_on");--> statement-breakpoint
CREATE INDEX "visit_records_measure_idx" ON "visit_records" USING btree ("measure_id");