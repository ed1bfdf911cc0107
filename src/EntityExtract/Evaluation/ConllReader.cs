using System.Text;
using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Evaluation;

/// <summary>
/// Reads CoNLL-style files: token in the first column, tag in the last, columns separated by
/// spaces or tabs; blank lines end sentences and <c>-DOCSTART-</c> lines end documents. A file
/// without any <c>-DOCSTART-</c> (e.g. WikiANN) has unrelated sentences, so each sentence becomes
/// its own document and no document-wide evidence leaks between them.
/// Tags may be IOB1, IOB2, BIOES or BILOU; spans are read with conlleval's rules, so an I- after O
/// starts an entity and a stray E-/L- opens a one-token entity rather than failing.
/// </summary>
public static class ConllReader
{
    public static ConllCorpus Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = File.ReadAllLines(path);
        return Parse(path, lines);
    }

    /// <summary>Parses lines already in memory; <paramref name="path"/> is used only in error messages.</summary>
    public static ConllCorpus Parse(string path, string[] lines)
    {
        var hasDocStart = Array.Exists(lines, static l => l.StartsWith(DocStart, StringComparison.Ordinal));
        var builder = new DocumentBuilder();
        var documents = new List<ConllDocument>();
        var schemeDetector = new SchemeDetector();
        var expectedColumns = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].AsSpan().TrimEnd();
            if (line.IsEmpty)
            {
                builder.EndSentence();
                if (!hasDocStart)
                {
                    builder.EndDocument(documents);
                }

                continue;
            }

            if (line.StartsWith(DocStart, StringComparison.Ordinal))
            {
                builder.EndSentence();
                builder.EndDocument(documents);
                continue;
            }

            var (token, tag, letter) = SplitLine(path, i + 1, line, ref expectedColumns);
            schemeDetector.Observe(tag, builder.PreviousTag);
            schemeDetector.ObserveLetter(letter);
            builder.AddToken(token, tag, i);
        }

        builder.EndSentence();
        builder.EndDocument(documents);
        return new ConllCorpus(path, schemeDetector.Scheme, documents, lines);
    }

    internal const string DocStart = "-DOCSTART-";

    private static TokenKind ClassifyToken(ReadOnlySpan<char> token)
    {
        var first = token[0];
        if (char.IsLetter(first))
        {
            return TokenKind.Word;
        }

        if (char.IsDigit(first))
        {
            return TokenKind.Number;
        }

        return char.IsPunctuation(first) ? TokenKind.Punctuation : TokenKind.Symbol;
    }

    /// <summary>Collects one document's tokens into a text buffer with single spaces and newlines.</summary>
    internal sealed class DocumentBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<Token> _tokens = [];
        private readonly List<SentenceSpan> _sentences = [];
        private readonly List<ConllTag> _tags = [];
        private readonly List<int> _lines = [];
        private int _sentenceStart;

        public ConllTag PreviousTag => _tokens.Count > _sentenceStart ? _tags[^1] : ConllTag.Outside;

        public void AddToken(string token, ConllTag tag, int lineIndex)
        {
            if (_tokens.Count > _sentenceStart)
            {
                _text.Append(' ');
            }

            _tokens.Add(new Token(_text.Length, token.Length, ClassifyToken(token)));
            _text.Append(token);
            _tags.Add(tag);
            _lines.Add(lineIndex);
        }

        public void EndSentence()
        {
            if (_tokens.Count == _sentenceStart)
            {
                return;
            }

            _sentences.Add(new SentenceSpan(_sentenceStart, _tokens.Count - _sentenceStart));
            _text.Append('\n');
            _sentenceStart = _tokens.Count;
        }

        public void EndDocument(List<ConllDocument> documents)
        {
            if (_tokens.Count == 0)
            {
                return;
            }

            var tags = _tags.ToArray();
            var sentences = _sentences.ToArray();
            var labels = new byte[tags.Length];
            foreach (var sentence in sentences)
            {
                TagConversion.ToBilou(tags.AsSpan(sentence.FirstToken, sentence.TokenCount), labels.AsSpan(sentence.FirstToken, sentence.TokenCount));
            }

            documents.Add(new ConllDocument(_text.ToString(), _tokens.ToArray(), sentences, tags, labels, _lines.ToArray()));
            _text.Clear();
            _tokens.Clear();
            _sentences.Clear();
            _tags.Clear();
            _lines.Clear();
            _sentenceStart = 0;
        }
    }

    private static readonly char[] s_separators = [' ', '\t'];

    /// <summary>
    /// Splits a token line. Every token line of a file must have the same number of columns as the
    /// first one: a changed count almost always means a token with a space in it or a lost column.
    /// </summary>
    internal static (string Token, ConllTag Tag, char Letter) SplitLine(string path, int lineNumber, ReadOnlySpan<char> line, ref int expectedColumns)
    {
        var columns = line.ToString().Split(s_separators, StringSplitOptions.RemoveEmptyEntries);
        if (columns.Length < 2)
        {
            throw new ConllFormatException(path, lineNumber, $"expected a token and a tag separated by whitespace, found {columns.Length} column(s)");
        }

        if (expectedColumns == 0)
        {
            expectedColumns = columns.Length;
        }
        else if (columns.Length != expectedColumns)
        {
            throw new ConllFormatException(path, lineNumber, $"expected {expectedColumns} columns like the first token line, found {columns.Length}");
        }

        if (!TryParseTag(columns[^1], out var tag))
        {
            throw new ConllFormatException(path, lineNumber, $"unknown tag '{columns[^1]}' (expected O or B-/I-/E-/S-/L-/U- followed by PER, LOC, ORG or MISC)");
        }

        return (columns[0], tag, columns[^1][0]);
    }

    /// <summary>Parses one tag; BILOU's L and U are stored as conlleval's E and S.</summary>
    public static bool TryParseTag(ReadOnlySpan<char> text, out ConllTag tag)
    {
        tag = ConllTag.Outside;
        if (text.SequenceEqual("O"))
        {
            return true;
        }

        if (text.Length < 3 || text[1] != '-')
        {
            return false;
        }

        var prefix = text[0] switch
        {
            'B' => 'B',
            'I' => 'I',
            'E' or 'L' => 'E',
            'S' or 'U' => 'S',
            _ => '\0',
        };
        if (prefix == '\0' || !Tagging.EntityTypeNames.TryParse(text[2..], out var type))
        {
            return false;
        }

        tag = ConllTag.Create(prefix, type);
        return true;
    }

    /// <summary>
    /// Decides the file's scheme from what it contains: any E/S/L/U tag means BIOES or BILOU; an I-
    /// that starts a span (after O, another type or at a sentence start) means IOB1; otherwise IOB2.
    /// </summary>
    internal sealed class SchemeDetector
    {
        private bool _sawEndOrSingle;
        private bool _sawBilouLetters;
        private bool _sawSpanStartingInside;

        public TagScheme Scheme => _sawEndOrSingle
            ? (_sawBilouLetters ? TagScheme.Bilou : TagScheme.Bioes)
            : (_sawSpanStartingInside ? TagScheme.Iob1 : TagScheme.Iob2);

        public void Observe(ConllTag tag, ConllTag previous)
        {
            if (tag.Prefix is 'E' or 'S')
            {
                _sawEndOrSingle = true;
            }

            if (tag.Prefix == 'I' && previous.TypeIndex != tag.TypeIndex)
            {
                _sawSpanStartingInside = true;
            }
        }

        public void ObserveLetter(char letter) => _sawBilouLetters |= letter is 'L' or 'U';
    }
}
