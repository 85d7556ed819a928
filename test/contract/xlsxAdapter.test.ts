import { workbookAdapterContract } from "./workbookAdapter.contract";
import { XlsxRoundTrip } from "./xlsxRoundTrip";

workbookAdapterContract("exceljs, through an .xlsx round trip", () => new XlsxRoundTrip());
