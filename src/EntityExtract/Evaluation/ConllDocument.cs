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

    public Token[] Tokens { get; }

    public SentenceSpan[] Sentences { get; }

    /// <summary>The gold tag of each token as written in the file (prefix normalised, see <see cref="ConllTag"/>).</summary>
    public ConllTag[] GoldTags { get; }

    /// <summary>The gold tags converted to the tagger's BILOU label ids (see <c>Tagging.Labels.BilouLabel</c>).</summary>
    internal byte[] GoldLabels { get; }

    /// <summary>0-based index into <see cref="ConllCorpus.Lines"/> of each token's line.</summary>
    public int[] TokenLines { get; }
}
