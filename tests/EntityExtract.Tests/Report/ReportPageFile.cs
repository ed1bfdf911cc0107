using System.Text.Json;
using System.Text.RegularExpressions;
using EntityExtract.Tests.Support;

namespace EntityExtract.Tests.Report;

/// <summary>A report made by the CLI, and the data its script shows (the JSON inside the page).</summary>
internal sealed partial class ReportPageFile
{
    private ReportPageFile(string path, string html)
    {
        Path = path;
        Html = html;
        var json = DataScript().Match(html);
        Assert.True(json.Success, "the page holds no report-data script");
        Data = JsonDocument.Parse(json.Groups[1].Value).RootElement.Clone();
    }

    public string Path { get; }

    public string Html { get; }

    public JsonElement Data { get; }

    /// <summary>Entity rows: type, name, mentions, files, names, shown mentions, partners.</summary>
    public IEnumerable<JsonElement> Entities => Data.GetProperty("entities").EnumerateArray();

    public static ReportPageFile Make(TempFolder folder, string name, params string[] args)
    {
        var path = folder.Combine(name);
        var result = CliProcess.Run(RepoPaths.Root, null, ["report", "-q", "-o", path, .. args]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return new ReportPageFile(path, File.ReadAllText(path));
    }

    public JsonElement Entity(string type, string name) =>
        Entities.Single(e => e[0].GetString() == type && e[1].GetString() == name);

    public string NameOf(int index) => Data.GetProperty("entities")[index][1].GetString()!;

    [GeneratedRegex("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataScript();
}
