namespace EntityExtract.Output;

/// <summary>
/// The columns of every table the tool writes, in order: the one schema that the jobs and entity
/// tables write and that <c>merge</c> reads back. It lives in Output because every part that
/// writes or reads a table already uses Output and Output uses no part but Text, so the arrows
/// stay one-way; in Entities, the token table (which holds no entities) would have to reach there.
/// </summary>
public static class TableColumns
{
    /// <summary>The column added by <c>--context</c> to mention, file and corpus tables.</summary>
    public const string Context = "context";
    public const string Page = "page";

    /// <summary><c>tokenize</c>: a row per token.</summary>
    public static readonly string[] Tokens = ["file", "sentence", "start", "end", "text"];

    /// <summary><c>extract</c>: a row per mention.</summary>
    public static readonly string[] Mentions = ["file", "line", "column", "start", "end", "type", "text", "score", "canonical"];

    /// <summary><c>--group file</c>: a row per entity per file.</summary>
    public static readonly string[] File = ["file", "type", "entity", "mentions", "first_line", "first_start", "names"];

    /// <summary><c>--group corpus</c>: a row per entity.</summary>
    public static readonly string[] Corpus = ["type", "entity", "mentions", "files", "names"];

    /// <summary><c>--group pairs</c>: a row per two entities named in one sentence.</summary>
    public static readonly string[] Pairs = ["type1", "entity1", "type2", "entity2", "sentences", "files", "names"];

    /// <summary><c>--group pairs --gephi</c>: Gephi's edge-list names; not a table <c>merge</c> reads.</summary>
    public static readonly string[] Gephi = ["source_type", "Source", "target_type", "Target", "Weight", "files"];

    private static readonly string[] MentionsWithContext = [.. Mentions, Context];
    private static readonly string[] FileWithContext = [.. File, Context];
    private static readonly string[] CorpusWithContext = [.. Corpus, Context];

    /// <param name="pages">Adds the last column <c>page</c>: a run that reads a PDF says where each mention is.</param>
    public static IReadOnlyList<string> MentionsOf(bool context, bool pages = false)
    {
        var columns = context ? MentionsWithContext : Mentions;
        return pages ? [.. columns, Page] : columns;
    }

    public static IReadOnlyList<string> FileOf(bool context) => context ? FileWithContext : File;

    public static IReadOnlyList<string> CorpusOf(bool context) => context ? CorpusWithContext : Corpus;
}
