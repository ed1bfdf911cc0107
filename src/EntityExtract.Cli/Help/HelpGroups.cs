namespace EntityExtract.Cli.Help;

/// <summary>
/// How the help of the commands that read text groups their options, and which of extract's
/// options the top-level help shows. The most used come first in each group. An option that no
/// group names is still shown, under "Other options"; a test keeps extract's list complete.
/// </summary>
internal static class HelpGroups
{
    public static readonly (string Title, string[] Names)[] Run =
    [
        ("What to read", ["PATH", "--include", "--exclude", "--follow-links", "--all-languages"]),
        ("What to find", ["--types", "--min-score", "--model", "--accurate", "--aliases"]),
        ("What to write", ["--output", "--group", "--entity", "--pair-unit", "--entity-rows", "--gephi", "--context", "--format", "--no-header", "--excel", "--no-sanitize"]),
        ("Running at scale", ["--threads", "--quiet", "--progress", "--shard", "--input-format", "--id-field", "--text-field"]),
    ];

    /// <summary>The options a first-time user needs, shown by <c>entity-extract --help</c>.</summary>
    public static readonly string[] Common = ["--output", "--group", "--types", "--context", "--min-score", "--include"];

    public static readonly string[] Examples =
    [
        "entity-extract articles/ -o mentions.xlsx",
        "entity-extract --group corpus --types PERSON articles/ | head -21",
        "entity-extract notes/ --context 60 --min-score 0.8 -o mentions.csv",
    ];
}
