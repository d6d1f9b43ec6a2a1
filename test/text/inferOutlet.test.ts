import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inferOutlet } from "../../loaders/text/inferOutlet.ts";
import { prepare } from "../../loaders/text/prepare.ts";

const outlet = (text: string) => inferOutlet(prepare(text));
const article = (id: string) => readFileSync(`data/articles/${id}.txt`, "utf8");

describe("inferOutlet", () => {
  it("inferOutlet reads a wire credit in the dateline", () => {
    expect(outlet("TORONTO (AP) — Canada has ended evacuations, a general said Thursday.")).toBe(
      "The Associated Press",
    );
    expect(outlet("LONDON (Reuters) - Shares fell on Monday.")).toBe("Reuters");
  });

  it("inferOutlet reads a copyright line, not a photo credit inside a caption", () => {
    expect(outlet("Body text.\n\n© 2022 Global News, a division of Corus Entertainment Inc.")).toBe("Global News");
    expect(outlet("Guards stand along the road. — © AFP\n\nThe story.")).toBeNull();
  });

  it("inferOutlet reads an outlet naming itself in the lede", () => {
    expect(outlet("Troops are on standby to help, a defence source tells CBC News.\n\nMore text.")).toBe("CBC News");
    expect(outlet("Special forces have been deployed to Ukraine, Global News has learned.")).toBe("Global News");
  });

  it("inferOutlet ignores another outlet cited later in the article or in the past tense", () => {
    const text =
      "Staff will be evacuated, a source told The Associated Press.\n\nOne.\n\nTwo.\n\nThree.\n\nGlobal News also learned that families wait.";
    expect(outlet(text)).toBeNull();
  });

  it("inferOutlet on the bundled articles", () => {
    expect(outlet(article("000_4587cf704ee13ad9"))).toBe("CBC News");
    expect(outlet(article("001_67345ff9925121f7"))).toBeNull();
    expect(outlet(article("003_242cf1761a802da2"))).toBe("The Associated Press");
    expect(outlet(article("004_edcdc89ef44d4cf2"))).toBe("Global News");
  });
});
