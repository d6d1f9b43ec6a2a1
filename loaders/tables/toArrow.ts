import { Bool, Field, Float64, Int32, List, Table, Utf8, tableToIPC, vectorFromArray } from "apache-arrow";
import type { DataType, Vector } from "apache-arrow";
import type { Tables } from "../types.ts";
import { schemas, type ColumnType } from "./schemas.ts";

function arrowType(type: ColumnType): DataType {
  switch (type) {
    case "utf8":
      return new Utf8();
    case "float64":
      return new Float64();
    case "int32":
      return new Int32();
    case "bool":
      return new Bool();
    case "list<utf8>":
      return new List(new Field("item", new Utf8(), true));
    case "list<float64>":
      return new List(new Field("item", new Float64(), true));
  }
}

/** One table's rows as an Arrow table, with the columns and types of its schema. */
export function toArrowTable<T extends keyof Tables>(name: T, rows: readonly Tables[T][number][]): Table {
  const columns: Record<string, Vector> = {};
  for (const [column, type] of Object.entries(schemas[name]) as [string, ColumnType][]) {
    const values = rows.map((row) => (row as unknown as Record<string, unknown>)[column] ?? null);
    columns[column] = vectorFromArray(values, arrowType(type)) as Vector;
  }
  return new Table(columns);
}

/** One table's rows as Arrow IPC bytes (the `file` format, `.arrow`). */
export function toArrow<T extends keyof Tables>(name: T, rows: readonly Tables[T][number][]): Uint8Array {
  return tableToIPC(toArrowTable(name, rows), "file");
}
