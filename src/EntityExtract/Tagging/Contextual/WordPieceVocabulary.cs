namespace EntityExtract.Tagging.Contextual;

/// <summary>
/// The encoder's WordPiece vocabulary (one piece a line, the line number its id), looked up by
/// span so that tokenizing allocates nothing per word.
/// </summary>
internal sealed class WordPieceVocabulary
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordPieceVocabulary(IEnumerable<string> lines)
    {
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            _ids.TryAdd(line, _ids.Count);
        }

        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Unknown = Require("[UNK]");
        Start = Require("[CLS]");
        End = Require("[SEP]");
    }

    public int Unknown { get; }

    /// <summary>[CLS], before every window.</summary>
    public int Start { get; }

    /// <summary>[SEP], after every window.</summary>
    public int End { get; }

    public int Count => _ids.Count;

    public bool TryFind(ReadOnlySpan<char> piece, out int id) => _lookup.TryGetValue(piece, out id);

    private int Require(string piece) =>
        _ids.TryGetValue(piece, out var id) ? id : throw new InvalidDataException($"The encoder vocabulary has no {piece} piece.");
}
