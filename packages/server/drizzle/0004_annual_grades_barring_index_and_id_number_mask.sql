DROP INDEX "annual_grades_year_grade_idx";--> statement-breakpoint
ALTER TABLE "cadres" ADD COLUMN "id_number_masked" text;--> statement-breakpoint
CREATE INDEX "annual_grades_barring_idx" ON "annual_grades" USING btree ("cadre_id","year") WHERE grade in ('BASIC', 'INCOMPETENT');