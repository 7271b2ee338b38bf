CREATE TYPE "public"."photo_pose" AS ENUM('front', 'side', 'back');--> statement-breakpoint
CREATE TABLE "checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"week" integer NOT NULL,
	"date" date NOT NULL,
	"weight_kg" real,
	"waist_cm" real,
	"hips_cm" real,
	"chest_cm" real,
	"energy" integer NOT NULL,
	"hunger" integer NOT NULL,
	"sleep" integer NOT NULL,
	"stress" integer NOT NULL,
	"win" text,
	"struggle" text,
	"question" text,
	"photo_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reply" text,
	CONSTRAINT "checkins_week_check" CHECK ("checkins"."week" >= 1),
	CONSTRAINT "checkins_scales_check" CHECK ("checkins"."energy" between 1 and 5 and "checkins"."hunger" between 1 and 5 and "checkins"."sleep" between 1 and 5 and "checkins"."stress" between 1 and 5),
	CONSTRAINT "checkins_measures_check" CHECK (coalesce("checkins"."weight_kg", 1) > 0 and coalesce("checkins"."waist_cm", 1) > 0 and coalesce("checkins"."hips_cm", 1) > 0 and coalesce("checkins"."chest_cm", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "photo_images" (
	"photo_id" uuid NOT NULL,
	"variant" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"pose" "photo_pose" NOT NULL,
	"taken_on" date NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "checkin_weekday" integer;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_client_id_users_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_client_id_users_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photo_images" ADD CONSTRAINT "photo_images_photo_id_progress_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."progress_photos"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_photos" ADD CONSTRAINT "progress_photos_client_id_users_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "checkins_assignment_week_key" ON "checkins" USING btree ("assignment_id","week");--> statement-breakpoint
CREATE INDEX "checkins_client_idx" ON "checkins" USING btree ("client_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_author_key_key" ON "messages" USING btree ("author_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("client_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "photo_images_photo_variant_key" ON "photo_images" USING btree ("photo_id","variant");--> statement-breakpoint
CREATE INDEX "progress_photos_client_idx" ON "progress_photos" USING btree ("client_id","pose","taken_on");--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_checkin_weekday_check" CHECK ("assignments"."checkin_weekday" is null or "assignments"."checkin_weekday" between 0 and 6);