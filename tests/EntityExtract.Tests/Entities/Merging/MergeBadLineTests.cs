using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities.Merging;

/// <summary>A line of a JSON Lines table that is not an object costs that row alone, never the rows after it.</summary>
public sealed class MergeBadLineTests
{
    [Fact]
    public void A_garbage_line_in_a_jsonl_table_is_reported_and_only_it_is_skipped()
    {
        using var folder = new TempFolder();
        folder.File("t.jsonl",
            "{\"type\":\"PERSON\",\"entity\":\"Ann Lee\",\"mentions\":3,\"files\":2,\"names\":\"\",\"types\":\"\"}\n" +
            "{\"type\":\"PERSON\",\"ent\n" +
            "[1,2]\n" +
            "{\"type\":\"LOCATION\",\"entity\":\"Paris\",\"mentions\":1,\"files\":1,\"names\":\"\",\"types\":\"\"}\n");

        var result = CliProcess.Run(folder.Path, null, "merge", "--format", "jsonl", "t.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "{\"type\":\"PERSON\",\"entity\":\"Ann Lee\",\"mentions\":3,\"files\":2,\"names\":\"\",\"types\":\"\"}\n{\"type\":\"LOCATION\",\"entity\":\"Paris\",\"mentions\":1,\"files\":1,\"names\":\"\",\"types\":\"\"}\n",
            result.Stdout);
        Assert.Equal(2, result.StderrLines.Length);
        Assert.StartsWith("entity-extract: t.jsonl:2: not valid JSON", result.StderrLines[0]);
        Assert.Equal("entity-extract: t.jsonl:3: not a JSON object", result.StderrLines[1]);
    }
}
