/** Date helpers: Excel serial dates in the 1900 date system. */
export * from "./excelDate";
