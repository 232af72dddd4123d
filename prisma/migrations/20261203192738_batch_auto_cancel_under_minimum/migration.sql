-- AlterTable
ALTER TABLE "PlatformSettings" ADD COLUMN     "autoCancelUnderMinimum" BOOLEAN NOT NULL DEFAULT false;
