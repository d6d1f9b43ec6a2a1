// The quotes table of the articles in data/articles (Arrow IPC), from one extraction shared by every loader.
import { streamCachedTable } from "../../loaders/index.ts";

await streamCachedTable("quotes", ["data/articles"]);
