namespace EntityExtract.Input.Languages;

/// <summary>What <see cref="LanguageCheck"/> counts in a sample: its words and the kinds of word that tell prose from lists.</summary>
internal readonly record struct SampleWords(int Words, int English, int Other, int Uncapitalized, int NonLatin)
{
    /// <summary>
    /// Counts the words (runs of letters) of <paramref name="sample"/>: English and other
    /// languages' function words, words not starting with a capital (prose is mostly such words;
    /// a table of names, teams or places is not), and words in a script other than Latin.
    /// </summary>
    public static SampleWords Of(ReadOnlySpan<char> sample)
    {
        int words = 0, english = 0, other = 0, uncapitalized = 0, nonLatin = 0;
        var i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sample.Length && (char.IsLetter(sample[i]) || char.IsSurrogate(sample[i])))
            {
                i++;
            }

            var word = sample[start..i];
            words++;
            english += EnglishWords.Contains(word) ? 1 : 0;
            other += OtherWords.Contains(word) ? 1 : 0;
            uncapitalized += char.IsUpper(word[0]) ? 0 : 1;
            nonLatin += word[0] > '\u024F' ? 1 : 0;

            // "don't", "it's": the part after the apostrophe is not a word of its own.
            if (i + 1 < sample.Length && sample[i] is '\'' or '\u2019' && char.IsLetter(sample[i + 1]))
            {
                i++;
                while (i < sample.Length && char.IsLetter(sample[i]))
                {
                    i++;
                }
            }
        }

        return new SampleWords(words, english, other, uncapitalized, nonLatin);
    }
}
