CREATE TABLE "annual_grades" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"grade" text NOT NULL,
	"source_type" text DEFAULT 'MANUAL' NOT NULL,
	"source_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_import_issues" (
	"job_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"column_index" integer NOT NULL,
	"column" text NOT NULL,
	"value" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cadre_import_rows" (
	"job_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"action" text NOT NULL,
	"cadre_id" uuid NOT NULL,
	"cadre_version" integer,
	"name" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"values" jsonb NOT NULL,
	"before" jsonb,
	CONSTRAINT "cadre_import_rows_job_id_row_pk" PRIMARY KEY("job_id","row")
);
--> statement-breakpoint
CREATE TABLE "cadre_imports" (
	"job_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"file_digest" text NOT NULL,
	"upload" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_filters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"screen" text NOT NULL,
	"name" text NOT NULL,
	"filter" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"conducted_by" text DEFAULT '' NOT NULL,
	"topics" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"reply" text DEFAULT '' NOT NULL,
	"replied_on" date,
	"conclusion" text DEFAULT '' NOT NULL,
	"document_no" text DEFAULT '' NOT NULL,
	"measure_id" uuid,
	"created_by" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_pool_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pool_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"nominated_by" uuid,
	"nominated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text DEFAULT '' NOT NULL,
	"entered_on" date,
	"exited_on" date,
	"exit_reason" text,
	"exit_note" text DEFAULT '' NOT NULL,
	"exited_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"field" text DEFAULT '' NOT NULL,
	"specialty" text DEFAULT '' NOT NULL,
	"level" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_pools_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "background_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"phase" text DEFAULT '' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"summary" jsonb,
	"error" jsonb,
	"file_name" text,
	"file" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annual_grades" ADD CONSTRAINT "annual_grades_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_import_issues" ADD CONSTRAINT "cadre_import_issues_job_id_background_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."background_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_import_rows" ADD CONSTRAINT "cadre_import_rows_job_id_background_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."background_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadre_imports" ADD CONSTRAINT "cadre_imports_job_id_background_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."background_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_filters" ADD CONSTRAINT "saved_filters_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_records" ADD CONSTRAINT "supervision_records_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_records" ADD CONSTRAINT "supervision_records_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_records" ADD CONSTRAINT "supervision_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_records" ADD CONSTRAINT "supervision_records_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_pool_id_talent_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."talent_pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_exited_by_users_id_fk" FOREIGN KEY ("exited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_grades_cadre_year_uq" ON "annual_grades" USING btree ("cadre_id","year");--> statement-breakpoint
CREATE INDEX "annual_grades_year_grade_idx" ON "annual_grades" USING btree ("year","grade","cadre_id");--> statement-breakpoint
CREATE INDEX "cadre_import_issues_job_idx" ON "cadre_import_issues" USING btree ("job_id","row","column_index");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_filters_owner_name_uq" ON "saved_filters" USING btree ("owner_id","screen","name");--> statement-breakpoint
CREATE INDEX "supervision_records_cadre_idx" ON "supervision_records" USING btree ("cadre_id","occurred_on");--> statement-breakpoint
CREATE INDEX "talent_pool_members_cadre_idx" ON "talent_pool_members" USING btree ("cadre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_pool_members_open_uq" ON "talent_pool_members" USING btree ("pool_id","cadre_id") WHERE "talent_pool_members"."status" in ('NOMINATED', 'ACTIVE');--> statement-breakpoint
CREATE INDEX "background_jobs_owner_idx" ON "background_jobs" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "background_jobs_expires_idx" ON "background_jobs" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "cadre_posts_post_chars_idx" ON "cadre_posts" USING gin (string_to_array(lower("post"), null));--> statement-breakpoint
CREATE INDEX "cadres_name_chars_idx" ON "cadres" USING gin (string_to_array(lower("name"), null));--> statement-breakpoint
CREATE INDEX "cadres_unit_name_idx" ON "cadres" USING btree ("unit_id","name","id");--> statement-breakpoint
CREATE INDEX "cadres_birth_date_idx" ON "cadres" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "cadres_party_joined_idx" ON "cadres" USING btree ("party_joined_on");--> statement-breakpoint
CREATE INDEX "cadres_work_started_idx" ON "cadres" USING btree ("work_started_on");--> statement-breakpoint
CREATE INDEX "cadres_rank_idx" ON "cadres" USING btree ("rank");--> statement-breakpoint
CREATE INDEX "cadres_education_idx" ON "cadres" USING btree ("education");--> statement-breakpoint
CREATE INDEX "cadres_field_tags_idx" ON "cadres" USING gin ("field_tags");--> statement-breakpoint
CREATE INDEX "cadres_specialty_tags_idx" ON "cadres" USING gin ("specialty_tags");