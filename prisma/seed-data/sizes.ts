// Size runs used by the demo catalog (values match the category size charts).
export const MENS = ["S", "M", "L", "XL", "XXL"];
export const WOMENS = ["UK 8", "UK 10", "UK 12", "UK 14", "UK 16"];
export const WOMENS_XS_XL = ["XS", "S", "M", "L", "XL"];
export const WAIST = ["W30", "W32", "W34", "W36"];
export const SHOES_MEN = ["UK 7", "UK 8", "UK 9", "UK 10", "UK 11"];
export const SHOES_WOMEN = ["UK 4", "UK 5", "UK 6", "UK 7", "UK 8"];
export const SHOES_UNISEX = ["UK 5", "UK 6", "UK 7", "UK 8", "UK 9", "UK 10"];
export const KIDS = ["2-3Y", "4-5Y", "6-7Y", "8-9Y"];
export const BABY = ["0-3M", "3-6M", "6-12M"];
