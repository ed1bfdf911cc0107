using EntityExtract.Tagging.Labels;


namespace EntityExtract.Entities.Tables;

/// <summary>
/// One entity of one file, all its pieces counted: the row of <c>--group file</c> and what a file
/// adds to the corpus. <paramref name="Aliases"/> are the other names the file joined into it.
/// </summary>
public sealed record FileEntity(
    string File,
    EntityType Type,
    string Key,
    string Display,
    long Mentions,
    long FirstLine,
    long FirstStart,
    IReadOnlyList<string> Aliases,
    string? Context);
