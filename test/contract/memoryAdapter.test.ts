import { MemoryAdapter } from "../../src/core/workbook/memoryAdapter";
import { workbookAdapterContract } from "./workbookAdapter.contract";

workbookAdapterContract("in memory", () => new MemoryAdapter());
