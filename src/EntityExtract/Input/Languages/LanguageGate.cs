namespace EntityExtract.Input.Languages;

/// <summary>
/// Leaves files that are not in English untagged: the tagger is trained on English, and on German
/// or Spanish it gives confident nonsense (<c>PERSON,Bürgermeister von Köln</c>). The first piece
/// of a file is checked (<see cref="LanguageCheck"/>); a file in another language becomes one
/// empty piece carrying the language and a warning, and the rest of it is not read.
/// </summary>
public static class LanguageGate
{
    public static IEnumerable<PieceOutcome> Apply(IEnumerable<PieceOutcome> outcomes)
    {
        using var pieces = outcomes.GetEnumerator();
        if (!pieces.MoveNext())
        {
            yield break;
        }

        var first = pieces.Current;
        if (first.Piece is { Index: 0 } piece && LanguageCheck.OtherLanguage(piece.Text) is { } language)
        {
            var warning = $"written in {language}, not English; not tagged (--all-languages tags it)";
            yield return new PieceOutcome(
                piece with
                {
                    Text = string.Empty,
                    IsLast = true,
                    OtherLanguage = language,
                    Warning = piece.Warning is null ? warning : $"{piece.Warning}; {warning}",
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
