using System.Text;

namespace EntityExtract.Input.Documents;

/// <summary>
/// Gathers a document's text as its extractor walks it: runs of text, line and paragraph breaks
/// (never more than one blank line, none at the start), and the pages of a PDF. Stops the walk
/// (<see cref="Full"/>) at <see cref="DocumentLimits.MaxTextChars"/>, so a document that
/// expands to gigabytes of text costs no more than the limit.
/// </summary>
internal sealed class TextSink(int maxChars = DocumentLimits.MaxTextChars)
{
    private readonly StringBuilder _text = new();
    private readonly List<long> _pageStarts = [];
    private long _codePoints;
    private int _pendingBreak;
    private bool _pendingSpace;

    /// <summary>Thrown to end a walk that reached the limit; <see cref="DocumentReader"/> keeps the text so far.</summary>
    internal sealed class Full : Exception;

    public bool Truncated { get; private set; }

    public int Length => _text.Length;

    /// <summary>
    /// Appends text. With <paramref name="collapse"/> (HTML, XML documents) each run of white
    /// space becomes one space and none is kept at a line's start; without it (PDF lines) the
    /// text is kept as it came, line ends included; with <paramref name="joinLines"/> too (a
    /// PDF's lines, wrapped by its layout) a single line end is a space and only a blank line
    /// is kept, as a paragraph end, so a name wrapped across two lines is one name.
    /// </summary>
    public void Append(ReadOnlySpan<char> text, bool collapse = true, bool joinLines = false)
    {
        var lineEnds = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (collapse ? char.IsWhiteSpace(c) : c is ' ' or '\t')
            {
                _pendingSpace = true;
            }
            else if (c is '\n' or '\r')
            {
                // Kept line ends: CR LF is one, and a blank line stays one.
                if (c == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    lineEnds++;
                    if (joinLines && lineEnds == 1)
                    {
                        _pendingSpace = true;
                    }
                    else
                    {
                        _pendingBreak = _pendingBreak > 0 || joinLines ? 2 : 1;
                    }
                }
            }
            else
            {
                lineEnds = 0;
                Put(c);
            }
        }
    }

    /// <summary>Ends the line, as a <c>&lt;br&gt;</c> or a table cell does.</summary>
    public void LineBreak() => _pendingBreak = Math.Max(_pendingBreak, 1);

    /// <summary>Ends the paragraph: a blank line follows, as between two paragraphs of a text file.</summary>
    public void ParagraphBreak() => _pendingBreak = 2;

    /// <summary>
    /// Ends a word processor's paragraph: a line break, or a blank line after an empty one. A
    /// text file converted to .docx or .odt has one paragraph per line, so its text comes back
    /// line for line.
    /// </summary>
    public void EndParagraph() => _pendingBreak = _pendingBreak > 0 || _text.Length == 0 ? 2 : 1;

    /// <summary>A tab or explicit space of the document, kept as one space.</summary>
    public void Space() => _pendingSpace = true;

    /// <summary>Starts a PDF page: a paragraph break, and the page's first offset noted.</summary>
    public void StartPage()
    {
        ParagraphBreak();
        _pageStarts.Add(-1); // set when its first character comes, after the break
    }

    public PageMap? Pages()
    {
        if (_pageStarts.Count == 0)
        {
            return null;
        }

        var starts = _pageStarts.ToArray();
        for (var i = starts.Length - 1; i >= 0; i--)
        {
            starts[i] = starts[i] >= 0 ? starts[i] : i + 1 < starts.Length ? starts[i + 1] : _codePoints;
        }

        return new PageMap(starts);
    }

    public override string ToString() => _text.ToString();

    private void Put(char c)
    {
        if (_text.Length > 0 && _pendingBreak > 0)
        {
            Raw(_pendingBreak == 2 ? "\n\n" : "\n");
        }
        else if (_text.Length > 0 && _pendingSpace && _text[^1] != '\n')
        {
            Raw(" ");
        }

        _pendingBreak = 0;
        _pendingSpace = false;
        if (_pageStarts.Count > 0 && _pageStarts[^1] < 0)
        {
            _pageStarts[^1] = _codePoints;
        }

        Raw(c);
    }

    private void Raw(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Raw(c);
        }
    }

    private void Raw(char c)
    {
        if (_text.Length >= maxChars && !char.IsLowSurrogate(c))
        {
            Truncated = true;
            throw new Full();
        }

        _text.Append(c);
        if (!char.IsLowSurrogate(c))
        {
            _codePoints++;
        }
    }
}
