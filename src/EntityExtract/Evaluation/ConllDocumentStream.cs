namespace EntityExtract.Evaluation;

/// <summary>
/// A CoNLL file read one document at a time, so scoring a model on it needs one document's memory
/// whatever the file's size. A first pass checks every line and finds the tag scheme and whether
/// the file has <c>-DOCSTART-</c> lines (both needed before the first document is scored); the
/// second pass gives each document with the raw lines it came from.
/// </summary>
public sealed class ConllDocumentStream
{
    /// <summary>The most tokens one document may hold; a larger one would be held whole in memory.</summary>
    public const int MaxDocumentTokens = 1_000_000;

    private readonly bool _hasDocStart;

    private ConllDocumentStream(string path, TagScheme scheme, bool hasDocStart)
    {
        Path = path;
        Scheme = scheme;
        _hasDocStart = hasDocStart;
    }

    public string Path { get; }

    public TagScheme Scheme { get; }

    /// <summary>Checks the whole file; throws <see cref="ConllFormatException"/> at its first bad line.</summary>
    public static ConllDocumentStream Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var detector = new ConllReader.SchemeDetector();
        var hasDocStart = false;
        var expectedColumns = 0;
        var previous = ConllTag.Outside;
        var lineNumber = 0;
        var sentenceTokens = 0;
        var documentTokens = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.AsSpan().TrimEnd();
            if (line.IsEmpty || line.StartsWith(ConllReader.DocStart, StringComparison.Ordinal))
            {
                hasDocStart |= !line.IsEmpty;
                documentTokens = line.IsEmpty ? documentTokens : 0;
                sentenceTokens = 0;
                previous = ConllTag.Outside;
                continue;
            }

            var (_, tag, letter) = ConllReader.SplitLine(path, lineNumber, line, ref expectedColumns);
            detector.Observe(tag, previous);
            detector.ObserveLetter(letter);
            previous = tag;
            if (++sentenceTokens > MaxDocumentTokens || (hasDocStart && ++documentTokens > MaxDocumentTokens))
            {
                throw new ConllFormatException(path, lineNumber,
                    $"a document or sentence of more than {MaxDocumentTokens} tokens, more than eval holds at once; split it with blank or -DOCSTART- lines");
            }
        }

        return new ConllDocumentStream(path, detector.Scheme, hasDocStart);
    }

    /// <summary>
    /// The documents in file order, each with the lines read since the one before (blank and
    /// <c>-DOCSTART-</c> lines included) and the index of the first; a last item without a
    /// document carries the lines after the last document.
    /// </summary>
    public IEnumerable<(ConllDocument? Document, List<string> Lines, int FirstLine)> Documents()
    {
        var builder = new ConllReader.DocumentBuilder();
        var finished = new List<ConllDocument>(1);
        var lines = new List<string>();
        var firstLine = 0;
        var expectedColumns = 0;
        var index = 0;
        foreach (var raw in File.ReadLines(Path))
        {
            lines.Add(raw);
            var line = raw.AsSpan().TrimEnd();
            if (line.IsEmpty)
            {
                builder.EndSentence();
                if (!_hasDocStart)
                {
                    builder.EndDocument(finished);
                }
            }
            else if (line.StartsWith(ConllReader.DocStart, StringComparison.Ordinal))
            {
                builder.EndSentence();
                builder.EndDocument(finished);
            }
            else
            {
                var (token, tag, _) = ConllReader.SplitLine(Path, index + 1, line, ref expectedColumns);
                builder.AddToken(token, tag, index);
            }

            index++;
            if (finished.Count > 0)
            {
                // The line that ended the document belongs to the next chunk of lines.
                var last = lines[^1];
                lines.RemoveAt(lines.Count - 1);
                yield return (finished[0], lines, firstLine);
                finished.Clear();
                firstLine = index - 1;
                lines = [last];
            }
        }

        builder.EndSentence();
        builder.EndDocument(finished);
        yield return (finished.Count > 0 ? finished[0] : null, lines, firstLine);
    }
}
