namespace EntityExtract.Input.Languages;

/// <summary>
/// Leaves files that are not in English untagged: the tagger is trained on English, and on German
/// or Spanish it gives confident nonsense (<c>PERSON,Bürgermeister von Köln</c>). The first piece
/// of a file is checked (<see cref="LanguageCheck"/>); a file in another language becomes one
/// empty piece carrying the language and a warning, and the rest of it is not read.
/// </summary>
public static class LanguageGate
{
    public static IEnumerable<ChunkOutcome> Apply(IEnumerable<ChunkOutcome> outcomes)
    {
        using var pieces = outcomes.GetEnumerator();
        if (!pieces.MoveNext())
        {
            yield break;
        }

        var first = pieces.Current;
        if (first.Chunk is { Index: 0 } chunk && LanguageCheck.OtherLanguage(chunk.Text) is { } language)
        {
            var warning = $"written in {language}, not English; not tagged (--all-languages tags it)";
            yield return new ChunkOutcome(
                chunk with
                {
                    Text = string.Empty,
                    IsLast = true,
                    OtherLanguage = language,
                    Warning = chunk.Warning is null ? warning : $"{chunk.Warning}; {warning}",
                },
                null);
            yield break;
        }

        yield return first;
        while (pieces.MoveNext())
        {
            yield return pieces.Current;
        }
    }
}
