-- AlterTable
ALTER TABLE "PlatformSettings" ADD COLUMN     "payoutMinimumMinor" INTEGER NOT NULL DEFAULT 5000,
ADD COLUMN     "payoutWeekday" INTEGER DEFAULT 1;
