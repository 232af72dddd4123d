// Queue names of the catalog CSV jobs, apart from jobs.ts so a use case can enqueue without
// importing the job (which imports the use case that applies it).
export const APPLY_PRODUCT_IMPORT_JOB = "catalog.apply-import";
