using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;

namespace EntityExtract.Evaluation;

/// <summary>
/// One document of a CoNLL file rebuilt as the tool sees text at run time: the tokens joined by
/// single spaces, sentences separated by a newline, and <see cref="Token"/> slices into that buffer.
/// This lets training, evaluation and the CLI run the very same feature code.
/// </summary>
public sealed class ConllDocument
{
    internal ConllDocument(string text, Token[] tokens, SentenceSpan[] sentences, ConllTag[] goldTags, byte[] goldLabels, int[] tokenLines)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        GoldTags = goldTags;
        GoldLabels = goldLabels;
        TokenLines = tokenLines;
    }

    public string Text { get; }

    /// <summary>The same document over another text of the same length (e.g. a case-changed copy for training); tokens and tags are shared.</summary>
    internal ConllDocument WithText(string text)
    {
        if (text.Length != Text.Length)
        {
            throw new ArgumentException("The new text must keep every token offset.", nameof(text));
        }

        return new ConllDocument(text, Tokens, Sentences, GoldTags, GoldLabels, TokenLines);
    }

    public Token[] Tokens { get; }

    public SentenceSpan[] Sentences { get; }

    /// <summary>The gold tag of each token as written in the file (prefix normalised, see <see cref="ConllTag"/>).</summary>
    public ConllTag[] GoldTags { get; }

    /// <summary>The gold tags converted to the tagger's BILOU label ids (see <c>Tagging.Labels.BilouLabel</c>).</summary>
    internal byte[] GoldLabels { get; }

    /// <summary>0-based index into <see cref="ConllCorpus.Lines"/> of each token's line.</summary>
    public int[] TokenLines { get; }
}
