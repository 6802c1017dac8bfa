CREATE TABLE "background_job_file_chunks" (
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "background_job_file_chunks_job_id_seq_pk" PRIMARY KEY("job_id","seq")
);
--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "promotion_bar_end" date GENERATED ALWAYS AS (case when "code" in ('PARTY_EXPEL', 'GOV_EXPEL') then 'infinity'::date when "code" in ('ORG_SUSPEND') then coalesce("lifted_on", 'infinity'::date) when "code" in ('ADMONISH', 'GOV_WARNING') then ("effective_on" + make_interval(months => 6))::date when "code" in ('ORG_REASSIGN', 'UNFIT_TRANSFER', 'UNFIT_DISMISS', 'PARTY_WARNING', 'GOV_DEMERIT') then ("effective_on" + make_interval(months => 12))::date when "code" in ('ORG_RESIGN_ORDERED', 'ORG_RESIGN_BLAME', 'ORG_DISMISS', 'ORG_DEMOTE', 'PARTY_REMOVE_POST', 'GOV_DEMOTE', 'GOV_REMOVE') then ("effective_on" + make_interval(months => 24))::date when "code" in ('PARTY_SERIOUS_WARNING', 'GOV_MAJOR_DEMERIT') then ("effective_on" + make_interval(months => 18))::date when "code" = 'PARTY_PROBATION' then ("effective_on" + make_interval(months => case when "months" = 12 then 12 else 24 end + 24))::date end) STORED;--> statement-breakpoint
ALTER TABLE "background_job_file_chunks" ADD CONSTRAINT "background_job_file_chunks_job_id_background_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."background_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "background_jobs" DROP COLUMN "file";