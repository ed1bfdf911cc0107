namespace EntityExtract.Evaluation;

/// <summary>The tagging scheme a CoNLL file uses, detected by <see cref="ConllReader"/>.</summary>
public enum TagScheme
{
    /// <summary>IOB1 (CoNLL-2003): entities start with I-; B- only between two adjacent entities of one type.</summary>
    Iob1,

    /// <summary>IOB2: every entity starts with B-.</summary>
    Iob2,

    /// <summary>BIOES (E- ends, S- is a one-token entity).</summary>
    Bioes,

    /// <summary>BILOU (L- ends, U- is a one-token entity); same spans as BIOES.</summary>
    Bilou,
}
