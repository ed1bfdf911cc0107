using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Entities.Merging;

/// <summary>A byte order mark before a table is not data, in JSON Lines as in CSV and TSV.</summary>
public sealed class MergeByteOrderMarkTests
{
    [Fact]
    public void A_jsonl_table_with_a_byte_order_mark_merges()
    {
        using var folder = new TempFolder();
        const string Row = "{\"type\":\"PERSON\",\"entity\":\"Ann Lee\",\"mentions\":3,\"files\":2,\"names\":\"\"}\n";
        folder.File("t.jsonl", "\uFEFF" + Row);

        var result = CliProcess.Run(folder.Path, null, "merge", "--format", "jsonl", "t.jsonl");

        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Equal(Row, result.Stdout);
    }
}
