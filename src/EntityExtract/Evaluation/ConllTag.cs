using EntityExtract.Tagging.Labels;


namespace EntityExtract.Evaluation;

/// <summary>
/// One tag of a CoNLL file, reduced to what conlleval looks at: a prefix letter and a type.
/// Prefixes are normalised to conlleval's alphabet: B, I, E (end; BILOU's L), S (single; BILOU's U)
/// and O. <see cref="TypeIndex"/> is the <see cref="EntityType"/> value, or -1 for O.
/// </summary>
public readonly record struct ConllTag(char Prefix, sbyte TypeIndex)
{
    public static readonly ConllTag Outside = new('O', -1);

    public bool IsOutside => Prefix == 'O';

    public EntityType Type => (EntityType)TypeIndex;

    public static ConllTag Create(char prefix, EntityType type) => new(prefix, (sbyte)type);

    public override string ToString() => IsOutside ? "O" : Prefix + "-" + EntityTypeNames.ToShortName(Type);

    /// <summary>Writes the tag in a scheme's own letters (BILOU uses L and U where BIOES uses E and S).</summary>
    public string ToString(TagScheme scheme)
    {
        if (IsOutside || scheme != TagScheme.Bilou)
        {
            return ToString();
        }

        var letter = Prefix switch { 'E' => 'L', 'S' => 'U', _ => Prefix };
        return letter + "-" + EntityTypeNames.ToShortName(Type);
    }
}
