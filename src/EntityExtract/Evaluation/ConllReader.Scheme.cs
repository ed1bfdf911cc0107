namespace EntityExtract.Evaluation;

public static partial class ConllReader
{
    /// <summary>
    /// Decides the file's scheme from what it contains: any E/S/L/U tag means BIOES or BILOU; an I-
    /// that starts a chunk (after O, another type or at a sentence start) means IOB1; otherwise IOB2.
    /// </summary>
    private sealed class SchemeDetector
    {
        private bool _sawEndOrSingle;
        private bool _sawBilouLetters;
        private bool _sawChunkStartingInside;

        public TagScheme Scheme => _sawEndOrSingle
            ? (_sawBilouLetters ? TagScheme.Bilou : TagScheme.Bioes)
            : (_sawChunkStartingInside ? TagScheme.Iob1 : TagScheme.Iob2);

        public void Observe(ConllTag tag, ConllTag previous)
        {
            if (tag.Prefix is 'E' or 'S')
            {
                _sawEndOrSingle = true;
            }

            if (tag.Prefix == 'I' && previous.TypeIndex != tag.TypeIndex)
            {
                _sawChunkStartingInside = true;
            }
        }

        public void ObserveLetter(char letter) => _sawBilouLetters |= letter is 'L' or 'U';
    }
}
